// Themes: switching changes the palette and the painters' colours but never the four category
// colours; each category has its own marker shape and symbol; presenter mode's choice of screen.
#include "category.h"
#include "presenterwindow.h"
#include "theme.h"

#include <QApplication>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QtTest>

using namespace Atlas;

class TstTheme : public QObject
{
    Q_OBJECT

    QList<QColor> categoryColors() const
    {
        QList<QColor> out;
        for (int i = 0; i < CategoryCount; ++i)
            out << categoryColor(Category(i));
        return out;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
    }

    void switchingChangesPaletteKeepsCategories()
    {
        Theme *theme = Theme::instance();
        QSignalSpy changed(theme, &Theme::themeChanged);
        const QList<QColor> categories = categoryColors();
        // Okabe–Ito, exactly.
        QCOMPARE(categories.at(0), QColor(0x00, 0x72, 0xb2));
        QCOMPARE(categories.at(1), QColor(0xe6, 0x9f, 0x00));
        QCOMPARE(categories.at(2), QColor(0x00, 0x9e, 0x73));
        QCOMPARE(categories.at(3), QColor(0xcc, 0x79, 0xa7));

        struct Seen
        {
            QColor window, base, text;
        };
        QList<Seen> seen;
        for (Theme::Mode mode : { Theme::Mode::Light, Theme::Mode::Dark, Theme::Mode::HighContrast }) {
            theme->setMode(mode, false);
            QCOMPARE(theme->mode(), mode);
            const QPalette p = QApplication::palette();
            seen.append({ p.color(QPalette::Window), p.color(QPalette::Base), p.color(QPalette::Text) });
            QCOMPARE(p.color(QPalette::Window), Theme::paletteFor(theme->look()).color(QPalette::Window));
            QCOMPARE(theme->isDark(), mode != Theme::Mode::Light);
            QCOMPARE(Theme::isDarkPalette(p), mode != Theme::Mode::Light);
            QCOMPARE(categoryColors(), categories); // the category colours never change
            // Text stays readable on its ground.
            QVERIFY(qAbs(p.color(QPalette::Text).lightness() - p.color(QPalette::Base).lightness()) > 150);
            QVERIFY(qAbs(p.color(QPalette::WindowText).lightness() - p.color(QPalette::Window).lightness()) > 150);
        }
        QCOMPARE(changed.count(), 3);
        for (int a = 0; a < seen.size(); ++a) {
            for (int b = a + 1; b < seen.size(); ++b) {
                QVERIFY(seen.at(a).window != seen.at(b).window || seen.at(a).base != seen.at(b).base
                        || seen.at(a).text != seen.at(b).text);
            }
        }
        QVERIFY(seen.at(0).window != seen.at(1).window);
        QVERIFY(seen.at(0).text != seen.at(1).text);
        QCOMPARE(seen.at(2).window, QColor(Qt::black));
        QCOMPARE(seen.at(2).text, QColor(Qt::white));
        // High contrast draws thicker outlines; the map and charts go dark with the theme.
        QCOMPARE(theme->colors().outlineWidth, 2.0);
        QVERIFY(theme->colors().mapOcean.lightness() < 60);
        QVERIFY(Theme::colorsFor(Theme::Look::Dark).chartBackground.lightness() < 60);
        QCOMPARE(Theme::colorsFor(Theme::Look::Dark).chartTheme, QChart::ChartThemeDark);
        QVERIFY(Theme::printColors().chartBackground.lightness() > 200);

        // System follows the platform palette (light under offscreen).
        theme->setMode(Theme::Mode::System, false);
        QCOMPARE(theme->mode(), Theme::Mode::System);
        QCOMPARE(theme->isDark(), Theme::isDarkPalette(QApplication::palette()));
        QCOMPARE(categoryColors(), categories);
    }

    void modeKeysRoundTrip()
    {
        for (Theme::Mode mode : Theme::modes()) {
            Theme::Mode back;
            QVERIFY(Theme::modeFromKey(Theme::modeKey(mode), &back));
            QCOMPARE(back, mode);
            QVERIFY(!Theme::modeName(mode).isEmpty());
        }
        Theme::Mode unused;
        QVERIFY(!Theme::modeFromKey(QStringLiteral("sepia"), &unused));
        QCOMPARE(Theme::modeKey(Theme::Mode::HighContrast), QStringLiteral("high-contrast"));
    }

    void persistsChoice()
    {
        Theme::instance()->setMode(Theme::Mode::Dark);
        Theme::instance()->setMode(Theme::Mode::Light, false);
        Theme::instance()->loadSettings();
        QCOMPARE(Theme::instance()->mode(), Theme::Mode::Dark);
        Theme::instance()->setMode(Theme::Mode::System);
    }

    void darkPaletteJudgement()
    {
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x30, 0x30, 0x30));
        dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
        QVERIFY(Theme::isDarkPalette(dark));
        QPalette light;
        light.setColor(QPalette::Window, QColor(0xef, 0xef, 0xef));
        light.setColor(QPalette::WindowText, QColor(0x10, 0x10, 0x10));
        QVERIFY(!Theme::isDarkPalette(light));
    }

    void cueShapesDistinct()
    {
        QSet<int> shapes;
        QSet<QString> symbols;
        QList<QPainterPath> paths;
        const QRectF box(0, 0, 20, 20);
        for (int i = 0; i < CategoryCount; ++i) {
            shapes.insert(int(categoryShape(Category(i))));
            symbols.insert(categorySymbol(Category(i)));
            const QPainterPath path = categoryMarker(Category(i), box);
            QVERIFY(!path.isEmpty());
            QVERIFY(path.boundingRect().intersects(box));
            paths << path;
        }
        QCOMPARE(shapes.size(), CategoryCount);
        QCOMPARE(symbols.size(), CategoryCount);
        // The outlines differ too: a point inside one shape is outside another.
        const QList<QPointF> probes = { QPointF(1.5, 1.5), QPointF(10, 1), QPointF(1, 10), QPointF(18.5, 18.5),
                                          QPointF(10, -0.8), QPointF(3.5, 3.5) };
        for (int a = 0; a < paths.size(); ++a) {
            for (int b = a + 1; b < paths.size(); ++b) {
                bool differ = false;
                for (const QPointF &p : probes)
                    differ = differ || paths.at(a).contains(p) != paths.at(b).contains(p);
                QVERIFY2(differ, qPrintable(QStringLiteral("shapes %1 and %2 look alike").arg(a).arg(b)));
            }
        }
    }

    void screenChoice_data()
    {
        QTest::addColumn<QStringList>("screens");
        QTest::addColumn<QString>("main");
        QTest::addColumn<QString>("preferred");
        QTest::addColumn<int>("expected");
        const QStringList two = { QStringLiteral("eDP-1"), QStringLiteral("HDMI-1") };
        QTest::newRow("none") << QStringList() << QString() << QString() << -1;
        QTest::newRow("one screen") << QStringList { QStringLiteral("eDP-1") } << QStringLiteral("eDP-1") << QString() << 0;
        QTest::newRow("main on first") << two << QStringLiteral("eDP-1") << QString() << 1;
        QTest::newRow("main on second") << two << QStringLiteral("HDMI-1") << QString() << 0;
        QTest::newRow("preferred wins") << two << QStringLiteral("eDP-1") << QStringLiteral("eDP-1") << 0;
        QTest::newRow("preferred gone") << two << QStringLiteral("eDP-1") << QStringLiteral("DP-2") << 1;
        QTest::newRow("three screens")
            << QStringList { QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C") } << QStringLiteral("A")
            << QString() << 1;
        QTest::newRow("main unknown") << two << QString() << QString() << 0;
        QTest::newRow("removed projector") << QStringList { QStringLiteral("eDP-1") } << QStringLiteral("eDP-1")
                                           << QStringLiteral("HDMI-1") << 0;
    }

    void screenChoice()
    {
        QFETCH(QStringList, screens);
        QFETCH(QString, main);
        QFETCH(QString, preferred);
        QFETCH(int, expected);
        QCOMPARE(PresenterWindow::chooseScreen(screens, main, preferred), expected);
    }

    void preferredScreenPersists()
    {
        PresenterWindow::setPreferredScreen(QStringLiteral("HDMI-1"));
        QCOMPARE(PresenterWindow::preferredScreen(), QStringLiteral("HDMI-1"));
        PresenterWindow::setPreferredScreen(QString());
        QVERIFY(PresenterWindow::preferredScreen().isEmpty());
    }
};

QTEST_MAIN(TstTheme)
#include "tst_theme.moc"
