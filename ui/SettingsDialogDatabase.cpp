// The database page of SettingsDialog: an SQLite file or a PostgreSQL server
// whose password lives in the system keychain, and a "Test" that connects on
// a worker thread (an unreachable server must not freeze the window) and can
// be cancelled.
#include "Database.h"
#include "Prompt.h"
#include "SettingsDialog.h"
#include "secrets/SecretStore.h"
#include "settings/AppSettings.h"
#include "settings/DatabaseCredentials.h"

#include <QButtonGroup>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace outreach {

namespace {
struct DatabaseProbe
{
    bool ok = false;
    int version = 0;
    QString error;
};

// Runs on a worker thread: the connection is opened, read and closed there.
DatabaseProbe probeDatabase(const QString &url)
{
    DatabaseProbe probe;
    auto db = Database::open(url);
    if (!db.ok()) {
        probe.error = db.errorMessage();
        return probe;
    }
    const auto version = db.value()->schemaVersion();
    if (!version.ok()) {
        probe.error = version.errorMessage();
        return probe;
    }
    probe.ok = true;
    probe.version = *version;
    return probe;
}
} // namespace

QWidget *SettingsDialog::createDatabasePage()
{
    auto *page = new QWidget;
    m_sqlite = new QRadioButton(tr("&SQLite file on this computer"));
    m_sqlite->setObjectName(u"sqliteRadio"_s);
    m_postgres = new QRadioButton(tr("&PostgreSQL server (shared by a team)"));
    m_postgres->setObjectName(u"postgresRadio"_s);
    auto *group = new QButtonGroup(page);
    group->addButton(m_sqlite);
    group->addButton(m_postgres);

    auto *sqlitePage = new QWidget;
    m_sqlitePath = new QLineEdit;
    m_sqlitePath->setObjectName(u"sqlitePathEdit"_s);
    m_sqlitePath->setPlaceholderText(Database::defaultUrl());
    auto *choose = new QPushButton(tr("&Choose…"));
    choose->setObjectName(u"chooseSqliteButton"_s);
    auto *create = new QPushButton(tr("&New…", "new database file"));
    create->setObjectName(u"newSqliteButton"_s);
    auto *sqliteRow = new QHBoxLayout(sqlitePage);
    sqliteRow->setContentsMargins(0, 0, 0, 0);
    sqliteRow->addWidget(m_sqlitePath, 1);
    sqliteRow->addWidget(choose);
    sqliteRow->addWidget(create);

    auto *pgPage = new QWidget;
    m_pgHost = new QLineEdit;
    m_pgHost->setObjectName(u"pgHostEdit"_s);
    m_pgHost->setPlaceholderText(u"localhost"_s); // notr: a host name
    m_pgPort = new QSpinBox;
    m_pgPort->setObjectName(u"pgPortSpin"_s);
    m_pgPort->setRange(1, 65535);
    m_pgPort->setValue(5432);
    m_pgDatabase = new QLineEdit;
    m_pgDatabase->setObjectName(u"pgDatabaseEdit"_s);
    m_pgUser = new QLineEdit;
    m_pgUser->setObjectName(u"pgUserEdit"_s);
    m_pgPassword = new QLineEdit;
    m_pgPassword->setObjectName(u"pgPasswordEdit"_s);
    m_pgPassword->setEchoMode(QLineEdit::Password);
    m_pgPassword->setPlaceholderText(tr("Stored in the system keychain"));
    m_pgPasswordStatus = new QLabel;
    m_pgPasswordStatus->setWordWrap(true);
    auto *pgForm = new QFormLayout(pgPage);
    pgForm->setContentsMargins(0, 0, 0, 0);
    pgForm->addRow(tr("&Host:"), m_pgHost);
    pgForm->addRow(tr("P&ort:"), m_pgPort);
    pgForm->addRow(tr("&Database:", "database name on the server"), m_pgDatabase);
    pgForm->addRow(tr("&User:"), m_pgUser);
    pgForm->addRow(tr("Pass&word:"), m_pgPassword);
    pgForm->addRow(m_pgPasswordStatus);

    m_databaseStack = new QStackedWidget;
    m_databaseStack->addWidget(sqlitePage);
    m_databaseStack->addWidget(pgPage);

    m_testDatabase = new QPushButton(tr("T&est"));
    m_testDatabase->setObjectName(u"testDatabaseButton"_s);
    m_testDatabase->setToolTip(tr("Connect to the database and report its schema version"));
    m_databaseResult = new QLabel;
    m_databaseResult->setObjectName(u"databaseResultLabel"_s);
    m_databaseResult->setWordWrap(true);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_testDatabase);
    testRow->addWidget(m_databaseResult, 1);
    auto *note = new QLabel(tr("Switching the database reloads every pane. Nothing is copied between "
                               "databases."));
    note->setWordWrap(true);

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_sqlite);
    layout->addWidget(m_postgres);
    layout->addWidget(m_databaseStack);
    layout->addLayout(testRow);
    layout->addWidget(note);
    layout->addStretch();

    connect(m_sqlite, &QRadioButton::toggled, this,
            [this](bool sqlite) { m_databaseStack->setCurrentIndex(sqlite ? 0 : 1); });
    connect(choose, &QPushButton::clicked, this, [this] { chooseSqliteFile(false); });
    connect(create, &QPushButton::clicked, this, [this] { chooseSqliteFile(true); });
    connect(m_testDatabase, &QPushButton::clicked, this, &SettingsDialog::testDatabase);
    return page;
}

void SettingsDialog::updateDatabaseFields()
{
    const QString stored = m_initialDatabaseUrl;
    const auto url = DatabaseUrl::parse(stored.isEmpty() ? Database::defaultUrl() : stored);
    const bool postgres = url && !url->isSqlite();
    m_sqlite->setChecked(!postgres);
    m_postgres->setChecked(postgres);
    m_databaseStack->setCurrentIndex(postgres ? 1 : 0);
    if (!url)
        return;
    if (postgres) {
        m_pgHost->setText(url->host);
        m_pgPort->setValue(url->port);
        m_pgDatabase->setText(url->database);
        m_pgUser->setText(url->user);
    } else if (!stored.isEmpty()) {
        m_sqlitePath->setText(url->path);
    }
}

QString SettingsDialog::databaseUrl() const
{
    if (m_sqlite->isChecked()) {
        const QString path = m_sqlitePath->text().trimmed();
        return path.isEmpty() ? QString() : u"sqlite:"_s + path;
    }
    QUrl url;
    url.setScheme(u"postgresql"_s);
    url.setHost(m_pgHost->text().trimmed().isEmpty() ? u"localhost"_s : m_pgHost->text().trimmed());
    url.setPort(m_pgPort->value());
    url.setUserName(m_pgUser->text().trimmed());
    url.setPath(u"/"_s + m_pgDatabase->text().trimmed());
    return url.toString();
}

void SettingsDialog::chooseSqliteFile(bool createNew)
{
    const QString filter = tr("SQLite databases (*.sqlite *.db);;All files (*)");
    const QString path =
        createNew ? Prompt::saveFileName(this, tr("New database file"), u"outreach.sqlite"_s, filter)
                  : Prompt::openFileName(this, tr("Open database file"), filter);
    if (path.isEmpty())
        return;
    m_sqlite->setChecked(true);
    m_sqlitePath->setText(path);
    if (createNew)
        showDatabaseResult(tr("A new database is created at %1 when you press OK.").arg(path), true);
}

void SettingsDialog::showDatabaseResult(const QString &text, bool ok)
{
    m_databaseResult->setText(text);
    QFont font = m_databaseResult->font();
    font.setBold(!ok);
    m_databaseResult->setFont(font);
}

void SettingsDialog::testDatabase()
{
    if (m_databaseProbeRunning) {
        // Cancel: the worker may still wait for the server; its answer is dropped.
        ++m_databaseProbeGeneration;
        m_databaseProbeRunning = false;
        m_testDatabase->setText(tr("T&est"));
        showDatabaseResult(tr("Test cancelled."), true);
        emit databaseTested(false);
        return;
    }
    QString url = databaseUrl();
    if (url.isEmpty())
        url = Database::defaultUrl();
    m_testDatabase->setEnabled(false);
    showDatabaseResult(tr("Connecting…"), true);
    auto connectNow = [this](const QString &full, const QString &keychainError) {
        const quint64 generation = ++m_databaseProbeGeneration;
        m_databaseProbeRunning = true;
        m_testDatabase->setText(tr("Cancel &test"));
        m_testDatabase->setEnabled(true);
        auto *watcher = new QFutureWatcher<DatabaseProbe>(this);
        connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation, keychainError] {
            watcher->deleteLater();
            if (generation != m_databaseProbeGeneration)
                return; // cancelled, or a newer test runs
            m_databaseProbeRunning = false;
            m_testDatabase->setText(tr("T&est"));
            const DatabaseProbe probe = watcher->result();
            if (!probe.ok) {
                QString text = probe.error;
                if (!keychainError.isEmpty())
                    text += u' ' + keychainError;
                showDatabaseResult(text, false);
                emit databaseTested(false);
                return;
            }
            const int latest = Database::latestSchemaVersion();
            QString text;
            if (probe.version == 0)
                text = tr("Connected. The database is empty; it is set up when you switch to it.");
            else if (probe.version < latest)
                text = tr("Connected. Schema version %1; it is upgraded to %2 when you switch to it.")
                           .arg(probe.version)
                           .arg(latest);
            else
                text = tr("Connected. Schema version %1 (current).").arg(probe.version);
            showDatabaseResult(text, true);
            emit databaseTested(true);
        });
        watcher->setFuture(QtConcurrent::run([full] { return probeDatabase(full); }));
    };
    if (m_postgres->isChecked() && !m_pgPassword->text().isEmpty()) {
        connectNow(DatabaseCredentials::withPassword(url, m_pgPassword->text()), {});
        return;
    }
    DatabaseCredentials::complete(m_store, url, this, connectNow);
}

} // namespace outreach
