#include "ActivationReview.h"

#include "MessageRepository.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace outreach {

QString ActivationReview::warningText() const
{
    QStringList parts;
    if (unapproved > 0)
        parts << QCoreApplication::translate("AbTest", "%n generated message(s) are not approved yet.",
                                             nullptr, int(unapproved));
    if (overLimit > 0)
        parts << QCoreApplication::translate("AbTest",
                                             "%n message(s) have a variant over the channel's length limit.",
                                             nullptr, int(overLimit));
    return parts.join(u' ');
}

DbResult<ActivationReview> ActivationReviewer::review(Database &db, qint64 campaignId)
{
    MessageFilter filter;
    filter.status = GenerationStatus::Generated;
    const auto messages = MessageRepository(db).list(campaignId, filter);
    if (!messages)
        return messages.error();
    ActivationReview review;
    for (const MessageWithLead &row : messages.value()) {
        ++review.generated;
        if (!row.message.approved)
            ++review.unapproved;
        if (std::any_of(row.message.variants.cbegin(), row.message.variants.cend(),
                        [](const Variant &v) { return v.flags.contains(u"over_limit"_s); }))
            ++review.overLimit;
    }
    return review;
}

} // namespace outreach
