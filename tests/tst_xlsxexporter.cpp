#include "database.h"
#include "itemfilter.h"
#include "itemsheet.h"
#include "testsupport.h"
#include "xlsxexporter.h"

#include <QDate>
#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>

using namespace Atlas;

namespace {
// An .xlsx is a zip of XML parts: read one back with unzip (Makefile PACKAGES).
QByteArray unzipPart(const QString &file, const QString &member)
{
    QProcess unzip;
    unzip.start(QStringLiteral("unzip"), { QStringLiteral("-p"), file, member });
    if (!unzip.waitForFinished(10000) || unzip.exitCode() != 0)
        return {};
    return unzip.readAllStandardOutput();
}

QStringList zipMembers(const QString &file)
{
    QProcess unzip;
    unzip.start(QStringLiteral("unzip"), { QStringLiteral("-Z1"), file });
    if (!unzip.waitForFinished(10000) || unzip.exitCode() != 0)
        return {};
    return QString::fromUtf8(unzip.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
}

const QString Title = QStringLiteral("세계 AI 시장 규모 전망");
const QString Source = QStringLiteral("출처: Statista (2023.10.6); SPRi 보고서 831행");
} // namespace

class TstXlsxExporter : public QObject
{
    Q_OBJECT

    static void fillModel(QStandardItemModel *model)
    {
        model->setHorizontalHeaderLabels({ QStringLiteral("계열"), QStringLiteral("연도"), QStringLiteral("값"),
                                           QStringLiteral("날짜") });
        const QList<QVariant> values = { 1847.5, 2410, 3050.25 };
        for (int r = 0; r < values.size(); ++r) {
            QList<QStandardItem *> row;
            row << new QStandardItem(QStringLiteral("Statista 시장 규모"));
            row << new QStandardItem(QString::number(2023 + r));
            auto *value = new QStandardItem;
            value->setData(values.at(r), Qt::DisplayRole);
            row << value;
            auto *date = new QStandardItem;
            date->setData(QDate(2023, 10, 6 + r), Qt::DisplayRole);
            row << date;
            model->appendRow(row);
        }
    }

    static XlsxDocument document(const QStandardItemModel *model)
    {
        XlsxDocument d;
        d.title = Title;
        d.subtitle = QStringLiteral("십억 달러");
        d.sourceLine = Source;
        d.model = model;
        d.sources = { { QStringLiteral("세계 AI 시장 규모 (Statista)"), 831, QStringLiteral("Statista, 2023.10.6"), false },
                      { QStringLiteral("파생 계열"), 835, QStringLiteral("IDC"), true } };
        return d;
    }

private slots:
    void writesTwoSheetsWithKoreanAndNumbers()
    {
        QTemporaryDir dir;
        QStandardItemModel model;
        fillModel(&model);
        const QString file = dir.filePath(QStringLiteral("시장.xlsx"));
        QString error;
        QVERIFY2(XlsxExporter::write(file, document(&model), &error), qPrintable(error));
        QVERIFY(QFileInfo::exists(file));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1); // no temporary left over

        const QStringList members = zipMembers(file);
        QVERIFY(members.contains(QStringLiteral("xl/worksheets/sheet1.xml")));
        QVERIFY(members.contains(QStringLiteral("xl/worksheets/sheet2.xml")));
        QVERIFY(!members.contains(QStringLiteral("xl/worksheets/sheet3.xml")));

        const QString workbook = QString::fromUtf8(unzipPart(file, QStringLiteral("xl/workbook.xml")));
        const QRegularExpression sheetName(QStringLiteral("<sheet name=\"([^\"]+)\""));
        QStringList names;
        for (auto it = sheetName.globalMatch(workbook); it.hasNext();)
            names << it.next().captured(1);
        QCOMPARE(names, QStringList({ XlsxExporter::dataSheetName(), XlsxExporter::sourcesSheetName() }));
        QCOMPARE(names, QStringList({ QStringLiteral("Data"), QStringLiteral("Sources") })); // no translator here

        const QString strings = QString::fromUtf8(unzipPart(file, QStringLiteral("xl/sharedStrings.xml")));
        QVERIFY(strings.contains(Title));
        QVERIFY(strings.contains(Source));
        QVERIFY(strings.contains(QStringLiteral("Statista 시장 규모")));
        QVERIFY(strings.contains(QStringLiteral("2023-10-06"))); // a date is text
        QVERIFY(strings.contains(QStringLiteral("계열")));

        const QString data = QString::fromUtf8(unzipPart(file, QStringLiteral("xl/worksheets/sheet1.xml")));
        // Numbers are numeric cells (no t="s"), with the value itself.
        QVERIFY2(data.contains(QStringLiteral("<c r=\"C2\"><v>1847.5</v></c>")), qPrintable(data.left(2000)));
        QVERIFY(data.contains(QStringLiteral("<c r=\"C3\"><v>2410</v></c>")));
        QVERIFY(data.contains(QStringLiteral("<c r=\"D2\" t=\"s\">")));
        // The header row is bold and frozen.
        QVERIFY(data.contains(QStringLiteral("<pane ySplit=\"1\"")));
        QVERIFY(data.contains(QStringLiteral("<c r=\"A1\" s=\"")));
        QVERIFY(data.contains(QStringLiteral("<cols>")));

        const QString sources = QString::fromUtf8(unzipPart(file, QStringLiteral("xl/worksheets/sheet2.xml")));
        QVERIFY(sources.contains(QStringLiteral("<v>831</v>")));
        QVERIFY(sources.contains(QStringLiteral("<v>835</v>")));
        QVERIFY(strings.contains(QStringLiteral("derived")));
        QVERIFY(strings.contains(QStringLiteral("reported")));
        QVERIFY(strings.contains(QStringLiteral("Statista, 2023.10.6")));

        const QString core = QString::fromUtf8(unzipPart(file, QStringLiteral("docProps/core.xml")));
        QVERIFY(core.contains(Title));
    }

    void replacesAnExistingFile()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("a.xlsx"));
        QFile old(file);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old");
        old.close();
        QStandardItemModel model;
        fillModel(&model);
        QVERIFY(XlsxExporter::write(file, document(&model)));
        QVERIFY(QFileInfo(file).size() > 1000);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1);
    }

    void failureLeavesNoFile()
    {
        QTemporaryDir dir;
        QStandardItemModel model;
        fillModel(&model);
        QString error;
        // A folder that does not exist.
        const QString missing = dir.filePath(QStringLiteral("missing/x.xlsx"));
        QVERIFY(!XlsxExporter::write(missing, document(&model), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!QFileInfo::exists(missing));
        // The target is a directory: libxlsxwriter writes the temporary, the rename fails.
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("taken.xlsx")));
        error.clear();
        QVERIFY(!XlsxExporter::write(dir.filePath(QStringLiteral("taken.xlsx")), document(&model), &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 0);
        // Nothing to write.
        XlsxDocument empty;
        QVERIFY(!XlsxExporter::write(dir.filePath(QStringLiteral("e.xlsx")), empty, &error));
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("e.xlsx"))));
    }

    void itemSheetOfTheMiniDataset()
    {
        QTemporaryDir dir;
        const QString path = AtlasTest::buildDatabase(dir);
        QVERIFY(!path.isEmpty());
        Database db;
        QVERIFY2(db.open(path, QString()), qPrintable(db.errorString()));
        ItemSheet sheet(db.connection());
        QStandardItemModel model;
        QList<XlsxSourceRow> sources;
        QVERIFY2(sheet.read(ItemFilter(), Language::Korean, &model, &sources), qPrintable(sheet.errorString()));
        QVERIFY(model.rowCount() > 0);
        QCOMPARE(model.columnCount(), int(ItemSheet::ColumnCount));
        QCOMPARE(sources.size(), model.rowCount());
        const QString firstTitle = model.index(0, ItemSheet::TitleColumn).data().toString();
        QVERIFY(!firstTitle.isEmpty());

        const QString file = dir.filePath(QStringLiteral("items.xlsx"));
        QVERIFY2(sheet.writeXlsx(file, ItemFilter(), Language::Korean, Title, QString(), Source),
                 qPrintable(sheet.errorString()));
        const QString strings = QString::fromUtf8(unzipPart(file, QStringLiteral("xl/sharedStrings.xml")));
        QVERIFY(strings.contains(Title));
        if (!firstTitle.contains(QRegularExpression(QStringLiteral("[&<>\"']"))))
            QVERIFY(strings.contains(firstTitle));
    }
};

QTEST_GUILESS_MAIN(TstXlsxExporter)
#include "tst_xlsxexporter.moc"
