// Checks the shipped dataset (resources/data) against the report it comes from
// (../shared/source). Every record must be in both languages, valid, unique, and its
// report.line must point at it: the report text within ±15 lines holds the record's key date or
// number in the report's own notation.
#include "category.h"
#include "searchglossary.h"
#include "testsupport.h"

#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>

using namespace Atlas;

namespace {
constexpr int Window = 15;

QString normalized(QString s)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    s.remove(space);
    for (const QChar c : { QChar(0x2019), QChar(0x2018), QChar(u'`'), QChar(0x2032), QChar(0xFF07) })
        s.replace(c, u'\'');
    return s;
}

const QStringList kMonths = { QStringLiteral("January"), QStringLiteral("February"), QStringLiteral("March"),
                              QStringLiteral("April"), QStringLiteral("May"), QStringLiteral("June"),
                              QStringLiteral("July"), QStringLiteral("August"), QStringLiteral("September"),
                              QStringLiteral("October"), QStringLiteral("November"), QStringLiteral("December") };

// The ways the report writes a date: 2023년 10월, 10월 30일, ’23.10, 2023.10.30, October 30 …
QStringList dateKeys(const FuzzyDate &d)
{
    const QString Y = QString::number(d.year), YY = Y.right(2);
    if (d.precision() == FuzzyDate::Year)
        return { Y };
    const QString M = QString::number(d.month), MM = QStringLiteral("%1").arg(d.month, 2, 10, QLatin1Char('0'));
    const QString mon = kMonths.at(d.month - 1);
    QStringList keys = { Y + u"년" + M + u"월", Y + u"년" + MM + u"월", u'\'' + YY + u'.' + M, u'\'' + YY + u'.' + MM,
                         Y + u'.' + M, Y + u'.' + MM, Y + u'-' + MM, Y + u'/' + M, M + u"월", mon, mon.left(3) + u'.',
                         mon.left(3) + Y, mon + Y };
    if (d.precision() == FuzzyDate::Day) {
        const QString D = QString::number(d.day), DD = QStringLiteral("%1").arg(d.day, 2, 10, QLatin1Char('0'));
        keys << M + u"월" + D + u"일" << MM + u"월" + DD + u"일" << Y + u'.' + M + u'.' + D << Y + u'.' + MM + u'.' + DD
             << YY + u'.' + M + u'.' + D << M + u'.' + D + u'.' << M + u'/' + D << mon + D << D + mon << mon.left(3) + D;
    }
    return keys;
}
} // namespace

class TstDataset : public QObject
{
    Q_OBJECT

    DatasetReader m_reader;
    QStringList m_lines;

    QString window(int line) const
    {
        const int lo = qMax(1, line - Window), hi = qMin(int(m_lines.size()), line + Window);
        QString text;
        for (int i = lo; i <= hi; ++i)
            text += m_lines.at(i - 1);
        return normalized(text);
    }
    // Empty if fine, else the problem.
    QString checkLine(const QJsonObject &record, const QStringList &keys, int lineOverride = 0) const
    {
        const QJsonObject report = record.value(u"report").toObject();
        const int line = lineOverride ? lineOverride : report.value(u"line").toInt();
        if (line < 1 || line > m_lines.size())
            return QStringLiteral("report.line %1 is not a line of the report").arg(line);
        const QString text = window(line);
        for (const QString &k : keys) {
            const QString n = normalized(k);
            if (!n.isEmpty() && text.contains(n))
                return {};
        }
        return QStringLiteral("none of %1 within ±%2 lines of line %3").arg(keys.mid(0, 4).join(u", ")).arg(Window).arg(line);
    }

private slots:
    void initTestCase()
    {
        QFile report(QStringLiteral(ATLAS_REPORT_FILE));
        // CI has ../shared/source beside the clone: this test must not skip there.
        QVERIFY2(report.open(QIODevice::ReadOnly), "the report text ../shared/source/000_a1c87e324296ca36.txt is missing");
        m_lines = QString::fromUtf8(report.readAll()).split(u'\n');
        QCOMPARE(m_lines.size() >= 13267, true);
        m_reader.setRequireReport(true);
        QVERIFY(m_reader.readPath(AtlasTest::sourcePath(QStringLiteral("resources/data"))));
    }

    void validates()
    {
        m_reader.validate();
        QVERIFY2(m_reader.problems().isEmpty(), qPrintable(m_reader.problemStrings().join(u'\n')));
        QCOMPARE(m_reader.dataset().header.value(u"id").toString(), QStringLiteral("spri-2023"));
    }

    void everyRecordInBothLanguages()
    {
        QStringList problems;
        const Dataset &d = m_reader.dataset();
        const auto both = [&](const QJsonObject &o, const char16_t *ko, const char16_t *en, const QString &what) {
            const bool hasKo = !o.value(QString::fromUtf16(ko)).toString().trimmed().isEmpty();
            const bool hasEn = !o.value(QString::fromUtf16(en)).toString().trimmed().isEmpty();
            if (hasKo != hasEn)
                problems << QStringLiteral("%1 %2: %3 without %4").arg(what, o.value(u"id").toString(),
                                                                        QString::fromUtf16(hasKo ? ko : en),
                                                                        QString::fromUtf16(hasKo ? en : ko));
        };
        for (const QJsonObject &a : d.actors) {
            both(a, u"name_ko", u"name_en", QStringLiteral("actor"));
            both(a, u"profile_ko", u"profile_en", QStringLiteral("actor"));
            both(a, u"note_ko", u"note_en", QStringLiteral("actor"));
        }
        for (const QJsonObject &i : d.items) {
            both(i, u"title_ko", u"title_en", QStringLiteral("item"));
            both(i, u"summary_ko", u"summary_en", QStringLiteral("item"));
            both(i, u"note_ko", u"note_en", QStringLiteral("item"));
            both(i, u"issuer_ko", u"issuer_en", QStringLiteral("item"));
            const QJsonObject r = i.value(u"report").toObject();
            both(r, u"section_ko", u"section_en", QStringLiteral("item report of ") + i.value(u"id").toString());
        }
        for (const QJsonObject &s : d.series) {
            both(s, u"title_ko", u"title_en", QStringLiteral("series"));
            both(s, u"note_ko", u"note_en", QStringLiteral("series"));
        }
        for (const QJsonObject &f : d.figures) {
            both(f, u"metric_ko", u"metric_en", QStringLiteral("figure"));
            both(f, u"note_ko", u"note_en", QStringLiteral("figure"));
        }
        for (const QJsonObject &f : d.findings)
            both(f, u"text_ko", u"text_en", QStringLiteral("finding"));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void reportLinesPointAtTheRecords()
    {
        QStringList problems;
        const Dataset &d = m_reader.dataset();
        for (const QJsonObject &it : d.items) {
            const QString p = checkLine(it, dateKeys(FuzzyDate::parse(it.value(u"date").toString())));
            if (!p.isEmpty())
                problems << QStringLiteral("item %1: %2").arg(it.value(u"id").toString(), p);
        }
        for (const QJsonObject &f : d.figures) {
            if (!f.contains(u"report"))
                continue;
            const QString p = checkLine(f, { f.value(u"text_ko").toString() });
            if (!p.isEmpty())
                problems << QStringLiteral("figure %1: %2").arg(f.value(u"id").toString(), p);
        }
        for (const QJsonObject &s : d.series) {
            const QJsonArray points = s.value(u"points").toArray();
            for (int i = 0; i < points.size(); ++i) {
                const QJsonObject pt = points.at(i).toObject();
                if (pt.value(u"basis").toString() != u"reported")
                    continue;
                const QString p = checkLine(s, { pt.value(u"text_ko").toString() }, pt.value(u"line").toInt());
                if (!p.isEmpty())
                    problems << QStringLiteral("series %1 points[%2]: %3").arg(s.value(u"id").toString()).arg(i).arg(p);
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    // Tags show in the UI language: every tag needs a Korean name (models/searchglossary.cpp).
    void everyTagHasAKoreanName()
    {
        QStringList missing;
        for (const QJsonObject &it : m_reader.dataset().items) {
            for (const QJsonValue &tag : it.value(u"tags").toArray()) {
                if (SearchGlossary::koreanName(tag.toString()).isEmpty() && !missing.contains(tag.toString()))
                    missing << tag.toString();
            }
        }
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("tags without a Korean name: ") + missing.join(u", ")));
    }

    void derivedPointsSayHow()
    {
        QStringList problems;
        for (const QJsonObject &s : m_reader.dataset().series) {
            for (const QJsonValue &v : s.value(u"points").toArray()) {
                const QJsonObject pt = v.toObject();
                if (pt.value(u"basis").toString() == u"derived" && s.value(u"note_en").toString().isEmpty()
                    && pt.value(u"note_en").toString().isEmpty())
                    problems << s.value(u"id").toString();
                if (pt.value(u"basis").toString() == u"reported" && pt.value(u"text_ko").toString().isEmpty())
                    problems << s.value(u"id").toString() + QStringLiteral(": reported point without text_ko");
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void countsPerActorAndCategory()
    {
        const Dataset &d = m_reader.dataset();
        QMap<QString, int> perCategory, perActor;
        for (const QJsonObject &it : d.items) {
            ++perCategory[it.value(u"category").toString()];
            ++perActor[it.value(u"actors").toArray().first().toString()];
        }
        qInfo("dataset: %d actors, %d items, %d series, %d figures, %d findings", int(d.actors.size()),
              int(d.items.size()), int(d.series.size()), int(d.figures.size()), int(d.findings.size()));
        for (auto it = perCategory.cbegin(); it != perCategory.cend(); ++it)
            qInfo("  category %-10s %4d", qPrintable(it.key()), it.value());
        for (auto it = perActor.cbegin(); it != perActor.cend(); ++it) {
            if (it.value() >= 5)
                qInfo("  actor    %-16s %4d", qPrintable(it.key()), it.value());
        }
        // Every category of the report is represented, and the report profiles these countries.
        for (int c = 0; c < CategoryCount; ++c)
            QVERIFY2(perCategory.value(categoryId(Category(c))) > 0, qPrintable(categoryId(Category(c))));
        QSet<QString> profiled;
        for (const QJsonObject &a : d.actors) {
            if (!a.value(u"profile_ko").toString().isEmpty())
                profiled.insert(a.value(u"id").toString());
        }
        for (const char16_t *id : { u"USA", u"EUU", u"CHN", u"JPN", u"GBR", u"CAN", u"DEU", u"FRA", u"SGP", u"KOR" })
            QVERIFY2(profiled.contains(QString::fromUtf16(id)), qPrintable(QString::fromUtf16(id)));
    }
};

QTEST_GUILESS_MAIN(TstDataset)
#include "tst_dataset.moc"
