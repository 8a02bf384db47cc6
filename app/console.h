#pragma once

#include <QByteArray>
#include <QString>

#include <cstdio>

namespace Atlas {

// What command-line commands print: messages on stderr (one line each), data on stdout as is.
inline void printErr(const QString &text)
{
    std::fputs(qPrintable(text + u'\n'), stderr);
}

inline void printOut(const QByteArray &data)
{
    std::fwrite(data.constData(), 1, size_t(data.size()), stdout);
}

} // namespace Atlas
