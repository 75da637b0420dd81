// One of the three variants in the editor: tone, subject (when the channel
// has one), body, live length counters against the channel's rules, the
// generation flags, and Copy / Pin / Regenerate.
#pragma once

#include "Message.h"
#include "channels/ChannelRules.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QToolButton;

namespace outreach {

class VariantPanel : public QWidget
{
    Q_OBJECT
public:
    explicit VariantPanel(int index, QWidget *parent = nullptr);

    int index() const { return m_index; }
    void setRules(const ChannelRules &rules);
    // Shows a stored variant; does not count as an edit.
    void showVariant(const Variant *variant, bool pinned);
    void showFlags(const Variant *variant, bool pinned);
    std::optional<QString> subject() const;
    QString body() const;
    QPlainTextEdit *bodyEdit() const { return m_body; }
    QLineEdit *subjectEdit() const { return m_subject; }
    QLabel *bodyCounter() const { return m_bodyCounter; }

signals:
    void textEdited(int index);
    void editingFinished(int index); // focus left the panel's editors
    void copyRequested(int index);
    void pinRequested(int index);
    void regenerateRequested(int index);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void updateCounters();
    static void showCheck(QLabel *label, const LengthCheck &check, bool sms);
    void fitFooter();

    int m_index;
    ChannelRules m_rules;
    bool m_loading = false;
    QLabel *m_tone;
    QLabel *m_flags;
    QLineEdit *m_subject;
    QLabel *m_subjectCounter;
    QPlainTextEdit *m_body;
    QLabel *m_bodyCounter;
    QToolButton *m_copy;
    QToolButton *m_pin;
    QToolButton *m_regenerate;
};

} // namespace outreach
