#include "KeyringSession.h"

#include <QCoreApplication>
#include <QProcess>
#include <QStandardPaths>
#include <QStringList>
#include <QTemporaryDir>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace outreach::test::keyring {

bool insideSession()
{
    return qEnvironmentVariableIsSet(SessionFlag);
}

QProcessEnvironment isolatedEnvironment(const QString &home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"HOME"_s, home);
    env.insert(u"XDG_DATA_HOME"_s, home + u"/.local/share"_s);
    env.insert(u"XDG_CONFIG_HOME"_s, home + u"/.config"_s);
    env.insert(u"XDG_CACHE_HOME"_s, home + u"/.cache"_s);
    env.insert(u"XDG_RUNTIME_DIR"_s, home);
    for (const auto name :
         {u"DBUS_SESSION_BUS_ADDRESS", u"GNOME_KEYRING_CONTROL", u"CEREBRAS_API_KEY", u"OUTREACH_API_KEY",
          u"OUTREACH_SMTP_PASSWORD", u"OUTREACH_IMAP_PASSWORD", u"OUTREACH_TWILIO_TOKEN"})
        env.remove(QString::fromUtf16(name));
    return env;
}

int relaunchInSession(int argc, char *argv[], const char *suite)
{
    const QString dbusRunSession = QStandardPaths::findExecutable(u"dbus-run-session"_s);
    const QString keyringDaemon = QStandardPaths::findExecutable(u"gnome-keyring-daemon"_s);
    if (dbusRunSession.isEmpty() || keyringDaemon.isEmpty()) {
        const char *why = "dbus-run-session or gnome-keyring-daemon is not installed";
        if (qEnvironmentVariable("CI") == u"true") {
            std::printf("FAIL!  : %s: %s (required under CI=true)\n", suite, why);
            return 1;
        }
        std::printf("SKIP   : %s: %s\n", suite, why);
        return 0;
    }
    QTemporaryDir home;
    if (!home.isValid()) {
        std::printf("FAIL!  : %s: cannot create a temporary HOME\n", suite);
        return 1;
    }
    QProcessEnvironment env = isolatedEnvironment(home.path());
    env.insert(QString::fromLatin1(SessionFlag), u"1"_s);
    QStringList arguments{
        u"--"_s, u"sh"_s, u"-c"_s,
        u"echo -n pass | gnome-keyring-daemon --unlock --components=secrets >/dev/null; exec \"$0\" \"$@\""_s,
        QCoreApplication::applicationFilePath()};
    for (int i = 1; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    QProcess session;
    session.setProcessChannelMode(QProcess::ForwardedChannels);
    session.setProcessEnvironment(env);
    session.start(dbusRunSession, arguments);
    if (!session.waitForStarted() || !session.waitForFinished(-1))
        return 1;
    return session.exitStatus() == QProcess::NormalExit ? session.exitCode() : 1;
}

} // namespace outreach::test::keyring
