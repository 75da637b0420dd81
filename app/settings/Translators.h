// Loads the UI language at start: the one chosen in the settings, else the
// system locale. Our strings come from the .qm files embedded in outreach_ui
// (resource prefix /i18n), Qt's own (dialog buttons) from the Qt install.
#pragma once

#include <QLocale>
#include <QString>

class QCoreApplication;

namespace outreach {

class AppSettings;

// The locale for a language setting ("" = the system's).
QLocale uiLocale(const QString &language);

// Installs translators on app (parented to it) and makes the chosen locale
// the default, so numbers, percentages and dates follow it. Returns the
// language loaded ("de", or "en" when no translation applies). Call after
// the QApplication exists and before any window is created.
QString installTranslators(QCoreApplication &app, const AppSettings &settings);
QString installTranslators(QCoreApplication &app, const QString &language);

} // namespace outreach
