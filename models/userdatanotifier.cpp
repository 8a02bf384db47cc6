#include "userdatanotifier.h"

namespace Atlas {

UserDataNotifier *UserDataNotifier::instance()
{
    // Not parented to the application: it must outlive every store, even in tests without one.
    static UserDataNotifier notifier;
    return &notifier;
}

void UserDataNotifier::notify(const QString &connectionName, Change change, const QString &kind, const QString &id)
{
    emit instance()->changed(connectionName, change, kind, id);
}

} // namespace Atlas
