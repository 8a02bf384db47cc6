#include "actordirectory.h"
#include "atlascontext.h"
#include "chartcatalogmodel.h"
#include "chartgallery.h"
#include "chartpanel.h"
#include "chartsview.h"
#include "figuregroupmodel.h"
#include "seriesmodel.h"
#include "testsupport.h"
#include "theme.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QFile>
#include <QImage>
#include <QLineEdit>
#include <QListView>
#include <QScatterSeries>

using namespace Atlas;
using namespace Qt::StringLiterals;

class TstChartsView : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Database m_db;
    ActorDirectory m_actors;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        const QString base = AtlasTest::buildDatabase(m_dir, AtlasTest::sourcePath(u"resources/data"_s));
        QVERIFY(!base.isEmpty());
        QVERIFY2(m_db.open(base, QString()), qPrintable(m_db.errorString()));
        QVERIFY(m_actors.load(m_db.connection()));
    }

    void opensOnTheMarketComparison()
    {
        AtlasContext context(&m_db, &m_actors);
        ChartsView view(&context);
        QCOMPARE(view.currentChart(), ChartCatalogModel::comparisonId());
        ChartPanel *panel = view.panel();
        QVERIFY(panel->isLines());
        QVERIFY(panel->seriesModel()->series().size() >= 4);
        QCOMPARE(panel->title(), ChartCatalogModel::comparisonTitle());
        // Derived points are drawn hollow: a white-filled scatter series exists.
        bool hollow = false;
        for (QAbstractSeries *s : panel->chart()->series()) {
            if (auto *dots = qobject_cast<QScatterSeries *>(s))
                hollow = hollow || dots->color() == QColor(Qt::white);
        }
        QVERIFY(hollow);
        const int before = int(panel->chart()->series().size());
        panel->setLogScale(true);
        QCOMPARE(int(panel->chart()->series().size()), before);
        // The view fits a 1280-pixel window beside the navigation and the detail pane.
        view.show(); // layouts update their cached sizes once shown
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY2(view.minimumSizeHint().width() < 600, qPrintable(QString::number(view.minimumSizeHint().width())));
    }

    void rankingsAreBarsWithKoreaHighlighted()
    {
        AtlasContext context(&m_db, &m_actors);
        ChartsView view(&context);
        QVERIFY(view.showChart(u"tortoise-global-ai-index-2023"_s));
        ChartPanel *panel = view.panel();
        QVERIFY(!panel->isLines());
        QCOMPARE(panel->chart()->series().size(), 1);
        auto *bars = qobject_cast<QAbstractBarSeries *>(panel->chart()->series().constFirst());
        QVERIFY(bars);
        QBarSet *set = bars->barSets().constFirst();
        QCOMPARE(set->count(), panel->figureModel()->rowCount());
        // Best rank first: the top bar (drawn last in a horizontal chart) is rank 1.
        QCOMPARE(set->at(set->count() - 1), 1.0);
        QCOMPARE(set->selectedBars().size(), 1);
        QCOMPARE(set->at(set->selectedBars().constFirst()), 6.0); // Korea, 6th
        QVERIFY(!view.showChart(u"no-such-chart"_s));
    }

    void languageSwitches()
    {
        AtlasContext context(&m_db, &m_actors);
        ChartsView view(&context);
        QVERIFY(view.showChart(u"statista-world-ai-market-2021-2030"_s));
        QCOMPARE(view.panel()->title(), u"Statista: worldwide AI market size"_s);
        context.setLanguage(Language::Korean);
        QCOMPARE(view.panel()->title(), u"스태티스타 세계 AI 시장 규모"_s);
        QCOMPARE(view.panel()->seriesModel()->index(1, SeriesModel::ValueColumn).data().toString(), u"1조 8,475억 달러"_s);
    }

    void gallerySearchesBothLanguages()
    {
        AtlasContext context(&m_db, &m_actors);
        ChartsView view(&context);
        const int all = view.gallery()->visibleCount();
        QVERIFY(all > 50);
        view.gallery()->searchField()->setText(u"스태티스타"_s);
        QVERIFY(view.gallery()->visibleCount() >= 1);
        QVERIFY(view.gallery()->visibleCount() < all);
        view.gallery()->searchField()->setText(u"tortoise"_s);
        QVERIFY(view.gallery()->visibleCount() >= 1);
        view.gallery()->searchField()->setText(u"\"*("_s); // never an error
        QCOMPARE(view.gallery()->visibleCount(), 0);
        view.gallery()->searchField()->clear();
        QCOMPARE(view.gallery()->visibleCount(), all);
    }

    void galleryThumbnailsFollowTheTheme()
    {
        AtlasContext context(&m_db, &m_actors);
        ChartsView view(&context);
        view.resize(1200, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        auto *list = view.gallery()->findChild<QListView *>();
        QVERIFY(list);
        // A point inside the thumbnail's frame, left of where the chart is drawn: its background.
        const QRect row = list->visualRect(list->model()->index(1, 0));
        const QPoint inside(row.left() + 6 + 2, row.center().y());
        const auto background = [&] { return list->viewport()->grab().toImage().pixelColor(inside); };
        const Theme::Mode mode = Theme::instance()->mode();
        Theme::instance()->setMode(Theme::Mode::Light, false);
        QCOMPARE(background(), Theme::instance()->colors().chartBackground);
        Theme::instance()->setMode(Theme::Mode::Dark, false);
        QCOMPARE(background(), Theme::instance()->colors().chartBackground);
        QVERIFY(background().lightness() < 60);
        Theme::instance()->setMode(mode, false);
    }

    void exports_data()
    {
        QTest::addColumn<qreal>("scale");
        QTest::newRow("1x") << 1.0;
        QTest::newRow("2x") << 2.0;
        QTest::newRow("3x") << 3.0;
    }

    void exports()
    {
        QFETCH(qreal, scale);
        AtlasContext context(&m_db, &m_actors);
        context.setLanguage(Language::Korean);
        ChartsView view(&context);
        QTemporaryDir dir;
        const QString png = dir.filePath(u"chart.png"_s);
        QString error;
        QVERIFY2(view.panel()->exportSlide(png, SlideExporter::Format::Png, scale, &error), qPrintable(error));
        const QImage image(png);
        QCOMPARE(image.size(), QSize(int(1600 * scale), int(900 * scale)));
        // The chart was drawn: the body holds more than white.
        int coloured = 0;
        for (int x = image.width() / 4; x < image.width() * 3 / 4; x += 7)
            coloured += image.pixelColor(x, image.height() / 2) != QColor(Qt::white) ? 1 : 0;
        QVERIFY(coloured > 5);
        if (qFuzzyCompare(scale, 2.0) && qEnvironmentVariableIsSet("ATLAS_KEEP_EXPORT"))
            image.save(qEnvironmentVariable("ATLAS_KEEP_EXPORT"));
    }

    // Set ATLAS_CHART_SHOTS=DIR to look at a few charts as a user sees them (not a check).
    void screenshots()
    {
        const QString dir = qEnvironmentVariable("ATLAS_CHART_SHOTS");
        if (dir.isEmpty())
            QSKIP("ATLAS_CHART_SHOTS not set");
        for (const Language l : { Language::Korean, Language::English }) {
            AtlasContext context(&m_db, &m_actors);
            context.setLanguage(l);
            ChartsView view(&context);
            view.resize(1100, 620);
            view.show();
            QVERIFY(QTest::qWaitForWindowExposed(&view));
            for (const QString &id : { u"tortoise-global-ai-index-2023"_s, u"cb-insights-global-ai-funding-quarterly"_s,
                                       u"kpmg-uk-2023-automatable-tasks-by-occupation"_s, u"marketsandmarkets-world-ai-market-2023-2030"_s,
                                       u"can-budget-2021-ai-strategy-phase-2"_s }) {
                QVERIFY(view.showChart(id));
                QTest::qWait(50);
                view.grab().save(u"%1/%2-%3.png"_s.arg(dir, id, languageCode(l)));
            }
            view.panel()->setCurrentTab(ChartPanel::Tab::Sources);
            QTest::qWait(50);
            view.grab().save(u"%1/sources-%2.png"_s.arg(dir, languageCode(l)));
            QVERIFY(view.showChart(ChartCatalogModel::comparisonId()));
            view.panel()->setCurrentTab(ChartPanel::Tab::Table);
            QTest::qWait(50);
            view.grab().save(u"%1/table-%2.png"_s.arg(dir, languageCode(l)));
        }
    }

    void svgPdfAndCsv()
    {
        AtlasContext context(&m_db, &m_actors);
        ChartsView view(&context);
        QTemporaryDir dir;
        const QString svg = dir.filePath(u"chart.svg"_s);
        QVERIFY(view.panel()->exportSlide(svg, SlideExporter::Format::Svg, 1));
        QFile f(svg);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        QVERIFY(text.contains(ChartCatalogModel::comparisonTitle().toHtmlEscaped()));
        QVERIFY(text.contains(u"Statista"));
        const QString pdf = dir.filePath(u"chart.pdf"_s);
        QVERIFY(view.panel()->exportSlide(pdf, SlideExporter::Format::Pdf, 1));
        QVERIFY(QFileInfo(pdf).size() > 1000);
        const QString csv = dir.filePath(u"chart.csv"_s);
        QVERIFY(view.panel()->exportCsv(csv));
        QFile c(csv);
        QVERIFY(c.open(QIODevice::ReadOnly));
        const QByteArray bytes = c.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QVERIFY(bytes.contains("MarketsandMarkets"));
    }
};

QTEST_MAIN(TstChartsView)
#include "tst_chartsview.moc"
