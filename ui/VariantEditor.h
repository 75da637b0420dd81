// The three variants of one message side by side. Typing is saved after a
// short pause or when focus leaves, as an undoable command; a save that meets
// someone else's newer edit asks the user which text wins.
#pragma once

#include "Campaign.h"
#include "VariantCommands.h"

#include <QTimer>
#include <QWidget>
#include <array>

class QUndoStack;

namespace outreach {

class VariantPanel;

class VariantEditor : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kSaveDelayMs = 600;

    VariantEditor(MessageListModel *model, QUndoStack *undoStack, QWidget *parent = nullptr);

    void setCampaign(const Campaign &campaign);
    void setMessage(qint64 messageId); // 0: nothing selected
    qint64 messageId() const { return m_messageId; }
    VariantPanel *panel(int index) const { return m_panels.at(std::size_t(index)); }
    // Saves any pending typing now (before switching message or closing).
    void commitPending();
    void focusVariant(int index);

signals:
    // Wired to the generation engine by the main window once it exists.
    void regenerateRequested(qint64 messageId, int index);
    void statusMessage(const QString &text);

private:
    void reloadPanels();
    void commit(int index);
    void copyVariant(int index);
    void pinVariant(int index);
    void onWriteFailed(qint64 messageId, int index, const VariantText &text, const DbError &error);

    MessageListModel *m_model;
    QUndoStack *m_undoStack;
    qint64 m_messageId = 0;
    std::array<VariantPanel *, kVariantCount> m_panels{};
    std::array<QTimer *, kVariantCount> m_saveTimers{};
    bool m_resolving = false;
};

} // namespace outreach
