#include "undocommands.h"

#include "atlascontext.h"

#include <QJsonDocument>

namespace Atlas {

namespace {
QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString commandText(const QString &action, const QString &kind, const QString &label)
{
    // Whole sentences per kind and action, so each language can word them its own way.
    if (action == u"add") {
        if (kind == u"figure")
            return RecordCommand::tr("Add figure %1").arg(label);
        if (kind == u"actor")
            return RecordCommand::tr("Add actor %1").arg(label);
        return RecordCommand::tr("Add item %1").arg(label);
    }
    if (action == u"edit") {
        if (kind == u"figure")
            return RecordCommand::tr("Edit figure %1").arg(label);
        if (kind == u"actor")
            return RecordCommand::tr("Edit actor %1").arg(label);
        return RecordCommand::tr("Edit item %1").arg(label);
    }
    if (kind == u"figure")
        return RecordCommand::tr("Delete figure %1").arg(label);
    if (kind == u"actor")
        return RecordCommand::tr("Delete actor %1").arg(label);
    return RecordCommand::tr("Delete item %1").arg(label);
}
} // namespace

RecordCommand::RecordCommand(AtlasContext *context, const UserDataStore::UserRecord &before,
                             const UserDataStore::UserRecord &after, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_context(context)
    , m_before(before)
    , m_after(after)
{
    const bool korean = context->language() == Language::Korean;
    const UserDataStore::UserRecord &shown = after.isNull() ? before : after;
    const QString action = before.isNull() ? QStringLiteral("add") : after.isNull() ? QStringLiteral("delete")
                                                                                     : QStringLiteral("edit");
    setText(commandText(action, shown.kind, label(shown.kind, shown.object(), korean)));
}

QString RecordCommand::label(const QString &kind, const QJsonObject &record, bool korean)
{
    const char16_t *ko = kind == u"figure" ? u"metric_ko" : kind == u"actor" ? u"name_ko" : u"title_ko";
    const char16_t *en = kind == u"figure" ? u"metric_en" : kind == u"actor" ? u"name_en" : u"title_en";
    QString text = record.value(QString::fromUtf16(korean ? ko : en)).toString();
    if (text.isEmpty())
        text = record.value(QString::fromUtf16(korean ? en : ko)).toString();
    if (text.isEmpty())
        text = record.value(u"id").toString();
    if (text.size() > 40)
        text = text.left(39) + u'…';
    return u'‘' + text + u'’';
}

RecordCommand *RecordCommand::add(AtlasContext *context, const QString &kind, const QJsonObject &record)
{
    return new RecordCommand(context, {}, { kind, record.value(u"id").toString(), compact(record), QStringLiteral("form"), {} });
}

RecordCommand *RecordCommand::edit(AtlasContext *context, const QString &kind, const QJsonObject &record)
{
    const UserDataStore::UserRecord before =
        UserDataStore(context->database()->connection()).userRecord(kind, record.value(u"id").toString());
    if (before.isNull() || before.object() == record)
        return nullptr;
    return new RecordCommand(context, before, { kind, before.id, compact(record), QStringLiteral("form"), {} });
}

RecordCommand *RecordCommand::remove(AtlasContext *context, const QString &kind, const QString &id)
{
    const UserDataStore::UserRecord before = UserDataStore(context->database()->connection()).userRecord(kind, id);
    if (before.isNull())
        return nullptr;
    return new RecordCommand(context, before, {});
}

void RecordCommand::redo()
{
    apply(m_before, m_after);
}

void RecordCommand::undo()
{
    apply(m_after, m_before);
}

void RecordCommand::apply(const UserDataStore::UserRecord &from, const UserDataStore::UserRecord &to)
{
    UserDataStore store(m_context->database()->connection());
    m_error.clear();
    const bool ok = to.isNull() ? store.deleteRecord(from.kind, from.id) : store.writeRecord(to);
    if (!ok)
        m_error = store.errorString();
    m_context->reloadOwnRecords();
}

} // namespace Atlas
