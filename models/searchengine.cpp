#include "searchengine.h"

namespace Atlas {

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
        if (term.size() >= 3) {
            parts << QStringLiteral("i.rowid IN (SELECT rowid FROM base.item_fts WHERE item_fts MATCH ?)");
            out.values << ftsPhrase(term);
        } else {
            const QString like = QStringLiteral(" LIKE ? ESCAPE '\\'");
            parts << QStringLiteral("(i.title_ko%1 OR i.title_en%1 OR i.summary_ko%1 OR i.summary_en%1 OR i.tags%1 "
                                    "OR i.note_ko%1 OR i.note_en%1 OR EXISTS (SELECT 1 FROM base.item_actor sa "
                                    "JOIN base.actor sn ON sn.id = sa.actor_id WHERE sa.item_rowid = i.rowid "
                                    "AND (sn.name_ko%1 OR sn.name_en%1 OR sn.id%1)))")
                         .arg(like);
            const QString pattern = likePattern(term);
            for (int i = 0; i < 10; ++i)
                out.values << pattern;
        }
    }
    out.sql = parts.join(QStringLiteral(" AND "));
    return out;
}

} // namespace Atlas
