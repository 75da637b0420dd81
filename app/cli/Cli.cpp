#include "Cli.h"
#include "text/TerminalText.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>
#include <cmath>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace outreach::cli {

QList<Command> &Registry::commands()
{
    static QList<Command> list;
    return list;
}

Registrar::Registrar(QStringList words, QString synopsis, QString summary, std::function<int(Context &)> run)
{
    Registry::commands().append(
        Command{std::move(words), std::move(synopsis), std::move(summary), std::move(run)});
}

Context::Context(QStringList arguments, QString program)
    : m_arguments(std::move(arguments))
    , m_program(std::move(program))
{}

bool Context::parse(QCommandLineParser &parser, const QStringList &positionalNames, int optionalPositionals)
{
    parser.addOption({u"db"_s,
                      QCoreApplication::translate("Cli", "Database URL: sqlite:PATH, a path, or "
                                                         "postgresql://user@host:port/db."),
                      u"url"_s});
    parser.addOption({u"json"_s, QCoreApplication::translate("Cli", "Print one JSON document on stdout.")});
    parser.addOption({{u"h"_s, u"help"_s}, QCoreApplication::translate("Cli", "Show this help.")});
    for (const QString &name : positionalNames)
        parser.addPositionalArgument(name, QString());
    if (!parser.parse(m_arguments)) {
        error(parser.errorText());
        error(QCoreApplication::translate("Cli", "See outreach %1 --help.").arg(m_program));
        return false;
    }
    if (parser.isSet(u"help"_s)) {
        print(parser.helpText().replace(QCoreApplication::applicationFilePath(), u"outreach "_s + m_program));
        m_helpShown = true;
        return false;
    }
    m_json = parser.isSet(u"json"_s);
    if (parser.isSet(u"db"_s) && parser.value(u"db"_s).trimmed().isEmpty()) {
        error(QCoreApplication::translate("Cli", "outreach %1: --db needs a database URL or path, not \"\".")
                  .arg(m_program));
        return false;
    }
    m_dbUrl = Database::resolveUrl(parser.value(u"db"_s));
    m_positional = parser.positionalArguments();
    const qsizetype required = positionalNames.size() - optionalPositionals;
    if (m_positional.size() < required || m_positional.size() > positionalNames.size()) {
        error(QCoreApplication::translate(
                  "Cli", "outreach %1: expected %2, got %3 argument(s). See outreach %1 --help.")
                  .arg(m_program, positionalNames.join(u' '))
                  .arg(m_positional.size()));
        return false;
    }
    return true;
}

Database *Context::database()
{
    if (m_db)
        return m_db.get();
    auto db = Database::openAndMigrate(m_dbUrl);
    if (!db) {
        m_databaseInputRefused = db.error().kind == DbError::Kind::Invalid;
        error(db.errorMessage());
        return nullptr;
    }
    m_db = std::move(db).value();
    return m_db.get();
}

void Context::printJson(const QJsonValue &value) const
{
    QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    const QByteArray bytes = doc.toJson(QJsonDocument::Indented);
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stdout);
    std::fflush(stdout);
}

void Context::print(const QString &text) const
{
    // Everything printed for humans passes here, lead data included: no
    // escape sequence from a CSV cell may reach the terminal.
    const QByteArray bytes = TerminalText::neutralized(text).toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stdout);
    std::fflush(stdout);
}

void Context::error(const QString &text) const
{
    const QByteArray bytes = TerminalText::neutralized(text).toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stderr);
    std::fflush(stderr);
}

void Context::progress(const QString &text) const
{
    error(text);
}

void Context::finish(int code) const
{
    // Queued so a command can call finish() from inside a signal handler.
    QTimer::singleShot(0, qApp, [code] { QCoreApplication::exit(code); });
}

std::optional<qint64> Context::integerOption(const QCommandLineParser &parser, const QString &name,
                                             qint64 min, qint64 max) const
{
    bool ok = false;
    const qint64 value = parser.value(name).toLongLong(&ok);
    if (!ok || value < min || value > max) {
        error(QCoreApplication::translate("Cli", "--%1 must be a whole number from %2 to %3, not \"%4\".")
                  .arg(name)
                  .arg(min)
                  .arg(max)
                  .arg(parser.value(name)));
        return std::nullopt;
    }
    return value;
}

std::optional<double> Context::numberOption(const QCommandLineParser &parser, const QString &name, double min,
                                            double max) const
{
    bool ok = false;
    const double value = parser.value(name).toDouble(&ok);
    // NaN passes every comparison and infinity means "no limit": neither is a number here.
    if (!ok || !std::isfinite(value) || value < min || value > max) {
        error(QCoreApplication::translate("Cli", "--%1 must be a number from %2 to %3, not \"%4\".")
                  .arg(name)
                  .arg(min)
                  .arg(max)
                  .arg(parser.value(name)));
        return std::nullopt;
    }
    return value;
}

std::optional<qint64> Context::idArgument(const QString &text, const QString &what) const
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id <= 0) {
        error(QCoreApplication::translate("Cli", "\"%1\" is not a %2 id (a positive whole number).")
                  .arg(text, what));
        return std::nullopt;
    }
    return id;
}

std::optional<qint64> Context::parseId(QCommandLineParser &parser, const QString &positionalName,
                                       const QString &what)
{
    if (!parse(parser, {positionalName}))
        return std::nullopt;
    return idArgument(m_positional.at(0), what);
}

int Context::fail(const DbError &dbError) const
{
    error(dbError.message);
    return exitCodeFor(dbError);
}

QString cell(const QString &text)
{
    return TerminalText::neutralized(text, TerminalText::Lines::Escape);
}

int exitCodeFor(const DbError &error)
{
    return error.kind == DbError::Kind::NotFound || error.kind == DbError::Kind::Invalid ? Usage : Failure;
}

} // namespace outreach::cli
