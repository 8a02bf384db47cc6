#pragma once

#include <QObject>

#include <functional>

class QWidget;

namespace Atlas {

// Refreshes a page of the main window only while someone can see it. A filter change asks for a
// refresh through request(): a visible page refreshes at once, a hidden page of a shown window
// (another page is current) only marks itself stale and refreshes when it is shown again. A page
// that is not in a shown window (a test, an export) refreshes at once, as before.
class DeferredRefresh : public QObject
{
    Q_OBJECT

public:
    DeferredRefresh(QWidget *page, std::function<void()> refresh);

    bool isStale() const { return m_stale; }
    // True while `page` is hidden although its window shows: what it would draw is not seen.
    static bool isHiddenPage(const QWidget *page);

public slots:
    void request();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *m_page;
    std::function<void()> m_refresh;
    bool m_stale = false;
};

} // namespace Atlas
