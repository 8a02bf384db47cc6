#pragma once

#include "itemrepository.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTextBrowser;

namespace Atlas {

class AtlasContext;

// Shows the record selected anywhere: title, date with its precision, actors, category, type,
// summary, tags, the citation, the report's section and line, and notes where the report
// contradicts itself. Text is in the UI language, with a marked fallback.
class DetailPane : public QWidget
{
    Q_OBJECT

public:
    explicit DetailPane(AtlasContext *context, QWidget *parent = nullptr);

    void showItem(const QString &id);
    QString currentItem() const { return m_itemId; }
    QString html() const; // for tests
    // "SPRi (2023), 「…」, 제3장 제1절 …; original: …"
    QString citationText() const;
    QStringList relatedItems() const; // ids, best first (for tests)

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();
    void retranslateUi();
    void followFilter();
    QString marked(const QString &text) const; // escaped, with search hits highlighted

    AtlasContext *m_context;
    ItemRepository m_repository;
    QString m_itemId;
    ItemRecord m_record;
    QList<ItemRepository::Row> m_related;
    QStringList m_terms; // search hits to highlight
    QTextBrowser *m_browser;
    QPushButton *m_copyCitation;
};

} // namespace Atlas
