// Start-up baseline: the smallest Qt Widgets window of the same kind (a QMainWindow with a
// QTableView over a small model), quitting after its first paint, like the app does under
// ATLAS_QUIT_AFTER_FIRST_PAINT, and saying when it painted the same way.
#include <QApplication>
#include <QMainWindow>
#include <QStandardItemModel>
#include <QTableView>
#include <QDeadlineTimer>
#include <QTimer>

#include <cstdio>

namespace {
class QuitOnPaint : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_done) {
            m_done = true;
            QTimer::singleShot(0, qApp, [] {
                bool ok = false;
                const qint64 launched = qEnvironmentVariable("ATLAS_LAUNCH_NS").toLongLong(&ok);
                if (ok)
                    std::fprintf(stderr, "first-paint-ns %lld\n",
                                 static_cast<long long>(QDeadlineTimer::current(Qt::PreciseTimer).deadlineNSecs() - launched));
                QCoreApplication::quit();
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_done = false;
};
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    QStandardItemModel model(50, 5);
    for (int r = 0; r < 50; ++r) {
        for (int c = 0; c < 5; ++c)
            model.setItem(r, c, new QStandardItem(QStringLiteral("cell %1,%2").arg(r).arg(c)));
    }
    auto *table = new QTableView(&window);
    table->setModel(&model);
    window.setCentralWidget(table);
    window.resize(1280, 800);
    window.installEventFilter(new QuitOnPaint(&window));
    window.show();
    return app.exec();
}
