// Undoable variant edit: redo and undo write the text through the message
// model (version-checked), so the undo history and the database agree.
#pragma once

#include "MessageListModel.h"

#include <QUndoCommand>
#include <functional>

namespace outreach {

struct VariantText
{
    std::optional<QString> subject;
    QString body;
    bool operator==(const VariantText &other) const = default;
};

class EditVariantCommand : public QUndoCommand
{
public:
    // Called when a write fails (a Conflict included) with the text that
    // could not be saved; the command then removes itself from the stack.
    using FailureHandler =
        std::function<void(qint64 messageId, int index, const VariantText &text, const DbError &)>;

    EditVariantCommand(MessageListModel *model, qint64 messageId, int index, VariantText before,
                       VariantText after, FailureHandler onFailure);

    void redo() override;
    void undo() override;
    int id() const override { return 1; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    void apply(const VariantText &text, bool edited);

    MessageListModel *m_model;
    qint64 m_messageId;
    int m_index;
    VariantText m_before;
    VariantText m_after;
    // Whether the variant counted as edited before this command: undoing
    // back to the generated text must not leave it marked "edited".
    bool m_beforeEdited = false;
    FailureHandler m_onFailure;
};

} // namespace outreach
