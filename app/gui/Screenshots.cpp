#include "Screenshots.h"

#include "ImportDialog.h"
#include "MainWindow.h"
#include "MessagesPane.h"
#include "VariantEditor.h"

#include <QApplication>
#include <QDir>
#include <QTabWidget>
#include <QTableView>

using namespace Qt::StringLiterals;

namespace outreach {

void takeScreenshots(Database &db, MainWindow &window, const QString &directory)
{
    QDir().mkpath(directory);
    window.resize(1360, 820);
    window.tabs()->setCurrentIndex(0);
    QApplication::processEvents();
    window.grab().save(directory + u"/main-window.png"_s);

    window.tabs()->setCurrentWidget(window.messagesPane());
    if (window.messagesPane()->model()->rowCount() > 0)
        window.messagesPane()->view()->setCurrentIndex(window.messagesPane()->model()->index(0, 0));
    QApplication::processEvents();
    window.grab().save(directory + u"/messages.png"_s);
    window.messagesPane()->editor()->grab().save(directory + u"/variant-editor.png"_s);

    ImportDialog dialog(db, u":/demo/leads.csv"_s, &window);
    dialog.resize(980, 520);
    dialog.show();
    QApplication::processEvents();
    dialog.grab().save(directory + u"/import-dialog.png"_s);
    dialog.close();
}

} // namespace outreach
