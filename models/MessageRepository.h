// Reads and writes campaign messages and their three variants. Generation
// results are saved in batches (one transaction each); variant edits are
// version-checked so a shared database never loses an edit silently.
#pragma once

#include "Database.h"
#include "Lead.h"
#include "Message.h"

#include <QList>

namespace outreach {

struct MessageFilter
{
    std::optional<GenerationStatus> status;
    int limit = -1;
    qint64 offset = 0;
};

// A message with the lead it was written for, for lists and exports.
struct MessageWithLead
{
    Message message;
    Lead lead;
};

class MessageRepository
{
public:
    explicit MessageRepository(Database &db)
        : m_db(db)
    {}

    DbResult<Message> get(qint64 id) const;
    DbResult<std::optional<Message>> find(qint64 campaignId, qint64 leadId) const;
    DbResult<QList<MessageWithLead>> list(qint64 campaignId, const MessageFilter &filter = {}) const;
    DbResult<qint64> count(qint64 campaignId, std::optional<GenerationStatus> status = std::nullopt) const;

    // Qualifying leads (LeadQualification: score >= minScore, the campaign
    // channel's contact, not excluded) that still need a message: none
    // stored yet, or (retryFailed) a failed one.
    DbResult<QList<Lead>> leadsToGenerate(qint64 campaignId, int minScore, bool retryFailed,
                                          int limit = -1) const;

    // Inserts or replaces the message for (campaign, lead) with its variants.
    // Cost and tokens accumulate across attempts so a retried lead is never
    // billed twice in the books. Call inside a Transaction for batches.
    DbStatus saveResult(Message &message);

    // Edits one variant's subject/body (marks it edited, or not: an undo
    // back to the generated text). Conflict if the variant's version is not
    // `expectedVersion`.
    DbResult<Variant> updateVariant(qint64 messageId, int index, const std::optional<QString> &subject,
                                    const QString &body, int expectedVersion, bool edited = true);
    // Replaces one variant's text after a regeneration (not marked edited).
    DbStatus replaceVariant(qint64 messageId, const Variant &variant);

    DbStatus setAssignedVariant(qint64 messageId, std::optional<int> index, bool pinned);
    DbStatus setStatus(qint64 messageId, GenerationStatus status);
    DbStatus setApproved(qint64 messageId, bool approved);

private:
    DbResult<QList<Variant>> variantsOf(qint64 messageId) const;
    DbStatus loadVariants(QList<Message *> messages) const;

    Database &m_db;
};

} // namespace outreach
