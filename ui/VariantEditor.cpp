#include "VariantEditor.h"

#include "DisplayNames.h"

#include "Prompt.h"
#include "VariantPanel.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QPlainTextEdit>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace outreach {

VariantEditor::VariantEditor(MessageListModel *model, QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_undoStack(undoStack)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    for (int i = 0; i < kVariantCount; ++i) {
        auto *panel = new VariantPanel(i, this);
        m_panels[std::size_t(i)] = panel;
        layout->addWidget(panel, 1);
        auto *timer = new QTimer(this);
        timer->setSingleShot(true);
        timer->setInterval(kSaveDelayMs);
        m_saveTimers[std::size_t(i)] = timer;
        connect(timer, &QTimer::timeout, this, [this, i] { commit(i); });
        connect(panel, &VariantPanel::textEdited, timer, qOverload<>(&QTimer::start));
        connect(panel, &VariantPanel::editingFinished, this, &VariantEditor::commit);
        connect(panel, &VariantPanel::copyRequested, this, &VariantEditor::copyVariant);
        connect(panel, &VariantPanel::pinRequested, this, &VariantEditor::pinVariant);
        connect(panel, &VariantPanel::regenerateRequested, this,
                [this](int index) { emit regenerateRequested(m_messageId, index); });
    }
    // Undo, redo and reloads change the stored text: show it if it is ours.
    connect(m_model, &MessageListModel::variantChanged, this, [this](qint64 messageId, int index) {
        if (messageId != m_messageId)
            return;
        const auto *row = m_model->messageById(messageId);
        const VariantText shown{m_panels[std::size_t(index)]->subject(),
                                m_panels[std::size_t(index)]->body()};
        if (!row || index >= row->message.variants.size())
            return;
        const Variant &v = row->message.variants.at(index);
        VariantPanel *panel = m_panels[std::size_t(index)];
        const bool pinned = row->message.pinned && row->message.assignedVariant == index;
        // After our own save the text is already shown: keep the cursor where it is.
        if (VariantText{shown.subject ? v.subject : std::nullopt, v.body} != shown)
            panel->showVariant(&v, pinned);
        else
            panel->showFlags(&v, pinned);
    });
    connect(m_model, &MessageListModel::messageReloaded, this, [this](qint64 messageId) {
        if (messageId == m_messageId)
            reloadPanels();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (!m_model->messageById(m_messageId))
            setMessage(0);
    });
}

void VariantEditor::setCampaign(const Campaign &campaign)
{
    const ChannelRules rules = ChannelRules::forCampaign(campaign);
    for (auto *panel : m_panels)
        panel->setRules(rules);
}

void VariantEditor::setMessage(qint64 messageId)
{
    if (messageId == m_messageId)
        return;
    commitPending();
    m_messageId = messageId;
    reloadPanels();
}

void VariantEditor::reloadPanels()
{
    const auto *row = m_model->messageById(m_messageId);
    for (int i = 0; i < kVariantCount; ++i) {
        m_saveTimers[std::size_t(i)]->stop();
        const Variant *v = row && i < row->message.variants.size() ? &row->message.variants.at(i) : nullptr;
        m_panels[std::size_t(i)]->showVariant(v, row && row->message.pinned &&
                                                     row->message.assignedVariant == i);
    }
}

void VariantEditor::commitPending()
{
    for (int i = 0; i < kVariantCount; ++i) {
        if (m_saveTimers[std::size_t(i)]->isActive())
            commit(i);
    }
}

void VariantEditor::focusVariant(int index)
{
    if (index >= 0 && index < kVariantCount)
        m_panels[std::size_t(index)]->bodyEdit()->setFocus(Qt::ShortcutFocusReason);
}

void VariantEditor::commit(int index)
{
    m_saveTimers[std::size_t(index)]->stop();
    const auto *row = m_model->messageById(m_messageId);
    if (!row || index >= row->message.variants.size() || m_resolving)
        return;
    const Variant &stored = row->message.variants.at(index);
    VariantPanel *panel = m_panels[std::size_t(index)];
    const VariantText before{stored.subject, stored.body};
    VariantText after{panel->subject(), panel->body()};
    if (!after.subject)
        after.subject = stored.subject; // channels without subject keep what is stored
    if (after == before)
        return;
    m_undoStack->push(new EditVariantCommand(m_model, m_messageId, index, before, after,
                                             [this](qint64 id, int k, const VariantText &text,
                                                    const DbError &e) { onWriteFailed(id, k, text, e); }));
    emit statusMessage(tr("Saved the %1 variant.").arg(displayName(toneOfIndex(index))));
}

void VariantEditor::onWriteFailed(qint64 messageId, int index, const VariantText &text, const DbError &error)
{
    // Runs after the undo stack has finished with the failed command.
    QMetaObject::invokeMethod(
        this,
        [this, messageId, index, text, error] {
            if (error.kind != DbError::Kind::Conflict) {
                Prompt::error(this, tr("Could not save the variant"), error.message);
                (void)m_model->reloadMessage(messageId);
                return;
            }
            m_resolving = true;
            const int choice =
                Prompt::choose(this, tr("Someone else changed this variant"),
                               tr("%1\n\nKeep their text, or save yours over it?").arg(error.message),
                               {tr("Reload theirs"), tr("Overwrite with mine")}, 0);
            m_resolving = false;
            auto theirs = m_model->reloadMessage(messageId); // shows their text and version
            if (choice != 1 || !theirs)
                return;
            const auto *row = m_model->messageById(messageId);
            if (!row || index >= row->message.variants.size())
                return;
            const Variant &stored = row->message.variants.at(index);
            m_undoStack->push(
                new EditVariantCommand(m_model, messageId, index, {stored.subject, stored.body}, text,
                                       [this](qint64 id, int k, const VariantText &t, const DbError &e) {
                                           onWriteFailed(id, k, t, e);
                                       }));
        },
        Qt::QueuedConnection);
}

void VariantEditor::copyVariant(int index)
{
    VariantPanel *panel = m_panels[std::size_t(index)];
    const auto subject = panel->subject();
    QString text = panel->body();
    if (subject && !subject->isEmpty())
        text = tr("Subject: %1").arg(*subject) + u"\n\n"_s + text;
    QApplication::clipboard()->setText(text);
    emit statusMessage(tr("Copied the %1 variant.").arg(displayName(toneOfIndex(index))));
}

void VariantEditor::pinVariant(int index)
{
    if (m_messageId <= 0)
        return;
    commitPending();
    const auto status = m_model->pinVariant(m_messageId, index);
    if (!status)
        Prompt::error(this, tr("Could not pin the variant"), status.errorMessage());
    else
        emit statusMessage(
            tr("This lead gets the %1 variant in the A/B test.").arg(displayName(toneOfIndex(index))));
}

} // namespace outreach
