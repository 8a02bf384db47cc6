#pragma once

#include "userdatastore.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace Atlas {

class AtlasContext;

// One change to the user's own records, undoable: add (before is null), edit (both set) or
// delete (after is null). Each step writes through UserDataStore in one transaction, puts back
// exactly the stored row (JSON, origin and time), and then rebuilds the overlay so every view
// shows the change (AtlasContext::reloadOwnRecords).
class RecordCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Atlas::RecordCommand)

public:
    RecordCommand(AtlasContext *context, const UserDataStore::UserRecord &before,
                  const UserDataStore::UserRecord &after, QUndoCommand *parent = nullptr);

    // The three commands the form and the record menus push; null if there is nothing to do.
    static RecordCommand *add(AtlasContext *context, const QString &kind, const QJsonObject &record);
    static RecordCommand *edit(AtlasContext *context, const QString &kind, const QJsonObject &record);
    static RecordCommand *remove(AtlasContext *context, const QString &kind, const QString &id);

    void redo() override;
    void undo() override;

    bool failed() const { return !m_error.isEmpty(); }
    QString errorString() const { return m_error; }

    // "‘title’" of a record in the UI language: what the undo text and the delete question name.
    static QString label(const QString &kind, const QJsonObject &record, bool korean);

private:
    void apply(const UserDataStore::UserRecord &from, const UserDataStore::UserRecord &to);

    AtlasContext *m_context;
    UserDataStore::UserRecord m_before;
    UserDataStore::UserRecord m_after;
    QString m_error;
};

} // namespace Atlas
