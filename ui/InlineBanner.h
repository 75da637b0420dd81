// One inline banner for every "something here needs you" message, shown
// where it happened instead of in a message box (as KeePassXC's
// MessageWidget): an icon for its kind, wrapped selectable text, action
// buttons on the right and, when dismissible, a ✕ that hides it. A newer
// message replaces the text instead of stacking up. Used by the generation
// panel, the analytics sample-ratio warning, a failed message's page and
// the main window's inbox sync problems.
#pragma once

#include <QFrame>

class QHBoxLayout;
class QLabel;
class QPushButton;
class QToolButton;

namespace outreach {

class InlineBanner : public QFrame
{
    Q_OBJECT
public:
    enum class Kind { Information, Warning, Error };

    explicit InlineBanner(QWidget *parent = nullptr);

    void setKind(Kind kind);
    Kind kind() const { return m_kind; }
    void setText(const QString &text);
    QString text() const;
    QLabel *textLabel() const { return m_text; }
    // A button right of the text, in the order added.
    QPushButton *addButton(const QString &text, const QString &objectName = QString());
    // Shows a ✕ that hides the banner and emits dismissed().
    void setDismissible(bool dismissible);
    QToolButton *dismissButton() const { return m_dismiss; }

public slots:
    // Sets kind and text and shows the banner.
    void showMessage(const QString &text, outreach::InlineBanner::Kind kind);
    // Hides it and forgets the text.
    void dismiss();

signals:
    void dismissed();

private:
    Kind m_kind = Kind::Warning;
    QLabel *m_icon;
    QLabel *m_text;
    QHBoxLayout *m_buttons;
    QToolButton *m_dismiss;
};

} // namespace outreach
