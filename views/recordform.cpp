#include "recordform.h"

#include "atlascontext.h"
#include "category.h"
#include "ownrecords.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QStringListModel>
#include <QVBoxLayout>

namespace Atlas {

namespace {
// Completes the last of several comma-separated actor ids.
class TokenCompleter : public QCompleter
{
public:
    using QCompleter::QCompleter;
    QStringList splitPath(const QString &path) const override { return { path.section(u',', -1).trimmed() }; }
    QString pathFromIndex(const QModelIndex &index) const override
    {
        const auto *edit = qobject_cast<const QLineEdit *>(widget());
        const QString text = edit ? edit->text() : QString();
        const qsizetype cut = text.lastIndexOf(u',');
        const QString head = cut >= 0 ? text.left(cut + 1) + u' ' : QString();
        return head + QCompleter::pathFromIndex(index);
    }
};

QStringList splitIds(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
    return text.split(separators, Qt::SkipEmptyParts);
}

// Figure quantities the form offers: a unit, or "currency:scale".
const QStringList &quantityIds()
{
    static const QStringList ids = { QStringLiteral("count"),      QStringLiteral("percent"),
                                     QStringLiteral("score"),      QStringLiteral("rank"),
                                     QStringLiteral("USD:1000000"), QStringLiteral("USD:1000000000"),
                                     QStringLiteral("KRW:100000000"), QStringLiteral("KRW:1000000000000") };
    return ids;
}

QString quantityName(const QString &id)
{
    if (id == u"count")
        return RecordForm::tr("Count");
    if (id == u"percent")
        return RecordForm::tr("Percent");
    if (id == u"score")
        return RecordForm::tr("Score");
    if (id == u"rank")
        return RecordForm::tr("Rank");
    if (id == u"USD:1000000")
        return RecordForm::tr("US dollars, millions");
    if (id == u"USD:1000000000")
        return RecordForm::tr("US dollars, billions");
    if (id == u"KRW:100000000")
        return RecordForm::tr("Korean won, 100 millions (억)");
    if (id == u"KRW:1000000000000")
        return RecordForm::tr("Korean won, trillions (조)");
    return id; // a quantity from an import: "EUR:1000000"
}
} // namespace

RecordForm::RecordForm(AtlasContext *context, const QString &kind, const QJsonObject &record, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_kind(kind)
    , m_original(record)
    , m_new(record.isEmpty())
    , m_id(record.value(u"id").toString())
{
    m_knownActors = OwnRecords::knownActorIds(context->database()->connection());
    auto *layout = new QVBoxLayout(this);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->addLayout(m_form, 1);

    if (kind == u"item") {
        addLine(QStringLiteral("date"));
        addLine(QStringLiteral("actors"));
        addCombo(QStringLiteral("category"), { QStringLiteral("policy"), QStringLiteral("industry"),
                                               QStringLiteral("research"), QStringLiteral("workforce") });
        addCombo(QStringLiteral("type"), itemTypeIds());
        addLine(QStringLiteral("title_ko"));
        addLine(QStringLiteral("title_en"));
        addText(QStringLiteral("summary_ko"));
        addText(QStringLiteral("summary_en"));
        addLine(QStringLiteral("tags"));
    } else if (kind == u"figure") {
        addLine(QStringLiteral("actor"));
        addLine(QStringLiteral("period"));
        addLine(QStringLiteral("metric_ko"));
        addLine(QStringLiteral("metric_en"));
        addLine(QStringLiteral("value"));
        QStringList quantities = quantityIds();
        const QString current = record.contains(u"currency")
            ? QStringLiteral("%1:%2").arg(record.value(u"currency").toString()).arg(qint64(record.value(u"scale").toDouble()))
            : record.value(u"unit").toString();
        if (!current.isEmpty() && !quantities.contains(current))
            quantities << current;
        addCombo(QStringLiteral("unit"), quantities);
    } else {
        addCombo(QStringLiteral("kind"), actorKindIds());
        addLine(QStringLiteral("name_ko"));
        addLine(QStringLiteral("name_en"));
        addLine(QStringLiteral("country"));
    }
    // Actor ids complete from the known actors, the base dataset's and the user's own.
    QStringList actorIds(m_knownActors.cbegin(), m_knownActors.cend());
    actorIds.sort();
    for (const char16_t *field : { u"actors", u"actor", u"country" }) {
        auto *edit = qobject_cast<QLineEdit *>(m_editors.value(QString::fromUtf16(field)));
        if (!edit)
            continue;
        QCompleter *completer = field == QStringView(u"actors") ? new TokenCompleter(actorIds, edit)
                                                                 : new QCompleter(actorIds, edit);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        completer->setFilterMode(Qt::MatchContains);
        edit->setCompleter(completer);
    }

    m_idLabel = new QLabel(this);
    m_idLabel->setForegroundRole(QPalette::PlaceholderText);
    m_idLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_idLabel);
    m_general = new QLabel(this);
    m_general->setWordWrap(true);
    m_general->setStyleSheet(QStringLiteral("color: #b00020;"));
    layout->addWidget(m_general);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (isValid())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);

    fillFields();
    retranslateUi();
    validate();
    resize(620, sizeHint().height());
}

QPushButton *RecordForm::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

void RecordForm::addRow(const QString &field, QWidget *editor)
{
    auto *box = new QWidget(this);
    auto *v = new QVBoxLayout(box);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(1);
    v->addWidget(editor);
    auto *message = new QLabel(box);
    message->setObjectName(QStringLiteral("problem_") + field);
    message->setWordWrap(true);
    message->setTextFormat(Qt::PlainText);
    QFont small = message->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    message->setFont(small);
    message->hide();
    v->addWidget(message);
    auto *label = new QLabel(this);
    label->setBuddy(editor);
    m_form->addRow(label, box);
    editor->setObjectName(QStringLiteral("field_") + field);
    m_fields << field;
    m_editors.insert(field, editor);
    m_labels.insert(field, label);
    m_messages.insert(field, message);
}

QLineEdit *RecordForm::addLine(const QString &field)
{
    auto *edit = new QLineEdit(this);
    edit->setClearButtonEnabled(true);
    addRow(field, edit);
    connect(edit, &QLineEdit::textChanged, this, &RecordForm::validate);
    return edit;
}

QPlainTextEdit *RecordForm::addText(const QString &field)
{
    auto *edit = new QPlainTextEdit(this);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(fontMetrics().lineSpacing() * 4 + 12);
    addRow(field, edit);
    connect(edit, &QPlainTextEdit::textChanged, this, &RecordForm::validate);
    return edit;
}

QComboBox *RecordForm::addCombo(const QString &field, const QStringList &ids)
{
    auto *combo = new QComboBox(this);
    combo->addItem(QString(), QString()); // "choose": a new record picks on purpose
    for (const QString &id : ids)
        combo->addItem(id, id);
    addRow(field, combo);
    connect(combo, &QComboBox::currentIndexChanged, this, &RecordForm::validate);
    return combo;
}

void RecordForm::fillComboNames()
{
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it) {
        auto *combo = qobject_cast<QComboBox *>(it.value());
        if (!combo)
            continue;
        combo->setItemText(0, tr("Choose…"));
        for (int i = 1; i < combo->count(); ++i) {
            const QString id = combo->itemData(i).toString();
            QString name = id;
            if (it.key() == u"category")
                name = categoryNameForId(id);
            else if (it.key() == u"type")
                name = itemTypeName(id);
            else if (it.key() == u"kind")
                name = actorKindName(id);
            else if (it.key() == u"unit")
                name = quantityName(id);
            combo->setItemText(i, name);
        }
    }
}

void RecordForm::fillFields()
{
    const QJsonObject &r = m_original;
    for (const QString &field : std::as_const(m_fields)) {
        QWidget *w = m_editors.value(field);
        QString text;
        if (field == u"actors" || field == u"tags") {
            QStringList parts;
            for (const QJsonValue &v : r.value(field).toArray())
                parts << v.toString();
            text = parts.join(field == u"actors" ? QStringLiteral(", ") : QStringLiteral(" "));
        } else if (field == u"value") {
            text = r.contains(u"value") ? QLocale::c().toString(r.value(u"value").toDouble(), 'g', 15) : QString();
        } else if (field == u"unit") {
            text = r.contains(u"currency")
                ? QStringLiteral("%1:%2").arg(r.value(u"currency").toString()).arg(qint64(r.value(u"scale").toDouble()))
                : r.value(u"unit").toString();
        } else {
            text = r.value(field).toString();
        }
        if (auto *line = qobject_cast<QLineEdit *>(w))
            line->setText(text);
        else if (auto *plain = qobject_cast<QPlainTextEdit *>(w))
            plain->setPlainText(text);
        else if (auto *combo = qobject_cast<QComboBox *>(w))
            combo->setCurrentIndex(std::max(0, combo->findData(text)));
    }
}

QJsonObject RecordForm::record() const
{
    QJsonObject r = m_original; // keeps what the form does not show: sources, report, notes
    r.insert(QStringLiteral("id"), m_id);
    for (const QString &field : std::as_const(m_fields)) {
        QWidget *w = m_editors.value(field);
        QString text;
        if (auto *line = qobject_cast<QLineEdit *>(w))
            text = line->text().trimmed();
        else if (auto *plain = qobject_cast<QPlainTextEdit *>(w))
            text = plain->toPlainText().trimmed();
        else if (auto *combo = qobject_cast<QComboBox *>(w))
            text = combo->currentData().toString();
        if (field == u"actors" || field == u"tags") {
            QStringList ids = splitIds(text);
            if (field == u"actors") {
                for (QString &id : ids)
                    id = id.toUpper();
            }
            if (ids.isEmpty() && field == u"tags")
                r.remove(field);
            else
                r.insert(field, QJsonArray::fromStringList(ids));
        } else if (field == u"value") {
            bool ok = false;
            double v = QLocale().toDouble(text, &ok);
            if (!ok)
                v = QLocale::c().toDouble(text, &ok);
            if (ok)
                r.insert(field, v);
            else
                r.insert(field, text); // DatasetReader says it is not a number
        } else if (field == u"unit") {
            r.remove(QStringLiteral("unit"));
            r.remove(QStringLiteral("currency"));
            r.remove(QStringLiteral("scale"));
            if (text.contains(u':')) {
                r.insert(QStringLiteral("currency"), text.section(u':', 0, 0));
                r.insert(QStringLiteral("scale"), text.section(u':', 1).toDouble());
            } else if (!text.isEmpty()) {
                r.insert(QStringLiteral("unit"), text);
            }
        } else if (field == u"actor" || field == u"country") {
            if (text.isEmpty() && field == u"country")
                r.remove(field);
            else
                r.insert(field, text.toUpper());
        } else if (text.isEmpty() && field == u"date_end") {
            r.remove(field);
        } else {
            r.insert(field, text);
        }
    }
    return r;
}

void RecordForm::validate()
{
    if (m_new) {
        // The id follows the English title while the record is new; it never changes afterwards.
        const char16_t *hint = m_kind == u"figure" ? u"metric_en" : m_kind == u"actor" ? u"name_en" : u"title_en";
        const auto *edit = qobject_cast<QLineEdit *>(m_editors.value(QString::fromUtf16(hint)));
        const QString wanted = OwnRecords::newId(m_context->database()->connection(), m_kind, edit ? edit->text() : QString());
        m_id = wanted;
    }
    const QJsonObject r = record();
    QHash<QString, QString> found = OwnRecords::problems(m_kind, r, m_knownActors);
    // A currency or scale problem belongs to the quantity field.
    for (const char16_t *key : { u"currency", u"scale" }) {
        const QString k = QString::fromUtf16(key);
        if (found.contains(k) && !found.contains(QStringLiteral("unit")))
            found.insert(QStringLiteral("unit"), found.value(k));
        found.remove(k);
    }
    m_problems.clear();
    QStringList general;
    for (auto it = found.cbegin(); it != found.cend(); ++it) {
        if (!m_editors.contains(it.key())) {
            general << QStringLiteral("%1: %2").arg(it.key(), it.value());
            m_problems.insert(it.key(), it.value());
            continue;
        }
        // An empty field says so plainly; anything else in the words an import would use.
        QWidget *w = m_editors.value(it.key());
        bool empty = false;
        if (auto *line = qobject_cast<QLineEdit *>(w))
            empty = line->text().trimmed().isEmpty();
        else if (auto *plain = qobject_cast<QPlainTextEdit *>(w))
            empty = plain->toPlainText().trimmed().isEmpty();
        else if (auto *combo = qobject_cast<QComboBox *>(w))
            empty = combo->currentIndex() <= 0;
        m_problems.insert(it.key(), empty ? tr("Required.") : it.value());
    }
    for (const QString &field : std::as_const(m_fields)) {
        QLabel *message = m_messages.value(field);
        const QString problem = m_problems.value(field);
        message->setVisible(!problem.isEmpty());
        message->setText(problem);
        message->setStyleSheet(QStringLiteral("color: #b00020;"));
        if (problem.isEmpty() && (field == u"actors" || field == u"actor" || field == u"country")) {
            // Name the actors the ids stand for, so a typo in a valid id shows too.
            const auto *edit = qobject_cast<const QLineEdit *>(m_editors.value(field));
            const QStringList ids = splitIds(edit ? edit->text().toUpper() : QString());
            const QString names = m_context->actors()->names(ids, m_context->language());
            message->setStyleSheet(QString());
            message->setForegroundRole(QPalette::PlaceholderText);
            message->setText(names);
            message->setVisible(!names.isEmpty());
        }
    }
    m_general->setText(general.join(u'\n'));
    m_general->setVisible(!general.isEmpty());
    m_idLabel->setText(tr("Id: %1").arg(m_id));
    okButton()->setEnabled(m_problems.isEmpty());
}

QString RecordForm::fieldLabel(const QString &field) const
{
    if (field == u"date")
        return tr("&Date:");
    if (field == u"actors")
        return tr("&Actors:");
    if (field == u"category")
        return tr("&Category:");
    if (field == u"type")
        return tr("T&ype:");
    if (field == u"title_ko")
        return tr("Title (&Korean):");
    if (field == u"title_en")
        return tr("Title (&English):");
    if (field == u"summary_ko")
        return tr("Summary (Korean):");
    if (field == u"summary_en")
        return tr("Summary (English):");
    if (field == u"tags")
        return tr("Ta&gs:");
    if (field == u"actor")
        return tr("&Actor:");
    if (field == u"period")
        return tr("&Period:");
    if (field == u"metric_ko")
        return tr("Metric (&Korean):");
    if (field == u"metric_en")
        return tr("Metric (&English):");
    if (field == u"value")
        return tr("&Value:");
    if (field == u"unit")
        return tr("&Unit:");
    if (field == u"kind")
        return tr("&Kind:");
    if (field == u"name_ko")
        return tr("Name (&Korean):");
    if (field == u"name_en")
        return tr("Name (&English):");
    if (field == u"country")
        return tr("&Home country:");
    return field;
}

void RecordForm::retranslateUi()
{
    if (m_kind == u"figure")
        setWindowTitle(m_new ? tr("New figure") : tr("Edit figure"));
    else if (m_kind == u"actor")
        setWindowTitle(m_new ? tr("New actor") : tr("Edit actor"));
    else
        setWindowTitle(m_new ? tr("New item") : tr("Edit item"));
    m_intro->setText(tr("Your own record is kept in your user data, apart from the report's dataset, and is marked "
                        "as yours everywhere. Title and text are needed in both languages."));
    for (const QString &field : std::as_const(m_fields))
        m_labels.value(field)->setText(fieldLabel(field));
    if (auto *date = qobject_cast<QLineEdit *>(m_editors.value(QStringLiteral("date"))))
        date->setPlaceholderText(tr("YYYY-MM-DD, YYYY-MM or YYYY"));
    if (auto *period = qobject_cast<QLineEdit *>(m_editors.value(QStringLiteral("period"))))
        period->setPlaceholderText(tr("YYYY, YYYY-Qn or YYYY-MM"));
    if (auto *actors = qobject_cast<QLineEdit *>(m_editors.value(QStringLiteral("actors"))))
        actors->setPlaceholderText(tr("Actor ids, primary first: KOR, USA-CALIFORNIA, OPENAI"));
    if (auto *tags = qobject_cast<QLineEdit *>(m_editors.value(QStringLiteral("tags"))))
        tags->setPlaceholderText(tr("Optional: kebab-case keywords, e.g. generative-ai copyright"));
    if (auto *country = qobject_cast<QLineEdit *>(m_editors.value(QStringLiteral("country"))))
        country->setPlaceholderText(tr("Optional: ISO3 of a company's or region's country"));
    fillComboNames();
    validate();
}

void RecordForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace Atlas
