#include "VariantCommands.h"
#include "DisplayNames.h"

#include <QCoreApplication>

namespace outreach {

EditVariantCommand::EditVariantCommand(MessageListModel *model, qint64 messageId, int index,
                                       VariantText before, VariantText after, FailureHandler onFailure)
    : m_model(model)
    , m_messageId(messageId)
    , m_index(index)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_onFailure(std::move(onFailure))
{
    if (const auto *row = model->messageById(messageId); row && index < row->message.variants.size())
        m_beforeEdited = row->message.variants.at(index).edited;
    setText(QCoreApplication::translate("EditVariantCommand", "Edit %1 variant")
                .arg(displayName(toneOfIndex(index))));
}

void EditVariantCommand::redo()
{
    apply(m_after, true);
}

void EditVariantCommand::undo()
{
    apply(m_before, m_beforeEdited);
}

void EditVariantCommand::apply(const VariantText &text, bool edited)
{
    const auto result = m_model->writeVariant(m_messageId, m_index, text.subject, text.body, edited);
    if (result)
        return;
    // A failed write must not stay in the history as if it had happened.
    setObsolete(true);
    if (m_onFailure)
        m_onFailure(m_messageId, m_index, text, result.error());
}

bool EditVariantCommand::mergeWith(const QUndoCommand *other)
{
    // Typing pauses make several saves of one variant; undo takes them back
    // one by one, which is what a user expects after a pause, so no merging.
    Q_UNUSED(other);
    return false;
}

} // namespace outreach
