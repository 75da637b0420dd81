// The `outreach` command-line tool's frame: a table of commands that register
// themselves, and the context each command runs in (database, --json output,
// diagnostics on stderr, exit codes 0 ok / 1 runtime failure / 2 bad usage or
// input). Commands are thin: the work is done by app/ and models/.
#pragma once

#include "Database.h"

#include <QCommandLineParser>
#include <QJsonValue>
#include <functional>
#include <memory>

namespace outreach::cli {

enum Exit { Success = 0, Failure = 1, Usage = 2, Pending = -1 };

class Context
{
public:
    explicit Context(QStringList arguments, QString program);

    // Adds --db, --json and --help, parses, and checks the positional count.
    // Prints the problem and returns false on bad usage (exit 2).
    // After --help it prints the help and returns false with parseExit() 0.
    bool parse(QCommandLineParser &parser, const QStringList &positionalNames, int optionalPositionals = 0);
    int parseExit() const { return m_helpShown ? Success : Usage; }
    QStringList positional() const { return m_positional; }
    bool json() const { return m_json; }

    // The database (opened and migrated on first use); nullptr after
    // printing the error.
    Database *database();
    // database() failed on the user's input (a bad URL, a missing folder):
    // the frame turns the command's exit 1 into 2.
    bool databaseInputRefused() const { return m_databaseInputRefused; }
    QString dbUrl() const { return m_dbUrl; }

    void printJson(const QJsonValue &value) const;
    void print(const QString &text) const;    // stdout
    void error(const QString &text) const;    // stderr
    void progress(const QString &text) const; // stderr, one line

    // For asynchronous commands that returned Pending.
    void finish(int code) const;

    // Parses a whole number option; prints and returns nullopt when invalid.
    std::optional<qint64> integerOption(const QCommandLineParser &parser, const QString &name, qint64 min,
                                        qint64 max) const;
    std::optional<double> numberOption(const QCommandLineParser &parser, const QString &name, double min,
                                       double max) const;

    // A positive whole-number id ("campaign", "message"); prints and returns
    // nullopt when it is not one.
    std::optional<qint64> idArgument(const QString &text, const QString &what) const;
    // parse() for a command whose one argument is an id; on nullopt return
    // parseExit() (0 after --help, else 2).
    std::optional<qint64> parseId(QCommandLineParser &parser, const QString &positionalName,
                                  const QString &what);
    // Prints a data-layer error and returns its exit code.
    int fail(const DbError &error) const;

    const QStringList &arguments() const { return m_arguments; }
    QString commandName() const { return m_program; }

private:
    QStringList m_arguments; // program name + the command's own arguments
    QString m_program;
    QStringList m_positional;
    QString m_dbUrl;
    bool m_json = false;
    bool m_helpShown = false;
    bool m_databaseInputRefused = false;
    std::unique_ptr<Database> m_db;
};

// Exit code for a data-layer error: a missing or refused thing is the
// user's input (2), anything else a runtime failure (1).
int exitCodeFor(const DbError &error);

// One value in one line of a table: line breaks and tabs shown as \n and \t
// (print() neutralizes the other control characters of every line).
QString cell(const QString &text);

struct Command
{
    QStringList words; // e.g. {"leads", "import"}
    QString synopsis;  // arguments, for help
    QString summary;
    std::function<int(Context &)> run; // returns an Exit code, or Pending
};

class Registry
{
public:
    static QList<Command> &commands();
};

// Defined at namespace scope in each command file:
//   static const Registrar leadsImport({u"leads"_s, u"import"_s}, ..., &run);
struct Registrar
{
    Registrar(QStringList words, QString synopsis, QString summary, std::function<int(Context &)> run);
};

} // namespace outreach::cli
