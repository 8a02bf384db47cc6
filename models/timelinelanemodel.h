#pragma once

#include "actordirectory.h"
#include "language.h"
#include "timelinerepository.h"

#include <QAbstractListModel>
#include <QSet>

namespace Atlas {

// The timeline's lanes in display order, with which are hidden. In actor mode lanes are grouped
// (countries, organisations, companies, in that order) and move only inside their group. The
// user's order and hidden lanes are kept per mode for every lane ever seen, so a lane that a
// filter removes comes back where it was.
class TimelineLaneModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        KeyRole = Qt::UserRole + 1, // actor or category id
        GroupRole, // "country", "organization", "company"; empty for categories
        KindRole, // actor kind
        CountRole, // items under the filter
        ColorRole, // category colour (category lanes)
    };
    Q_ENUM(Role)

    explicit TimelineLaneModel(QObject *parent = nullptr);

    void setActors(const ActorDirectory *actors) { m_actors = actors; }
    void setLanguage(Language language);
    Language language() const { return m_language; }

    TimelineLaneMode mode() const { return m_mode; }
    // Switching mode replaces the lanes: call setLanes() next.
    void setMode(TimelineLaneMode mode);
    void setLanes(const QList<TimelineRepository::Lane> &lanes);

    static QStringList groups() { return ItemFilter::actorKindGroups(); }
    static QString groupName(const QString &group); // translated: "Countries", …

    QString key(int row) const;
    QString group(int row) const;
    QString name(int row) const;
    int rowOfKey(const QString &key) const;
    bool isHidden(int row) const;
    void setHidden(int row, bool hidden);
    void showAll();
    // Moves a lane inside its group; false if `to` is outside the group.
    bool moveLane(int from, int to);
    // Forgets the user's order (most items first again).
    void resetOrder();

    // The persistent state of a mode (QSettings keeps it).
    QStringList order(TimelineLaneMode mode) const { return m_state[int(mode)].order; }
    QStringList hidden(TimelineLaneMode mode) const;
    void restoreState(TimelineLaneMode mode, const QStringList &order, const QStringList &hidden);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool moveRows(const QModelIndex &sourceParent, int sourceRow, int count, const QModelIndex &destinationParent,
                  int destinationChild) override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    // The order or the hidden set changed: time to save it.
    void stateChanged();

private:
    struct State
    {
        QStringList order;
        QSet<QString> hidden;
    };
    void sortLanes();
    void rememberOrder();

    const ActorDirectory *m_actors = nullptr;
    Language m_language = Language::English;
    TimelineLaneMode m_mode = TimelineLaneMode::Actors;
    QList<TimelineRepository::Lane> m_lanes;
    State m_state[2];
};

} // namespace Atlas
