#include "actordirectory.h"
#include "atlascontext.h"
#include "browseview.h"
#include "countriesview.h"
#include "exportdialog.h"
#include "mainwindow.h"
#include "mapview.h"
#include "testsupport.h"
#include "timelineview.h"

#include <QApplication>
#include <QComboBox>
#include <QMenuBar>
#include <QTimer>
#include <QTranslator>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLineEdit>
#include <QPainter>
#include <QPrinter>
#include <QClipboard>
#include <QMimeData>
#include <QPushButton>
#include <QGuiApplication>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Atlas;

namespace {
const QString Title = QStringLiteral("세계 AI 시장 규모 전망");
const QString Source = QStringLiteral("출처: Statista (2023.10.6); SPRi 보고서 831행");

QString pdfInfo(const QString &file)
{
    QProcess p;
    p.start(QStringLiteral("pdfinfo"), { file });
    if (!p.waitForFinished(10000) || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

QString infoField(const QString &info, const QString &field)
{
    const auto m = QRegularExpression(QStringLiteral("^%1:\\s*(.+)$").arg(field), QRegularExpression::MultilineOption).match(info);
    return m.hasMatch() ? m.captured(1).trimmed() : QString();
}
} // namespace

class TstExportDialog : public QObject
{
    Q_OBJECT

    QStandardItemModel m_model;

    ExportContent content(bool table)
    {
        ExportContent c;
        c.fileName = QStringLiteral("market");
        c.slide.spec.title = Title;
        c.slide.spec.subtitle = QStringLiteral("십억 달러");
        c.slide.spec.sourceLine = Source;
        c.slide.body = [](QPainter &p, const QRectF &area) { p.fillRect(area.adjusted(20, 20, -20, -20), QColor(0, 114, 178)); };
        if (table) {
            c.table = &m_model;
            c.sources = { { QStringLiteral("세계 AI 시장 규모"), 831, QStringLiteral("Statista"), false } };
        }
        return c;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("atlas-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_exportdialog"));
        m_model.setHorizontalHeaderLabels({ QStringLiteral("연도"), QStringLiteral("값") });
        for (int i = 0; i < 3; ++i) {
            auto *value = new QStandardItem;
            value->setData(100.5 * (i + 1), Qt::DisplayRole);
            m_model.appendRow({ new QStandardItem(QString::number(2023 + i)), value });
        }
    }

    void defaultsAndFormats()
    {
        ExportDialog picture(content(false));
        QCOMPARE(picture.title(), Title);
        QCOMPARE(picture.sourceLine(), Source);
        QVERIFY(!picture.isAvailable(ExportDialog::Format::Csv));
        QVERIFY(!picture.isAvailable(ExportDialog::Format::Xlsx));
        auto *combo = picture.findChild<QComboBox *>(QStringLiteral("exportFormat"));
        QVERIFY(combo);
        QCOMPARE(combo->count(), 5);

        ExportDialog table(content(true));
        QVERIFY(table.isAvailable(ExportDialog::Format::Xlsx));
        QCOMPARE(table.findChild<QComboBox *>(QStringLiteral("exportFormat"))->count(), 7);
        // Edited texts reach the slide.
        table.findChild<QLineEdit *>(QStringLiteral("exportTitle"))->setText(QStringLiteral("새 제목"));
        QCOMPARE(table.slide().spec.title, QStringLiteral("새 제목"));
        QCOMPARE(table.previewImage().width(), 400);
    }

    void png2xHasTheRightSize()
    {
        QTemporaryDir dir;
        ExportDialog dialog(content(false));
        dialog.setFormat(ExportDialog::Format::Png2x);
        const QString file = dir.filePath(QStringLiteral("map.png"));
        QString error;
        QVERIFY2(dialog.exportTo(file, &error), qPrintable(error));
        const QImage image(file);
        QCOMPARE(image.size(), QSize(3200, 1800));
        dialog.setFormat(ExportDialog::Format::Png3x);
        QVERIFY(dialog.exportTo(file, &error));
        QCOMPARE(QImage(file).size(), QSize(4800, 2700));
    }

    void svgCarriesTheTitle()
    {
        QTemporaryDir dir;
        ExportDialog dialog(content(false));
        dialog.setTitle(QStringLiteral("편집한 제목"));
        dialog.setFormat(ExportDialog::Format::Svg);
        const QString file = dir.filePath(QStringLiteral("map.svg"));
        QVERIFY(dialog.exportTo(file));
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString svg = QString::fromUtf8(f.readAll());
        QVERIFY(svg.contains(QStringLiteral("<title>편집한 제목</title>")));
        QVERIFY(svg.contains(QStringLiteral("viewBox=\"0 0 1600 900\"")));
    }

    void pdfIsOneSlidePage()
    {
        QTemporaryDir dir;
        ExportDialog dialog(content(false));
        dialog.setFormat(ExportDialog::Format::Pdf);
        const QString file = dir.filePath(QStringLiteral("map.pdf"));
        QVERIFY(dialog.exportTo(file));
        const QString info = pdfInfo(file);
        if (info.isEmpty())
            QSKIP("pdfinfo (poppler-utils) is not installed");
        QCOMPARE(infoField(info, QStringLiteral("Pages")), QStringLiteral("1"));
        QVERIFY2(infoField(info, QStringLiteral("Page size")).startsWith(QStringLiteral("720 x 405 pts")), qPrintable(info));
        QCOMPARE(infoField(info, QStringLiteral("Title")), Title);
    }

    void printsOnePageA4Landscape()
    {
        QTemporaryDir dir;
        ExportDialog dialog(content(true));
        QPrinter printer(QPrinter::HighResolution);
        ExportDialog::setUpPrinter(&printer);
        QCOMPARE(printer.pageLayout().orientation(), QPageLayout::Landscape);
        QCOMPARE(printer.pageLayout().pageSize().id(), QPageSize::A4);
        printer.setOutputFormat(QPrinter::PdfFormat);
        const QString file = dir.filePath(QStringLiteral("printed.pdf"));
        printer.setOutputFileName(file);
        dialog.print(&printer);
        QVERIFY(QFileInfo(file).size() > 0);
        const QString info = pdfInfo(file);
        if (info.isEmpty())
            QSKIP("pdfinfo (poppler-utils) is not installed");
        QCOMPARE(infoField(info, QStringLiteral("Pages")), QStringLiteral("1"));
        QVERIFY2(infoField(info, QStringLiteral("Page size")).contains(QStringLiteral("(A4)")), qPrintable(info));
        const QStringList wh = infoField(info, QStringLiteral("Page size")).split(u' ');
        QVERIFY(wh.size() >= 3 && wh.at(0).toDouble() > wh.at(2).toDouble()); // landscape
    }

    void tableFormats()
    {
        QTemporaryDir dir;
        ExportDialog dialog(content(true));
        dialog.setFormat(ExportDialog::Format::Csv);
        const QString csv = dir.filePath(QStringLiteral("t.csv"));
        QVERIFY(dialog.exportTo(csv));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().startsWith("\xEF\xBB\xBF"));

        dialog.setFormat(ExportDialog::Format::Xlsx);
        const QString xlsx = dir.filePath(QStringLiteral("t.xlsx"));
        QString error;
        QVERIFY2(dialog.exportTo(xlsx, &error), qPrintable(error));
        QProcess unzip;
        unzip.start(QStringLiteral("unzip"), { QStringLiteral("-p"), xlsx, QStringLiteral("xl/sharedStrings.xml") });
        QVERIFY(unzip.waitForFinished(10000));
        const QString strings = QString::fromUtf8(unzip.readAllStandardOutput());
        QVERIFY(strings.contains(Title));
        QVERIFY(strings.contains(Source));
    }

    void copiesTheTableOrThePicture()
    {
        ExportDialog dialog(content(true));
        QPushButton *copy = nullptr;
        for (QPushButton *b : dialog.findChildren<QPushButton *>()) {
            if (b->text().contains(QStringLiteral("Copy")))
                copy = b;
        }
        QVERIFY(copy);
        // A table format: the rows as cells (tab-separated text and an HTML table), no picture.
        dialog.setFormat(ExportDialog::Format::Csv);
        copy->click();
        const QMimeData *table = QGuiApplication::clipboard()->mimeData();
        QVERIFY(table);
        QCOMPARE(table->text().section(u'\n', 0, 1), QStringLiteral("연도\t값\n2023\t100.5"));
        QVERIFY(table->html().contains(QStringLiteral("<th>연도</th>")));
        QVERIFY(!table->hasImage());
        // A picture format: the slide as an image.
        dialog.setFormat(ExportDialog::Format::Png2x);
        copy->click();
        const QImage image = qvariant_cast<QImage>(QGuiApplication::clipboard()->mimeData()->imageData());
        QCOMPARE(image.size(), QSize(3200, 1800));
    }

    void failedWriteLeavesNoFile_data()
    {
        QTest::addColumn<ExportDialog::Format>("format");
        QTest::newRow("png") << ExportDialog::Format::Png2x;
        QTest::newRow("svg") << ExportDialog::Format::Svg;
        QTest::newRow("pdf") << ExportDialog::Format::Pdf;
        QTest::newRow("csv") << ExportDialog::Format::Csv;
        QTest::newRow("xlsx") << ExportDialog::Format::Xlsx;
    }

    void failedWriteLeavesNoFile()
    {
        QFETCH(ExportDialog::Format, format);
        QTemporaryDir dir;
        ExportDialog dialog(content(true));
        dialog.setFormat(format);
        const QString file = dir.filePath(QStringLiteral("missing/out.") + ExportDialog::suffix(format));
        QString error;
        QVERIFY(!dialog.exportTo(file, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!QFileInfo::exists(file));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 0);
    }

    // File › Export… (Ctrl+E) opens the dialog for the current view, and the view's content
    // exports as a 2× PNG, in both languages.
    void everyViewThroughCtrlE()
    {
        QTemporaryDir dir;
        const QString base = AtlasTest::buildDatabase(dir);
        QVERIFY(!base.isEmpty());
        Database db;
        QVERIFY2(db.open(base, dir.filePath(QStringLiteral("user.sqlite"))), qPrintable(db.errorString()));
        ActorDirectory actors;
        QVERIFY(actors.load(db.connection()));
        QTranslator ko;
        QVERIFY(ko.load(QStringLiteral(":/i18n/atlas_ko.qm")));
        QTranslator extra; // the strings of this change, before they reach atlas_ko.ts
        const QString extraQm = qEnvironmentVariable("ATLAS_EXTRA_QM");
        const QString grab = qEnvironmentVariable("ATLAS_GRAB_DIR");
        AtlasContext context(&db, &actors);
        MainWindow window(&context);
        window.resize(1280, 720);
        window.show();
        QAction *exportAction = nullptr;
        for (QAction *menu : window.menuBar()->actions()) {
            for (QAction *a : menu->menu()->actions()) {
                if (a->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_E))
                    exportAction = a;
            }
        }
        QVERIFY(exportAction);
        for (const bool korean : { false, true }) {
            if (korean) {
                QCoreApplication::installTranslator(&ko);
                if (!extraQm.isEmpty() && extra.load(extraQm))
                    QCoreApplication::installTranslator(&extra);
            }
            context.setLanguage(korean ? Language::Korean : Language::English);
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
            QCoreApplication::processEvents();
            for (const QString &view : { QStringLiteral("map"), QStringLiteral("timeline"), QStringLiteral("browse"),
                                         QStringLiteral("countries") }) {
                window.showView(view);
                QCoreApplication::processEvents();
                bool seen = false;
                QTimer::singleShot(0, this, [&] {
                    auto *dialog = qobject_cast<ExportDialog *>(QApplication::activeModalWidget());
                    if (!dialog)
                        return;
                    seen = !dialog->title().isEmpty() && !dialog->sourceLine().isEmpty();
                    dialog->setFormat(ExportDialog::Format::Png2x);
                    const QString lang = korean ? QStringLiteral("ko") : QStringLiteral("en");
                    const QString file = QDir(grab.isEmpty() ? dir.path() : grab)
                                             .filePath(QStringLiteral("export-%1-%2.png").arg(view, lang));
                    QString error;
                    seen = seen && dialog->exportTo(file, &error) && QImage(file).size() == QSize(3200, 1800);
                    if (!grab.isEmpty())
                        dialog->grab().save(QDir(grab).filePath(QStringLiteral("dialog-%1-%2.png").arg(view, lang)));
                    dialog->reject();
                });
                exportAction->trigger();
                QVERIFY2(seen, qPrintable(view));
            }
        }
        QCoreApplication::removeTranslator(&extra);
        QCoreApplication::removeTranslator(&ko);
    }

    void grabForReview()
    {
        // Set ATLAS_GRAB_DIR to look at the dialog (offscreen) and a 2× export.
        const QString out = qEnvironmentVariable("ATLAS_GRAB_DIR");
        if (out.isEmpty())
            QSKIP("ATLAS_GRAB_DIR not set");
        ExportDialog dialog(content(true));
        dialog.setFormat(ExportDialog::Format::Png2x);
        dialog.show();
        QTest::qWait(300);
        QVERIFY(dialog.grab().save(QDir(out).filePath(QStringLiteral("export-dialog.png"))));
        dialog.setFormat(ExportDialog::Format::Csv);
        for (QPushButton *b : dialog.findChildren<QPushButton *>()) {
            if (b->text().contains(QStringLiteral("Copy")))
                b->click();
        }
        QVERIFY(dialog.grab().save(QDir(out).filePath(QStringLiteral("export-dialog-table-copied.png"))));
    }
};

QTEST_MAIN(TstExportDialog)
#include "tst_exportdialog.moc"
