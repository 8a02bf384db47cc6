#pragma once

#include <QtGlobal>

namespace Atlas {

// The one place for operating-system specific calls (everything else is portable Qt).
// Peak resident memory of this process in KiB, or -1 where the platform does not say.
qint64 peakResidentKiB();

} // namespace Atlas
