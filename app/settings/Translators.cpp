#include "Translators.h"

#include "AppSettings.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace outreach {

QLocale uiLocale(const QString &language)
{
    return language.isEmpty() ? QLocale::system() : QLocale(language);
}

QString installTranslators(QCoreApplication &app, const AppSettings &settings)
{
    return installTranslators(app, settings.language());
}

QString installTranslators(QCoreApplication &app, const QString &language)
{
    const QLocale locale = uiLocale(language);
    QLocale::setDefault(locale);

    // English is the source language; its file only holds plural forms
    // ("1 model" / "2 models"), and it is the fallback for other languages.
    auto *ours = new QTranslator(&app);
    const bool translated =
        locale.language() != QLocale::English && ours->load(locale, u"outreach"_s, u"_"_s, u":/i18n"_s);
    if (!translated) {
        if (ours->load(u"outreach_en"_s, u":/i18n"_s))
            QCoreApplication::installTranslator(ours);
        else
            delete ours;
        return u"en"_s;
    }
    QCoreApplication::installTranslator(ours);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return QLocale::languageToCode(locale.language());
}

} // namespace outreach
