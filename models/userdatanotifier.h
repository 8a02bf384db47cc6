#pragma once

#include <QObject>

namespace Atlas {

// Tells whoever shows the user's notes and bookmarks that they changed, wherever the change was
// made: the detail pane, a profile, a chart, the Bookmarks list or an import. UserDataStore
// announces every write it makes; listeners compare the connection name with their own.
class UserDataNotifier : public QObject
{
    Q_OBJECT

public:
    enum class Change { Bookmark, Note, Import }; // an import may change any number of both
    Q_ENUM(Change)

    static UserDataNotifier *instance();
    // kind and id are empty for an import.
    static void notify(const QString &connectionName, Change change, const QString &kind = {}, const QString &id = {});

signals:
    void changed(const QString &connectionName, Atlas::UserDataNotifier::Change change, const QString &kind,
                 const QString &id);

private:
    UserDataNotifier() = default;
};

} // namespace Atlas
