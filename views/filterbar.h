#pragma once

#include "itemfilter.h"

#include <QWidget>

class QComboBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTimer;
class QToolButton;

namespace Atlas {

class ActorPicker;
class AtlasContext;

// The shared filter bar on top of every view: text search, the four categories (colour-coded),
// actor kind, countries and organisations, a year range, and the user's bookmarks only. Its state shows as removable chips
// with one "clear all".
class FilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit FilterBar(AtlasContext *context, QWidget *parent = nullptr);

    void focusSearch();
    QLineEdit *searchField() const { return m_search; }
    QToolButton *bookmarkedOnlyButton() const { return m_bookmarked; }

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateUi();
    void pushFilter();
    void showFilter(const ItemFilter &filter);
    void rebuildChips(const ItemFilter &filter);
    void addChip(const QString &text, const std::function<void(ItemFilter &)> &remove);

    AtlasContext *m_context;
    QLineEdit *m_search;
    QToolButton *m_categoryButtons[4];
    QToolButton *m_bookmarked;
    QComboBox *m_kind;
    ActorPicker *m_actors;
    QLabel *m_yearLabel;
    QSpinBox *m_yearFrom;
    QSpinBox *m_yearTo;
    QWidget *m_chipRow;
    QHBoxLayout *m_chipLayout;
    QToolButton *m_clearAll;
    QTimer *m_searchDelay;
    QString m_preedit; // Korean IME: the syllable being composed, not yet in the line edit's text
    bool m_updating = false;
};

} // namespace Atlas
