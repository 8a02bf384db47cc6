#include "searchengine.h"

#include "ownrecords.h"

#include "searchglossary.h"

#include <algorithm>

namespace Atlas {

namespace {
// Code points, not UTF-16 units: the trigram tokenizer counts characters.
qsizetype characterCount(const QString &s)
{
    qsizetype n = 0;
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (!s.at(i).isLowSurrogate())
            ++n;
    }
    return n;
}

const QString kLike = QStringLiteral(" LIKE ? ESCAPE '\\'");

// " tag " inside " tag1 tag2 … ": a whole tag, not a substring of a longer one.
QString tagPattern(const QString &tag)
{
    QString p = SearchEngine::likePattern(tag);
    p.insert(1, u' ');
    p.insert(p.size() - 1, u' ');
    return p;
}
} // namespace

QStringList SearchEngine::terms(const QString &query)
{
    QStringList out;
    QString current;
    bool inQuote = false;
    const auto flush = [&] {
        const QString t = current.trimmed();
        if (!t.isEmpty() && !out.contains(t))
            out << t;
        current.clear();
    };
    for (const QChar c : query) {
        if (c == u'"') {
            flush();
            inQuote = !inQuote;
        } else if (c.isSpace() && !inQuote) {
            flush();
        } else {
            current += c;
        }
    }
    flush();
    return out;
}

QString SearchEngine::ftsPhrase(const QString &term)
{
    QString escaped = term;
    escaped.replace(u'"', QStringLiteral("\"\""));
    return u'"' + escaped + u'"';
}

QString SearchEngine::likePattern(const QString &term)
{
    QString escaped = term;
    escaped.replace(u'\\', QStringLiteral("\\\\"));
    escaped.replace(u'%', QStringLiteral("\\%"));
    escaped.replace(u'_', QStringLiteral("\\_"));
    return u'%' + escaped + u'%';
}

SqlCondition SearchEngine::condition(const QString &query)
{
    SqlCondition out;
    QStringList parts;
    const QStringList list = terms(query);
    for (const QString &term : list) {
        QStringList alternatives;
        if (characterCount(term) >= 3) {
            alternatives << QStringLiteral("i.rowid IN (SELECT rowid FROM base.item_fts WHERE item_fts MATCH ?)");
            out.values << ftsPhrase(term);
            // The user's own records have their own index in the overlay (Database::refreshOverlay).
            if (OwnRecords::isSearchIndexAttached()) {
                alternatives << QStringLiteral("i.rowid IN (SELECT rowid FROM own.item_fts WHERE item_fts MATCH ?)");
                out.values << ftsPhrase(term);
            }
        } else {
            alternatives << QStringLiteral("(i.title_ko%1 OR i.title_en%1 OR i.summary_ko%1 OR i.summary_en%1 "
                                           "OR i.tags%1 OR i.note_ko%1 OR i.note_en%1 OR EXISTS (SELECT 1 FROM "
                                           "item_actor sa JOIN actor sn ON sn.id = sa.actor_id WHERE "
                                           "sa.item_rowid = i.rowid AND (sn.name_ko%1 OR sn.name_en%1 OR sn.id%1)))")
                                .arg(kLike);
            const QString pattern = likePattern(term);
            for (int i = 0; i < 10; ++i)
                out.values << pattern;
        }
        const QStringList tags = SearchGlossary::tagsForTerm(term);
        for (const QString &tag : tags) {
            alternatives << QStringLiteral("(' ' || i.tags || ' ')") + kLike;
            out.values << tagPattern(tag);
        }
        parts << (alternatives.size() == 1 ? alternatives.constFirst()
                                           : u'(' + alternatives.join(QStringLiteral(" OR ")) + u')');
    }
    out.sql = parts.join(QStringLiteral(" AND "));
    return out;
}

SqlCondition SearchEngine::score(const QString &query)
{
    SqlCondition out;
    QStringList parts;
    const QStringList list = terms(query);
    for (const QString &term : list) {
        const QString pattern = likePattern(term);
        QString tagHit = QStringLiteral("i.tags") + kLike;
        QVariantList tagValues { pattern };
        for (const QString &tag : SearchGlossary::tagsForTerm(term)) {
            tagHit += QStringLiteral(" OR (' ' || i.tags || ' ')") + kLike;
            tagValues << tagPattern(tag);
        }
        parts << QStringLiteral("(CASE WHEN i.title_ko%1 OR i.title_en%1 THEN 100 ELSE 0 END"
                                " + CASE WHEN %2 THEN 30 ELSE 0 END"
                                " + CASE WHEN EXISTS (SELECT 1 FROM item_actor ra JOIN actor rn"
                                " ON rn.id = ra.actor_id WHERE ra.item_rowid = i.rowid"
                                " AND (rn.name_ko%1 OR rn.name_en%1 OR rn.id%1)) THEN 20 ELSE 0 END"
                                " + CASE WHEN i.summary_ko%1 OR i.summary_en%1 THEN 10 ELSE 0 END"
                                " + CASE WHEN i.note_ko%1 OR i.note_en%1 THEN 2 ELSE 0 END)")
                     .arg(kLike, tagHit);
        // In the order the placeholders appear: titles, tags, actor names, summaries, notes.
        out.values << pattern << pattern << tagValues << pattern << pattern << pattern << pattern << pattern
                   << pattern << pattern;
    }
    out.sql = parts.join(QStringLiteral(" + "));
    return out;
}

bool SearchEngine::rankingDriver(const QString &query, Driver *driver)
{
    const QStringList list = terms(query);
    int best = -1;
    for (int i = 0; i < list.size(); ++i) {
        const QString &term = list.at(i);
        if (characterCount(term) < 3)
            continue;
        bool foldable = true; // a glossary tag below three characters cannot go into the MATCH
        for (const QString &tag : SearchGlossary::tagsForTerm(term))
            foldable = foldable && characterCount(tag) >= 3;
        if (foldable && (best < 0 || characterCount(term) > characterCount(list.at(best))))
            best = i;
    }
    if (best < 0)
        return false;
    const QString term = list.at(best);
    const QStringList tags = SearchGlossary::tagsForTerm(term);
    driver->match = ftsPhrase(term);
    QStringList recheck { QStringLiteral("i.title_ko%1 OR i.title_en%1 OR i.summary_ko%1 OR i.summary_en%1 OR i.tags%1 "
                                         "OR i.actor_text%1 OR i.note_text%1")
                              .arg(kLike) };
    driver->recheck.values.clear();
    for (int i = 0; i < 7; ++i)
        driver->recheck.values << likePattern(term);
    for (const QString &tag : tags) {
        driver->match += QStringLiteral(" OR tags : ") + ftsPhrase(tag);
        recheck << QStringLiteral("(' ' || i.tags || ' ')") + kLike;
        driver->recheck.values << tagPattern(tag);
    }
    driver->recheck.sql = u'(' + recheck.join(QStringLiteral(" OR ")) + u')';
    QStringList rest;
    for (int i = 0; i < list.size(); ++i) {
        if (i != best)
            rest << (std::any_of(list.at(i).cbegin(), list.at(i).cend(), [](QChar c) { return c.isSpace(); })
                         ? u'"' + list.at(i) + u'"'
                         : list.at(i));
    }
    driver->restQuery = rest.join(u' ');
    return true;
}

QStringList SearchEngine::highlightTerms(const QString &query)
{
    QStringList out = terms(query);
    const QStringList base = out;
    for (const QString &term : base) {
        for (const QString &tag : SearchGlossary::tagsForTerm(term)) {
            const QString name = SearchGlossary::koreanName(tag);
            if (!name.isEmpty() && !out.contains(name))
                out << name;
            if (!out.contains(tag))
                out << tag;
        }
    }
    return out;
}

QList<SearchEngine::Range> SearchEngine::matches(const QString &text, const QStringList &terms)
{
    QList<Range> found;
    for (const QString &term : terms) {
        if (term.isEmpty())
            continue;
        qsizetype from = 0;
        while (from < text.size()) {
            const qsizetype at = text.indexOf(term, from, Qt::CaseInsensitive);
            if (at < 0)
                break;
            found.append({ int(at), int(term.size()) });
            from = at + term.size();
        }
    }
    std::sort(found.begin(), found.end(), [](const Range &a, const Range &b) { return a.start < b.start; });
    QList<Range> merged;
    for (const Range &r : std::as_const(found)) {
        if (!merged.isEmpty() && r.start <= merged.last().start + merged.last().length) {
            Range &last = merged.last();
            last.length = qMax(last.start + last.length, r.start + r.length) - last.start;
        } else {
            merged.append(r);
        }
    }
    return merged;
}

QString SearchEngine::highlightHtml(const QString &text, const QStringList &terms, const QString &open,
                                    const QString &close)
{
    QString out;
    int pos = 0;
    for (const Range &r : matches(text, terms)) {
        out += text.mid(pos, r.start - pos).toHtmlEscaped();
        out += open + text.mid(r.start, r.length).toHtmlEscaped() + close;
        pos = r.start + r.length;
    }
    out += text.mid(pos).toHtmlEscaped();
    return out;
}

} // namespace Atlas
