#include "TemplateEdit.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QKeyEvent>
#include <QScrollBar>
#include <QStringListModel>
#include <QTextBlock>

using namespace Qt::StringLiterals;

namespace outreach {

TemplateEdit::TemplateEdit(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_completer(new QCompleter(this))
{
    m_completer->setModel(new QStringListModel(m_completer));
    m_completer->setWidget(this);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    setTabChangesFocus(true);
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this,
            &TemplateEdit::insertCompletion);
}

void TemplateEdit::setVariables(const QStringList &names)
{
    static_cast<QStringListModel *>(m_completer->model())->setStringList(names);
}

QString TemplateEdit::prefixBeforeCursor() const
{
    // The partial name after the last unclosed "{{" on this line, or null.
    const QTextCursor cursor = textCursor();
    const QString line = cursor.block().text().left(cursor.positionInBlock());
    const int open = int(line.lastIndexOf(u"{{"_s));
    if (open < 0 || line.indexOf(u"}}"_s, open) >= 0)
        return {};
    return line.mid(open + 2).trimmed();
}

void TemplateEdit::insertCompletion(const QString &name)
{
    QTextCursor cursor = textCursor();
    const QString prefix = prefixBeforeCursor();
    cursor.movePosition(QTextCursor::Left, QTextCursor::KeepAnchor, int(prefix.size()));
    cursor.insertText(name + u"}}"_s);
    setTextCursor(cursor);
}

void TemplateEdit::keyPressEvent(QKeyEvent *event)
{
    if (m_completer->popup()->isVisible()) {
        switch (event->key()) {
        case Qt::Key_Enter:
        case Qt::Key_Return:
        case Qt::Key_Escape:
        case Qt::Key_Tab:
        case Qt::Key_Backtab:
            event->ignore(); // the completer handles them
            return;
        default:
            break;
        }
    }
    const bool forced = event->key() == Qt::Key_Space && (event->modifiers() & Qt::ControlModifier);
    if (!forced)
        QPlainTextEdit::keyPressEvent(event);
    const QString prefix = prefixBeforeCursor();
    if (prefix.isNull()) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->setCompletionPrefix(prefix);
    m_completer->popup()->setCurrentIndex(m_completer->completionModel()->index(0, 0));
    QRect rect = cursorRect();
    rect.setWidth(m_completer->popup()->sizeHintForColumn(0) +
                  m_completer->popup()->verticalScrollBar()->sizeHint().width());
    m_completer->complete(rect);
}

} // namespace outreach
