#pragma once

#include "itemfilter.h"

#include <QString>
#include <QStringList>

namespace Atlas {

// Korean-aware search over both languages at once. The only place that knows about FTS5.
//
// A query is split into terms (a quoted phrase is one term); every term must match. A term of
// three or more characters goes to the trigram FTS5 index, which matches any substring, so a
// Korean stem finds the word with its particle ("규제" … "규제에"). Shorter terms, common in
// Korean ("AI", "미국"), use LIKE over the same text. User text is always bound, and quoted for
// MATCH, so quotes, *, (, AND or NEAR are searched for literally and are never syntax.
class SearchEngine
{
public:
    static QStringList terms(const QString &query);
    static QString ftsPhrase(const QString &term); // "term" with inner quotes doubled
    static QString likePattern(const QString &term); // %term% with %, _ and \ escaped
    static SqlCondition condition(const QString &query);
};

} // namespace Atlas
