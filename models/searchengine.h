#pragma once

#include "itemfilter.h"

#include <QList>
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
// A Korean term also matches the English tags whose Korean name contains it (SearchGlossary).
class SearchEngine
{
public:
    static QStringList terms(const QString &query);
    static QString ftsPhrase(const QString &term); // "term" with inner quotes doubled
    static QString likePattern(const QString &term); // %term% with %, _ and \ escaped
    static SqlCondition condition(const QString &query);

    // A relevance score over "item AS i" for ORDER BY (higher first); empty sql when the
    // query has no terms. Per term, a hit in a title weighs 100, in the tags 30, in an actor's
    // name 20, in a summary 10 and in a note 2: fixed tiers rather than bm25, so a title hit
    // always outranks a summary hit, and short terms (which cannot use FTS5) rank the same way.
    static SqlCondition score(const QString &query);

    // How the browse table gets its first page fast with a million items (ItemTableModel):
    // relevance ranks a bounded candidate set, the first RankedCandidates matches found, by
    // score() (so the tiers above hold inside it); matches beyond it follow, newest first.
    // With fewer matches than that (the real dataset) the order is exactly score()'s.
    // The candidates come straight from the FTS5 index when a term can drive it: the longest
    // term of three or more characters (with its glossary tags folded into the MATCH as
    // `tags : "tag"`), rechecked with LIKE so the set is exactly what condition() matches.
    static constexpr int RankedCandidates = 1000;
    struct Driver
    {
        QString match; // for base.item_fts MATCH
        SqlCondition recheck; // over "item AS i": the driving term exactly as condition() has it
        QString restQuery; // the other terms, as a query for condition()
    };
    // False when no term can drive the index (all shorter than three characters).
    static bool rankingDriver(const QString &query, Driver *driver);

    // What to highlight for a query: its terms, plus the Korean names of glossary tags they
    // reach, so the hit that made an item match can be seen.
    static QStringList highlightTerms(const QString &query);

    struct Range
    {
        int start = 0;
        int length = 0;
        bool operator==(const Range &o) const { return start == o.start && length == o.length; }
    };
    // Where the terms occur in text, case-insensitively: sorted, overlaps merged.
    static QList<Range> matches(const QString &text, const QStringList &terms);
    // text as HTML-escaped rich text, each hit wrapped in open…close.
    static QString highlightHtml(const QString &text, const QStringList &terms, const QString &open,
                                 const QString &close);
};

} // namespace Atlas
