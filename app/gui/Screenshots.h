// Writes the documentation screenshots (main window, variant editor, import
// dialog) of a running window into a directory, then quits.
#pragma once

#include <QString>

namespace outreach {

class Database;
class MainWindow;

void takeScreenshots(Database &db, MainWindow &window, const QString &directory);

} // namespace outreach
