// Every question and file chooser the UI shows goes through here, so a test
// can answer it ahead of time instead of blocking on a modal dialog.
#pragma once

#include <QCoreApplication>
#include <QStringList>

class QWidget;

namespace outreach {

class Prompt
{
    Q_DECLARE_TR_FUNCTIONS(Prompt)
public:
    // Index of the chosen button, -1 when the dialog was dismissed.
    static int choose(QWidget *parent, const QString &title, const QString &text, const QStringList &buttons,
                      int defaultIndex = 0);
    static bool confirm(QWidget *parent, const QString &title, const QString &text,
                        const QString &confirmLabel);
    static void error(QWidget *parent, const QString &title, const QString &text);
    static QString openFileName(QWidget *parent, const QString &caption, const QString &filter);
    static QString saveFileName(QWidget *parent, const QString &caption, const QString &suggested,
                                const QString &filter);

    // For tests: answers given in order to the next questions / file choosers.
    static void setNextAnswers(const QList<int> &answers);
    static void setNextFileNames(const QStringList &names);
    // For tests: what was asked, newest last.
    static QStringList askedTexts();
    static void clearAsked();
};

} // namespace outreach
