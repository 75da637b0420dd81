// Keychain suites run against a real gnome-keyring in a D-Bus session of
// their own: the suite re-executes itself inside `dbus-run-session` after
// unlocking a fresh keyring, with a temporary HOME, so no test touches the
// user's keyring and none falls back to plain text. Without the tools the
// suite skips, except under CI=true, where it fails.
#pragma once

#include <QProcessEnvironment>
#include <QString>

namespace outreach::test::keyring {

// Set in the re-executed suite.
inline constexpr const char *SessionFlag = "OUTREACH_KEYRING_SESSION";

bool insideSession();
// The current environment with HOME and the XDG folders under `home`, and
// neither a session bus nor any secret from the environment.
QProcessEnvironment isolatedEnvironment(const QString &home);
// Runs this executable again inside a private keyring session and returns
// its exit code; `suite` names it in the FAIL/SKIP line.
int relaunchInSession(int argc, char *argv[], const char *suite);

} // namespace outreach::test::keyring
