// A template text editor that completes {{variables}}: typing "{{" or
// Ctrl+Space offers the known variable names.
#pragma once

#include <QPlainTextEdit>

class QCompleter;

namespace outreach {

class TemplateEdit : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit TemplateEdit(QWidget *parent = nullptr);
    void setVariables(const QStringList &names);
    QCompleter *completer() const { return m_completer; }

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    QString prefixBeforeCursor() const;
    void insertCompletion(const QString &name);

    QCompleter *m_completer;
};

} // namespace outreach
