#include "importdialog.h"

#include "atlascontext.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Atlas {

namespace {
enum Column { RecordColumn, TitleColumn, ColumnCount };

// The fields that name a record of each list, Korean first.
QPair<QString, QString> titleFields(const QString &list)
{
    if (list == u"actors")
        return { QStringLiteral("name_ko"), QStringLiteral("name_en") };
    if (list == u"figures")
        return { QStringLiteral("metric_ko"), QStringLiteral("metric_en") };
    return { QStringLiteral("title_ko"), QStringLiteral("title_en") };
}
} // namespace

ImportDialog::ImportDialog(AtlasContext *context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_store(context->database()->connection())
{
    auto *layout = new QVBoxLayout(this);
    auto *fileRow = new QHBoxLayout;
    m_fileLabel = new QLabel(this);
    m_path = new QLineEdit(this);
    m_path->setReadOnly(true);
    m_fileLabel->setBuddy(m_path);
    m_browse = new QPushButton(this);
    fileRow->addWidget(m_fileLabel);
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(m_browse);
    layout->addLayout(fileRow);

    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);

    m_tree = new QTreeWidget(this);
    m_tree->setColumnCount(ColumnCount);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setStretchLastSection(true);
    m_tree->header()->setSectionResizeMode(RecordColumn, QHeaderView::Interactive);
    m_tree->setColumnWidth(RecordColumn, 320);
    layout->addWidget(m_tree, 1);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_import = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_import->setEnabled(false);
    m_import->setDefault(true);
    layout->addWidget(m_buttons);

    connect(m_browse, &QPushButton::clicked, this, &ImportDialog::chooseFile);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Accepting goes through importNow(): the dialog closes only once the data is written.
    connect(m_import, &QPushButton::clicked, this, &ImportDialog::importNow);

    resize(760, 520);
    retranslateUi();
}

void ImportDialog::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import records, notes and bookmarks"),
                                                      m_file.isEmpty() ? QString() : QFileInfo(m_file).absolutePath(),
                                                      tr("Interchange format (*.json);;All files (*)"));
    if (!path.isEmpty())
        setFile(path);
}

void ImportDialog::setFile(const QString &path)
{
    m_file = path;
    m_error.clear();
    m_result.clear();
    m_path->setText(QDir::toNativeSeparators(path));
    m_plan = m_store.planImportFile(path);
    showPlan();
}

QString ImportDialog::titleOf(const QString &label) const
{
    const qsizetype slash = label.indexOf(u'/');
    if (slash < 0)
        return {};
    const QString list = label.left(slash);
    const QString id = label.mid(slash + 1);
    const QList<QJsonObject> *records = list == u"actors" ? &m_plan.records.actors
        : list == u"items"                                ? &m_plan.records.items
        : list == u"series"                               ? &m_plan.records.series
        : list == u"figures"                              ? &m_plan.records.figures
                                                          : nullptr;
    if (!records)
        return {};
    const auto fields = titleFields(list);
    for (const QJsonObject &o : *records) {
        if (o.value(u"id").toString() == id)
            return pickText(m_context->language(), o.value(fields.first).toString(), o.value(fields.second).toString());
    }
    return {};
}

QTreeWidgetItem *ImportDialog::addGroup(const QString &title, const QStringList &entries, bool expanded)
{
    auto *group = new QTreeWidgetItem(m_tree, { title });
    group->setFirstColumnSpanned(true);
    QFont bold = group->font(RecordColumn);
    bold.setBold(true);
    group->setFont(RecordColumn, bold);
    QList<QTreeWidgetItem *> children;
    children.reserve(entries.size());
    for (const QString &entry : entries)
        children << new QTreeWidgetItem(QStringList { entry, titleOf(entry) });
    group->addChildren(children);
    group->setExpanded(expanded && !entries.isEmpty());
    return group;
}

void ImportDialog::showPlan()
{
    m_tree->clear();
    QString summary;
    QString style;
    bool canImport = false;
    if (m_file.isEmpty()) {
        summary = tr("Choose a file in the interchange format (ai-policy-atlas/1), for example one written by "
                     "File › Export my data… on another computer.");
    } else if (!m_plan.isValid()) {
        summary = tr("This file cannot be imported: %n problem(s), listed below. Nothing has been written. "
                     "Correct the file and choose it again.",
                     nullptr, int(m_plan.problems.size()));
        style = QStringLiteral("color: #b00020");
        QTreeWidgetItem *problems = addGroup(tr("Problems (%n)", nullptr, int(m_plan.problems.size())), {}, true);
        for (const QString &p : std::as_const(m_plan.problems)) {
            auto *item = new QTreeWidgetItem(problems, { p });
            item->setFirstColumnSpanned(true);
            item->setForeground(RecordColumn, QColor(0xb0, 0x00, 0x20));
        }
        problems->setExpanded(true);
    } else {
        canImport = !m_plan.added.isEmpty() || !m_plan.changed.isEmpty() || !m_plan.notes.isEmpty()
            || !m_plan.bookmarks.isEmpty();
        summary = canImport ? tr("The file is valid. Check what will change below; nothing is written until you "
                                 "click Import, and then everything is written at once.")
                            : tr("Everything in this file is already in your data. There is nothing to import.");
    }
    if (!m_error.isEmpty()) {
        summary = tr("The import failed and nothing was written: %1").arg(m_error);
        style = QStringLiteral("color: #b00020");
    }
    if (m_plan.isValid() && !m_file.isEmpty()) {
        addGroup(tr("To add (%n)", nullptr, int(m_plan.added.size())), m_plan.added, true);
        addGroup(tr("To change (%n)", nullptr, int(m_plan.changed.size())), m_plan.changed, true);
        addGroup(tr("Unchanged (%n)", nullptr, int(m_plan.unchanged.size())), m_plan.unchanged, false);
        QStringList notes;
        for (const auto &n : std::as_const(m_plan.notes)) {
            const QString firstLine = n.text.section(u'\n', 0, 0);
            notes << QStringLiteral("%1/%2: %3").arg(n.targetKind, n.targetId,
                                                     firstLine.size() > 80 ? firstLine.left(79) + u'…' : firstLine);
        }
        addGroup(tr("Notes (%n)", nullptr, int(notes.size())), notes, false);
        QStringList bookmarks;
        for (const auto &b : std::as_const(m_plan.bookmarks))
            bookmarks << QStringLiteral("%1/%2").arg(b.targetKind, b.targetId);
        addGroup(tr("Bookmarks (%n)", nullptr, int(bookmarks.size())), bookmarks, false);
    }
    m_summary->setText(summary);
    m_summary->setStyleSheet(style);
    m_import->setEnabled(canImport);
}

bool ImportDialog::importNow()
{
    if (!m_plan.isValid() || m_file.isEmpty() || !m_import->isEnabled())
        return false;
    if (!m_store.applyImport(m_plan, QFileInfo(m_file).fileName())) {
        m_error = m_store.errorString();
        showPlan();
        return false;
    }
    m_result = tr("Imported from %1: %n new record(s)", nullptr, int(m_plan.added.size())).arg(QFileInfo(m_file).fileName())
        + u'\n' + tr("%n changed record(s)", nullptr, int(m_plan.changed.size())) + u'\n'
        + tr("%n note(s)", nullptr, int(m_plan.notes.size())) + u'\n'
        + tr("%n bookmark(s)", nullptr, int(m_plan.bookmarks.size()));
    accept();
    return true;
}

void ImportDialog::retranslateUi()
{
    setWindowTitle(tr("Import"));
    m_fileLabel->setText(tr("&File:"));
    m_browse->setText(tr("&Choose…"));
    m_tree->setHeaderLabels({ tr("Record"), tr("Title") });
    m_tree->setAccessibleName(tr("What the import will do"));
    m_import->setText(tr("&Import"));
    showPlan();
}

void ImportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace Atlas
