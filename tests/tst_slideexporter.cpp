#include "slideexporter.h"
#include "testsupport.h"

#include <QTemporaryFile>

#include <QFile>
#include <QImage>
#include <QLabel>
#include <QPainter>
#include <QRegularExpression>

using namespace Atlas;

class TstSlideExporter : public QObject
{
    Q_OBJECT

    static Slide slide()
    {
        Slide s;
        s.spec.title = QStringLiteral("세계 AI 시장 규모");
        s.spec.subtitle = QStringLiteral("십억 달러");
        s.spec.sourceLine = QStringLiteral("출처: Statista (2023.10.6); SPRi 보고서 831행");
        s.body = [](QPainter &p, const QRectF &area) { p.fillRect(area.adjusted(10, 10, -10, -10), QColor(0, 114, 178)); };
        return s;
    }

private slots:
    void pngAtEachScale_data()
    {
        QTest::addColumn<qreal>("scale");
        QTest::newRow("1x") << 1.0;
        QTest::newRow("2x") << 2.0;
        QTest::newRow("3x") << 3.0;
    }

    void pngAtEachScale()
    {
        QFETCH(qreal, scale);
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("s.png"));
        QString error;
        QVERIFY2(SlideExporter::savePng(file, slide(), scale, &error), qPrintable(error));
        const QImage image(file);
        QCOMPARE(image.size(), QSize(int(1600 * scale), int(900 * scale)));
        // The body was painted where the layout put it, not over the title.
        QCOMPARE(image.pixelColor(image.width() / 2, image.height() / 2), QColor(0, 114, 178));
        QCOMPARE(image.pixelColor(2, 2), QColor(Qt::white));
    }

    void svgCarriesTitleAndSource()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("s.svg"));
        QVERIFY(SlideExporter::saveSvg(file, slide()));
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString svg = QString::fromUtf8(f.readAll());
        QVERIFY(svg.contains(u"세계 AI 시장 규모"));
        QVERIFY(svg.contains(u"Statista"));
    }

    void pdfHasOneSixteenByNinePagePerSlide()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("s.pdf"));
        QVERIFY(SlideExporter::savePdf(file, { slide(), slide(), slide() }));
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray pdf = f.readAll();
        QVERIFY(pdf.startsWith("%PDF"));
        QCOMPARE(pdf.count("/Type /Page\n") + pdf.count("/Type /Page\r") + pdf.count("/Type /Page/") + pdf.count("/Type /Page "), 3);
        // 10 × 5.625 in = 720 × 405 pt (Qt rounds to whole points).
        const QRegularExpression box(QStringLiteral("/MediaBox \\[0 0 ([\\d.]+) ([\\d.]+)\\]"));
        const auto m = box.match(QString::fromLatin1(pdf));
        QVERIFY2(m.hasMatch(), "a media box");
        QVERIFY2(qAbs(m.captured(1).toDouble() - 720) <= 1 && qAbs(m.captured(2).toDouble() - 405) <= 1,
                 qPrintable(m.captured(0)));
    }

    void unwritablePathIsAnError()
    {
        // A regular file as the parent folder fails even for root.
        QTemporaryFile notAFolder;
        QVERIFY(notAFolder.open());
        const QString path = notAFolder.fileName() + QStringLiteral("/s.png");
        QString error;
        QVERIFY(!SlideExporter::savePng(path, slide(), 1.0, &error));
        QVERIFY2(error.contains(path), qPrintable(error));
    }

    void widgetPainterDrawsTheWidget()
    {
        QLabel label(QStringLiteral("chart"));
        label.setAutoFillBackground(true);
        QPalette p = label.palette();
        p.setColor(QPalette::Window, QColor(230, 159, 0));
        label.setPalette(p);
        label.resize(400, 225);
        Slide s = slide();
        s.body = SlideExporter::widgetPainter(&label);
        const QImage image = SlideExporter::renderImage(s);
        QCOMPARE(image.pixelColor(image.width() / 2, image.height() / 2 + 40), QColor(230, 159, 0));
    }
};

QTEST_MAIN(TstSlideExporter)
#include "tst_slideexporter.moc"
