#pragma once

#include <QMap>
#include <QWidget>

#include <array>

class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class QTextBrowser;

namespace Atlas {

class ActorModel;
class AtlasContext;

// Countries, unions, organisations and companies with a profile page each: the report's policy
// overview, items by category, members, and the latest items.
class CountriesView : public QWidget
{
    Q_OBJECT

public:
    CountriesView(AtlasContext *context, QWidget *parent = nullptr);

    bool showActor(const QString &id);
    QString currentActor() const { return m_actorId; }
    QString profileHtml() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void renderProfile();
    QString timelineHtml(const QMap<int, std::array<int, 4>> &years) const;

    AtlasContext *m_context;
    ActorModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_search;
    QTableView *m_list;
    QTextBrowser *m_profile;
    QString m_actorId;
};

} // namespace Atlas
