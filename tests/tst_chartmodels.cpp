#include "actordirectory.h"
#include "chartcatalogmodel.h"
#include "figuregroupmodel.h"
#include "modelcsv.h"
#include "niceaxis.h"
#include "seriesmodel.h"
#include "seriesrepository.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QSortFilterProxyModel>

using namespace Atlas;
using namespace Qt::StringLiterals;

// The chart models over the real dataset (resources/data): the chapter 2 market forecasts and
// figure groups are what the charts view exists for.
class TstChartModels : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Database m_db;
    ActorDirectory m_actors;

    SeriesRecord series(const QString &id)
    {
        return SeriesRepository(m_db.connection()).series(id);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        const QString base = AtlasTest::buildDatabase(m_dir, AtlasTest::sourcePath(u"resources/data"_s));
        QVERIFY(!base.isEmpty());
        QVERIFY2(m_db.open(base, QString()), qPrintable(m_db.errorString()));
        QVERIFY(m_actors.load(m_db.connection()));
    }

    void repository()
    {
        SeriesRepository repo(m_db.connection());
        const QList<SeriesRecord> all = repo.allSeries();
        QVERIFY2(repo.lastError().isEmpty(), qPrintable(repo.lastError()));
        QVERIFY(all.size() >= 14);
        const SeriesRecord m = series(u"marketsandmarkets-world-ai-market-2023-2030"_s);
        QVERIFY(m.isValid());
        QCOMPARE(m.points.size(), 8);
        QCOMPARE(m.points.first().period, u"2023"_s);
        QVERIFY(!m.points.first().derived);
        QVERIFY(m.points.at(1).derived);
        QVERIFY(m.cagr.isValid());
        QCOMPARE(m.cagr.value, 0.368);
        QCOMPARE(m.report.line, 835);
        QVERIFY(!m.noteEn.isEmpty());
        QCOMPARE(m.sources.size(), 1);
        QVERIFY(!repo.series(u"no-such-series"_s).isValid());
        const QList<FigureRecord> tortoise = repo.figureGroup(u"tortoise-global-ai-index-2023"_s);
        QVERIFY(tortoise.size() >= 5);
        QVERIFY(!tortoise.first().itemTitleEn.isEmpty());
    }

    void catalog()
    {
        ChartCatalogModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.load(SeriesRepository(m_db.connection()), &m_actors));
        QVERIFY(model.rowCount() > 50);
        // The comparison comes first and holds the four publishers the report compares.
        QCOMPARE(model.id(0), ChartCatalogModel::comparisonId());
        QStringList publishers;
        for (const SeriesRecord &s : model.seriesOf(0))
            publishers << s.publisher;
        for (const QString &p : { u"Statista"_s, u"MarketsandMarkets"_s, u"IDC"_s, u"Bloomberg Intelligence"_s })
            QVERIFY2(publishers.contains(p), qPrintable(p));
        // Every series and every figure group has an entry.
        QVERIFY(model.rowOf(u"cb-insights-global-ai-funding-quarterly"_s) > 0);
        const int tortoise = model.rowOf(u"tortoise-global-ai-index-2023"_s);
        QVERIFY(tortoise > 0);
        QCOMPARE(model.kind(tortoise), ChartCatalogModel::Kind::FigureGroup);
        const QModelIndex t = model.index(tortoise);
        QCOMPARE(t.data().toString(), u"Global AI Index overall rank"_s);
        QCOMPARE(t.data(ChartCatalogModel::HighlightRole).toInt(), 0); // Korea is the group's first figure
        model.setLanguage(Language::Korean);
        QCOMPARE(t.data().toString(), u"글로벌 AI 지수 종합 순위"_s);
        QVERIFY(t.data(ChartCatalogModel::SearchTextRole).toString().contains(u"대한민국"));
        QVERIFY(!model.index(0).data(ChartCatalogModel::ThumbnailValuesRole).toList().isEmpty());
    }

    void seriesModel()
    {
        SeriesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const SeriesRecord statista = series(u"statista-world-ai-market-2021-2030"_s);
        const SeriesRecord mnm = series(u"marketsandmarkets-world-ai-market-2023-2030"_s);
        model.setSeries({ statista, mnm });
        QCOMPARE(model.rowCount(), 10);
        QCOMPARE(model.columnCount(), int(SeriesModel::ColumnCount));
        QCOMPARE(model.firstRow(1), 2);
        QCOMPARE(model.index(1, 0).data(SeriesModel::ValueRole).toDouble(), 1847.5);
        QCOMPARE(model.index(1, 0).data(SeriesModel::XRole).toDouble(), 2030.0);
        QCOMPARE(model.index(1, SeriesModel::ValueColumn).data().toString(), u"USD 1.85 trillion"_s);
        model.setLanguage(Language::Korean);
        QCOMPARE(model.index(1, SeriesModel::ValueColumn).data().toString(), u"1조 8,475억 달러"_s);
        QCOMPARE(model.index(2, SeriesModel::ValueColumn).data().toString(), u"1,502억 달러"_s);
        QCOMPARE(model.index(3, 0).data(SeriesModel::DerivedRole).toBool(), true);
        QCOMPARE(model.index(3, 0).data(SeriesModel::DerivationRole).toString(), u"Derived from CAGR 36.8% (report line 835)"_s);
        QVERIFY(model.index(2, 0).data(SeriesModel::DerivationRole).toString().startsWith(u"Reported"));
        model.setSeries({});
        QCOMPARE(model.rowCount(), 0);
    }

    void mixedScalesAreNormalised()
    {
        SeriesRecord billions;
        billions.id = u"b"_s;
        billions.currency = u"USD"_s;
        billions.scale = 1e9;
        billions.points = { { u"2023"_s, 2.5, false, false, {} } };
        SeriesRecord millions = billions;
        millions.id = u"m"_s;
        millions.scale = 1e6;
        millions.points = { { u"2023"_s, 2550.4, false, false, {} } };
        SeriesModel model;
        model.setSeries({ billions, millions });
        QCOMPARE(model.commonScale(), 1e9);
        QCOMPARE(model.index(1, 0).data(SeriesModel::ValueRole).toDouble(), 2.5504);
    }

    void periods()
    {
        QCOMPARE(SeriesModel::periodToX(u"2023"_s), 2023.0);
        QCOMPARE(SeriesModel::periodToX(u"2023-Q2"_s), 2023.25);
        QCOMPARE(SeriesModel::periodToX(u"2023-07"_s), 2023.5);
        QVERIFY(std::isnan(SeriesModel::periodToX(u"soon"_s)));
    }

    void derivedPointsFromCagr()
    {
        // A stated CAGR grows the start value year by year: 150.2 × 1.368 = 205.47.
        const QList<double> grown = SeriesModel::growFromCagr(150.2, 0.368, 7);
        QCOMPARE(grown.size(), 7);
        QVERIFY(qAbs(grown.first() - 205.47) < 0.01);
        QVERIFY(qAbs(grown.last() - 1346.7) < 1.0); // within rounding of the reported 1,345.2
        // The rate that joins the reported ends is the stated CAGR, to rounding.
        QVERIFY(qAbs(SeriesModel::impliedCagr(150.2, 1345.2, 7) - 0.368) < 0.001);
        QVERIFY(qAbs(SeriesModel::impliedCagr(40, 1300, 10) - 0.42) < 0.005);
        QVERIFY(std::isnan(SeriesModel::impliedCagr(0, 10, 3)));

        // The dataset's derived points are exactly this interpolation, for every forecast with a CAGR.
        for (const QString &id : { u"marketsandmarkets-world-ai-market-2023-2030"_s, u"idc-ai-software-market-2022-2027"_s,
                                   u"bloomberg-intelligence-generative-ai-market-2022-2032"_s }) {
            const SeriesRecord s = series(id);
            QVERIFY2(s.cagr.isValid(), qPrintable(id));
            const QList<double> between = SeriesModel::interpolateGeometric(s.points.first().value, s.points.last().value,
                                                                            int(s.points.size()) - 1);
            QCOMPARE(between.size(), s.points.size() - 2);
            for (int i = 0; i < between.size(); ++i) {
                QVERIFY(s.points.at(i + 1).derived);
                QVERIFY2(qAbs(between.at(i) - s.points.at(i + 1).value) < 0.11,
                         qPrintable(u"%1 %2: %3 vs %4"_s.arg(id, s.points.at(i + 1).period).arg(between.at(i)).arg(s.points.at(i + 1).value)));
            }
        }
    }

    void figureGroupModel()
    {
        FigureGroupModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setActors(&m_actors);
        const QList<FigureRecord> figures = SeriesRepository(m_db.connection()).figureGroup(u"tortoise-global-ai-index-2023"_s);
        model.setFigures(u"tortoise-global-ai-index-2023"_s, figures);
        QCOMPARE(model.rowCount(), figures.size());
        QVERIFY(model.isRanking());
        QCOMPARE(model.chartedCount(), int(figures.size()));
        int korea = -1;
        for (int r = 0; r < model.rowCount(); ++r) {
            if (model.index(r, 0).data(FigureGroupModel::KoreaRole).toBool())
                korea = r;
        }
        QVERIFY(korea >= 0);
        QCOMPARE(model.index(korea, FigureGroupModel::ValueColumn).data().toString(), u"6th"_s);
        QCOMPARE(model.index(korea, FigureGroupModel::LabelColumn).data().toString(), m_actors.name(u"KOR"_s, Language::English));
        model.setLanguage(Language::Korean);
        QCOMPARE(model.index(korea, FigureGroupModel::ValueColumn).data().toString(), u"6위"_s);
        QCOMPARE(model.index(korea, FigureGroupModel::LabelColumn).data().toString(), u"대한민국"_s);

        // Sorting by value puts the best rank first (what the chart's "Best rank first" does).
        QSortFilterProxyModel sorted;
        QAbstractItemModelTester proxyTester(&sorted, QAbstractItemModelTester::FailureReportingMode::QtTest);
        sorted.setSourceModel(&model);
        sorted.setSortRole(Qt::EditRole);
        sorted.sort(FigureGroupModel::ValueColumn, Qt::AscendingOrder);
        QCOMPARE(sorted.index(0, 0).data(FigureGroupModel::ActorIdRole).toString(), u"USA"_s);
        model.setFigures({}, {});
        QCOMPARE(model.rowCount(), 0);
    }

    void groupTitlesAndLabels()
    {
        QCOMPARE(FigureGroupModel::distinctLabels({ u"Share of tasks: Authors"_s, u"Share of tasks: Programmers"_s }),
                 (QStringList { u"Authors"_s, u"Programmers"_s }));
        QCOMPARE(FigureGroupModel::distinctLabels({ u"Llama 2 parameters (7B version)"_s, u"Llama 2 parameters (13B version)"_s }),
                 (QStringList { u"7B version"_s, u"13B version"_s }));
        FigureRecord a, b;
        a.metricEn = u"Share naming AI the most important technology"_s;
        b.metricEn = u"Share naming cloud computing the most important technology"_s;
        a.item = b.item = u"ieee"_s;
        a.itemTitleEn = b.itemTitleEn = u"IEEE outlook for 2024"_s;
        // No phrase in common: the item they belong to names the group.
        QCOMPARE(FigureGroupModel::groupTitle({ a, b }, Language::English), u"IEEE outlook for 2024"_s);
        // Figures in another unit stay out of the bars.
        FigureRecord c = a;
        c.unit = u"percent"_s;
        a.unit = b.unit = u"count"_s;
        QCOMPARE(FigureGroupModel::mainUnitKey({ a, b, c }), u"count"_s);
    }

    void niceAxis()
    {
        const NiceAxis linear = NiceAxis::linear(0, 1847.5, 6);
        QCOMPARE(linear.min, 0.0);
        QVERIFY(linear.max >= 1847.5);
        QCOMPARE(linear.ticks.first(), 0.0);
        QCOMPARE(linear.ticks.at(1), 500.0);
        const NiceAxis log = NiceAxis::logarithmic(28.3, 1847.5);
        QCOMPARE(log.ticks.first(), 20.0);
        QCOMPARE(log.ticks.last(), 2000.0);
        QVERIFY(log.ticks.contains(100.0));
        QVERIFY(log.ticks.contains(1000.0));
    }

    void csvHasBomAndHeader()
    {
        SeriesModel model;
        model.setLanguage(Language::Korean);
        model.setSeries({ series(u"statista-world-ai-market-2021-2030"_s) });
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QVERIFY(ModelCsv::write(&model, &buffer));
        const QByteArray csv = buffer.data();
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
        const QStringList lines = QString::fromUtf8(csv.mid(3)).split(u"\r\n"_s, Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QVERIFY(lines.at(2).contains(u"\"1조 8,475억 달러\""_s)); // quoted: it holds a comma
        QVERIFY(lines.at(2).contains(u",1847.5,"_s));
    }
};

QTEST_GUILESS_MAIN(TstChartModels)
#include "tst_chartmodels.moc"
