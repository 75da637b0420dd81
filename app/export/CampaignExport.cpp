#include "CampaignExport.h"
#include "CampaignRepository.h"
#include "MessageRepository.h"
#include "csv/CsvWriter.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace outreach {
namespace {

constexpr int kPageSize = 1000;

bool hasSubject(const Campaign &c)
{
    return c.channel == Channel::Email || (c.channel == Channel::Custom && c.customHasSubject);
}

const Variant *variantAt(const Message &m, int index)
{
    for (const Variant &v : m.variants) {
        if (v.index == index)
            return &v;
    }
    return nullptr;
}

} // namespace

DbResult<ExportResult> CampaignExport::write(Database &db, qint64 campaignId, Variants variants,
                                             QIODevice *device)
{
    auto campaign = CampaignRepository(db).get(campaignId);
    if (!campaign)
        return campaign.error();
    const Campaign &c = campaign.value();
    const bool subject = hasSubject(c);
    const bool phone = c.channel == Channel::Sms || c.channel == Channel::Custom;
    const bool linkedin = c.channel == Channel::LinkedIn || c.channel == Channel::Custom;

    QStringList header{u"email"_s, u"first_name"_s, u"last_name"_s, u"company"_s};
    if (phone)
        header << u"phone"_s;
    if (linkedin)
        header << u"linkedin_url"_s;
    header << u"message_id"_s << u"variant"_s << u"tone"_s;
    if (variants == Variants::Assigned) {
        if (subject)
            header << u"subject"_s;
        header << u"body"_s;
    } else {
        for (int i = 0; i < kVariantCount; ++i) {
            if (subject)
                header << u"variant_%1_subject"_s.arg(i);
            header << u"variant_%1_body"_s.arg(i);
        }
    }
    CsvWriter writer(device);
    if (!writer.writeRecord(header))
        return DbError{
            DbError::Kind::Query,
            QCoreApplication::translate("Export", "Cannot write the export: %1").arg(writer.errorString())};

    ExportResult result;
    MessageRepository messages(db);
    MessageFilter filter;
    filter.status = GenerationStatus::Generated;
    filter.limit = kPageSize;
    for (;;) {
        auto page = messages.list(campaignId, filter);
        if (!page)
            return page.error();
        for (const MessageWithLead &item : page.value()) {
            const Message &m = item.message;
            const Lead &l = item.lead;
            if (variants == Variants::Assigned && !m.assignedVariant) {
                ++result.skipped;
                continue;
            }
            QStringList row{l.email, l.firstName, l.lastName, l.company};
            if (phone)
                row << l.phone;
            if (linkedin)
                row << l.linkedinUrl;
            row << QString::number(m.id);
            row << (m.assignedVariant ? QString::number(*m.assignedVariant) : QString());
            row << (m.assignedVariant ? toString(toneOfIndex(*m.assignedVariant)) : QString());
            const auto addVariant = [&](const Variant *v) {
                if (subject)
                    row << (v && v->subject ? *v->subject : QString());
                row << (v ? v->body : QString());
            };
            if (variants == Variants::Assigned) {
                addVariant(variantAt(m, *m.assignedVariant));
            } else {
                for (int i = 0; i < kVariantCount; ++i)
                    addVariant(variantAt(m, i));
            }
            if (!writer.writeRecord(row))
                return DbError{DbError::Kind::Query,
                               QCoreApplication::translate("Export", "Cannot write the export: %1")
                                   .arg(writer.errorString())};
            ++result.exported;
        }
        if (page->size() < kPageSize)
            break;
        filter.offset += kPageSize;
    }
    return result;
}

} // namespace outreach
