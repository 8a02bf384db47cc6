#include "platform.h"

#include <QFile>

#if defined(Q_OS_WIN)
#include <windows.h>
#include <psapi.h>
#endif

namespace Atlas {

qint64 peakResidentKiB()
{
#if defined(Q_OS_LINUX)
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
#elif defined(Q_OS_WIN)
    PROCESS_MEMORY_COUNTERS counters;
    if (GetProcessMemoryInfo(GetCurrentProcess(), &counters, sizeof(counters)))
        return qint64(counters.PeakWorkingSetSize / 1024);
    return -1;
#else
    return -1;
#endif
}

} // namespace Atlas
