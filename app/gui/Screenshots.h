// Writes the documentation screenshots (main window, variant editor, import
// dialog) of a running window into a directory, then quits.
#pragma once

#include <QString>

namespace outreach {

class Database;
class MainWindow;

void takeScreenshots(Database &db, MainWindow &window, const QString &directory);
// The Messages tab and the generation panel while a run is going on.
void takeGenerationScreenshot(MainWindow &window, const QString &directory);
// Generates the campaign (the current one when 0) slowly enough to be caught
// mid-run, writes every screenshot and quits the application.
void startScreenshotRun(MainWindow &window, const QString &directory, qint64 campaignId);
// Creates an SMS campaign over the demo leads, generates it offline and
// writes its Messages tab at 1280 x 800 to `path` (in the UI language of
// the run: the docs show it in German), then quits.
void startSmsScreenshotRun(MainWindow &window, const QString &path);

} // namespace outreach
