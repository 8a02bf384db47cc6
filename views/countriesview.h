#pragma once

#include <QMap>
#include <QWidget>

#include <array>

class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class QTextBrowser;
class QToolButton;

namespace Atlas {

class ActorModel;
class AnnotationPanel;
class AtlasContext;
struct ExportContent;

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
    AnnotationPanel *annotationPanel() const { return m_annotation; }
    // The list as shown, for the export dialog (CSV, XLSX, or a slide).
    ExportContent exportContent() const;
    void showExportDialog();

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
    QToolButton *m_export;
    QTextBrowser *m_profile;
    AnnotationPanel *m_annotation; // the user's star and note on the shown profile
    QString m_actorId;
};

} // namespace Atlas
