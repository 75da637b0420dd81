#include "Prompt.h"

#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>

namespace outreach {

namespace {
struct Answers
{
    QList<int> choices;
    QStringList files;
    QStringList asked;
};
Answers &answers()
{
    static Answers instance;
    return instance;
}
} // namespace

int Prompt::choose(QWidget *parent, const QString &title, const QString &text, const QStringList &buttons,
                   int defaultIndex)
{
    answers().asked << text;
    if (!answers().choices.isEmpty())
        return answers().choices.takeFirst();
    QMessageBox box(parent);
    box.setIcon(QMessageBox::Question);
    box.setWindowTitle(title);
    box.setText(text);
    QList<QAbstractButton *> made;
    for (int i = 0; i < buttons.size(); ++i) {
        auto *button = box.addButton(buttons.at(i), QMessageBox::ActionRole);
        made << button;
        if (i == defaultIndex)
            box.setDefaultButton(button);
    }
    box.addButton(QMessageBox::Cancel);
    box.exec();
    return int(made.indexOf(box.clickedButton()));
}

bool Prompt::confirm(QWidget *parent, const QString &title, const QString &text, const QString &confirmLabel)
{
    return choose(parent, title, text, {confirmLabel}, 0) == 0;
}

void Prompt::error(QWidget *parent, const QString &title, const QString &text)
{
    answers().asked << text;
    if (!answers().choices.isEmpty()) {
        answers().choices.takeFirst();
        return;
    }
    QMessageBox::warning(parent, title, text);
}

QString Prompt::openFileName(QWidget *parent, const QString &caption, const QString &filter)
{
    if (!answers().files.isEmpty())
        return answers().files.takeFirst();
    return QFileDialog::getOpenFileName(parent, caption, {}, filter);
}

QString Prompt::saveFileName(QWidget *parent, const QString &caption, const QString &suggested,
                             const QString &filter)
{
    if (!answers().files.isEmpty())
        return answers().files.takeFirst();
    return QFileDialog::getSaveFileName(parent, caption, suggested, filter);
}

void Prompt::setNextAnswers(const QList<int> &list)
{
    answers().choices = list;
}

void Prompt::setNextFileNames(const QStringList &names)
{
    answers().files = names;
}

QStringList Prompt::askedTexts()
{
    return answers().asked;
}

void Prompt::clearAsked()
{
    answers().asked.clear();
}

} // namespace outreach
