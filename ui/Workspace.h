// The application object behind the window: one open database and the
// MainWindow over it, the settings wired to generation, and the switch to
// another database (a new window on the new database, refused while a run
// goes on). main() only builds one and opens the start database.
#pragma once

#include <QObject>
#include <QString>
#include <functional>
#include <memory>

namespace outreach {

class AppSettings;
class Database;
class MainWindow;
class SecretStore;

class Workspace : public QObject
{
    Q_OBJECT
public:
    Workspace(AppSettings &settings, SecretStore &secrets, QObject *parent = nullptr);
    ~Workspace() override;

    // Opens and migrates the database, seeds the demo data into an empty
    // one and shows a window on it, replacing the previous window and
    // database. False (after telling the user) when it cannot be opened;
    // the previous window then stays.
    bool open(const QString &url);
    // The same after completing the URL with a PostgreSQL password from the
    // keychain (asynchronous); done(ok) reports the outcome.
    void openWithStoredPassword(const QString &url, std::function<void(bool)> done = {});
    // Opens another database unless messages are being generated (then the
    // generation panel says why and this returns false). The switch happens
    // once control is back in the event loop: opened() or openFailed() follows.
    bool switchTo(const QString &url);

    MainWindow *window() const { return m_window.get(); }
    Database *database() const { return m_db.get(); }
    // The demo campaign seeded by the last open(), 0 when nothing was seeded.
    qint64 demoCampaignId() const { return m_demoCampaignId; }

signals:
    void opened();
    void openFailed(const QString &why);

private:
    void wire(MainWindow &window);

    AppSettings &m_settings;
    SecretStore &m_secrets;
    qint64 m_demoCampaignId = 0;
    // The window goes before its database (members are destroyed in reverse).
    std::unique_ptr<Database> m_db;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace outreach
