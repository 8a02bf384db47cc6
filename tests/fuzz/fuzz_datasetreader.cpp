// libFuzzer target for the dataset reader: the one parser that reads files a user brings in
// (imports, update bundles, a dataset folder on a USB stick). Built only with -DATLAS_FUZZ=ON and
// clang; `make fuzz` runs it for FUZZ_SECONDS over tests/fuzz/corpus. Crash inputs go to
// tests/fuzz/regressions/, which tst_fuzzregressions replays in the normal test suite.
#include "fuzzinput.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    if (!AtlasFuzz::feedReader(input).consistent())
        __builtin_trap(); // valid with problems, or invalid without one: a finding like a crash
    return 0;
}
