#include "DatabaseSettingsPage.h"

#include "Database.h"
#include "Prompt.h"
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

DatabaseSettingsPage::DatabaseSettingsPage(SecretStore *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
{
    m_sqlite = new QRadioButton(tr("&SQLite file on this computer"));
    m_sqlite->setObjectName(u"sqliteRadio"_s);
    m_postgres = new QRadioButton(tr("&PostgreSQL server (shared by a team)"));
    m_postgres->setObjectName(u"postgresRadio"_s);
    auto *group = new QButtonGroup(this);
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
    auto *pgForm = new QFormLayout(pgPage);
    pgForm->setContentsMargins(0, 0, 0, 0);
    pgForm->addRow(tr("&Host:"), m_pgHost);
    pgForm->addRow(tr("P&ort:"), m_pgPort);
    pgForm->addRow(tr("&Database:", "database name on the server"), m_pgDatabase);
    pgForm->addRow(tr("&User:"), m_pgUser);
    pgForm->addRow(tr("Pass&word:"), m_pgPassword);

    m_stack = new QStackedWidget;
    m_stack->addWidget(sqlitePage);
    m_stack->addWidget(pgPage);

    m_test = new QPushButton(tr("T&est"));
    m_test->setObjectName(u"testDatabaseButton"_s);
    m_test->setToolTip(tr("Connect to the database and report its schema version"));
    m_result = new QLabel;
    m_result->setObjectName(u"databaseResultLabel"_s);
    m_result->setWordWrap(true);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_test);
    testRow->addWidget(m_result, 1);
    auto *note = new QLabel(tr("Switching the database reloads every pane. Nothing is copied between "
                               "databases."));
    note->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_sqlite);
    layout->addWidget(m_postgres);
    layout->addWidget(m_stack);
    layout->addLayout(testRow);
    layout->addWidget(note);
    layout->addStretch();

    connect(m_sqlite, &QRadioButton::toggled, this,
            [this](bool sqlite) { m_stack->setCurrentIndex(sqlite ? 0 : 1); });
    connect(choose, &QPushButton::clicked, this, [this] { chooseSqliteFile(false); });
    connect(create, &QPushButton::clicked, this, [this] { chooseSqliteFile(true); });
    connect(m_test, &QPushButton::clicked, this, &DatabaseSettingsPage::testDatabase);
}

void DatabaseSettingsPage::load(const AppSettings &settings)
{
    m_initialUrl = settings.databaseUrl();
    const QString stored = m_initialUrl;
    const auto url = DatabaseUrl::parse(stored.isEmpty() ? Database::defaultUrl() : stored);
    const bool postgres = url && !url->isSqlite();
    m_sqlite->setChecked(!postgres);
    m_postgres->setChecked(postgres);
    m_stack->setCurrentIndex(postgres ? 1 : 0);
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

void DatabaseSettingsPage::save(AppSettings &settings) const
{
    settings.setDatabaseUrl(databaseUrl());
}

QString DatabaseSettingsPage::typedPassword() const
{
    return m_postgres->isChecked() ? m_pgPassword->text() : QString();
}

bool DatabaseSettingsPage::changed() const
{
    return databaseUrl() != m_initialUrl || !typedPassword().isEmpty();
}

void DatabaseSettingsPage::storePassword(QObject *context, std::function<void(bool ok)> done)
{
    const QString password = typedPassword();
    if (password.isEmpty() || !m_store) {
        done(true);
        return;
    }
    m_store->write(AppSettings::databasePasswordKey(databaseUrl()), password, context,
                   [this, done](const SecretResult &r) {
                       if (!r.ok)
                           showResult(r.errorMessage, false);
                       done(r.ok);
                   });
}

QString DatabaseSettingsPage::databaseUrl() const
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

void DatabaseSettingsPage::chooseSqliteFile(bool createNew)
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
        showResult(tr("A new database is created at %1 when you press OK.").arg(path), true);
}

void DatabaseSettingsPage::showResult(const QString &text, bool ok)
{
    m_result->setText(text);
    QFont font = m_result->font();
    font.setBold(!ok);
    m_result->setFont(font);
}

void DatabaseSettingsPage::testDatabase()
{
    if (m_probeRunning) {
        // Cancel: the worker may still wait for the server; its answer is dropped.
        ++m_probeGeneration;
        m_probeRunning = false;
        m_test->setText(tr("T&est"));
        showResult(tr("Test cancelled."), true);
        emit databaseTested(false);
        return;
    }
    QString url = databaseUrl();
    if (url.isEmpty())
        url = Database::defaultUrl();
    m_test->setEnabled(false);
    showResult(tr("Connecting…"), true);
    auto connectNow = [this](const QString &full, const QString &keychainError) {
        const quint64 generation = ++m_probeGeneration;
        m_probeRunning = true;
        m_test->setText(tr("Cancel &test"));
        m_test->setEnabled(true);
        auto *watcher = new QFutureWatcher<DatabaseProbe>(this);
        connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation, keychainError] {
            watcher->deleteLater();
            if (generation != m_probeGeneration)
                return; // cancelled, or a newer test runs
            m_probeRunning = false;
            m_test->setText(tr("T&est"));
            const DatabaseProbe probe = watcher->result();
            if (!probe.ok) {
                QString text = probe.error;
                if (!keychainError.isEmpty())
                    text += u' ' + keychainError;
                showResult(text, false);
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
            showResult(text, true);
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
