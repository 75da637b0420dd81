#include "LeadDataLimits.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace outreach {
namespace {

// Cuts text to at most `limit` characters, the last one an ellipsis so the
// model (and a reader of the prompt) sees the text goes on; never splits a
// surrogate pair.
QString shortened(const QString &text, qsizetype limit)
{
    if (text.size() <= limit)
        return text;
    if (limit <= 1)
        return {};
    qsizetype keep = limit - 1;
    if (text.at(keep - 1).isHighSurrogate())
        --keep;
    return text.left(keep) + u'…';
}

class Budget
{
public:
    explicit Budget(QStringList *cut)
        : m_cut(cut)
    {}

    void text(QString &value, const QString &name)
    {
        const qsizetype limit = std::min<qsizetype>(LeadDataLimits::kMaxFieldChars, m_left);
        if (value.size() > limit) {
            value = shortened(value, limit);
            m_cut->append(name);
        }
        m_left -= value.size();
    }

    void list(QStringList &items, const QString &name)
    {
        qsizetype limit = std::min<qsizetype>(LeadDataLimits::kMaxFieldChars, m_left);
        QStringList kept;
        bool cut = false;
        for (const QString &item : std::as_const(items)) {
            if (item.size() > limit) {
                const QString part = shortened(item, limit);
                if (!part.isEmpty())
                    kept.append(part);
                cut = true;
                break;
            }
            kept.append(item);
            limit -= item.size();
        }
        if (cut) {
            items = kept;
            m_cut->append(name);
        }
        for (const QString &item : std::as_const(items))
            m_left -= item.size();
    }

    void custom(QJsonObject &fields)
    {
        QJsonObject kept;
        for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
            const QString name = it.key();
            if (name.size() > LeadDataLimits::kMaxCustomNameChars || name.size() >= m_left) {
                m_cut->append(shortened(name, 40));
                continue;
            }
            m_left -= name.size();
            if (!it.value().isString()) {
                kept.insert(name, it.value());
                continue;
            }
            QString value = it.value().toString();
            text(value, name);
            kept.insert(name, value);
        }
        fields = kept;
    }

private:
    QStringList *m_cut;
    qsizetype m_left = LeadDataLimits::kMaxLeadChars;
};

} // namespace

CappedLead LeadDataLimits::cap(const Lead &lead)
{
    CappedLead result{lead, {}};
    Lead &l = result.lead;
    Budget budget(&result.cutFields);
    // Who the lead is first, then why they qualify, then background.
    budget.text(l.firstName, u"first_name"_s);
    budget.text(l.lastName, u"last_name"_s);
    budget.text(l.title, u"title"_s);
    budget.text(l.company, u"company"_s);
    budget.text(l.industry, u"industry"_s);
    budget.text(l.location, u"location"_s);
    budget.text(l.website, u"website"_s);
    budget.text(l.linkedinUrl, u"linkedin_url"_s);
    budget.text(l.qualificationReasoning, u"qualification_reasoning"_s);
    budget.list(l.painPoints, u"pain_points"_s);
    budget.list(l.buyingSignals, u"buying_signals"_s);
    budget.text(l.researchNotes, u"research_notes"_s);
    budget.list(l.technologies, u"technologies"_s);
    budget.list(l.recentNews, u"recent_news"_s);
    budget.text(l.companySize, u"company_size"_s);
    budget.text(l.annualRevenue, u"annual_revenue"_s);
    budget.list(l.keywords, u"keywords"_s);
    budget.custom(l.customFields);
    // Not in the lead data block, but a template may use them.
    for (QString *contact : {&l.email, &l.phone}) {
        if (contact->size() > kMaxFieldChars) {
            *contact = shortened(*contact, kMaxFieldChars);
            result.cutFields.append(contact == &l.email ? u"email"_s : u"phone"_s);
        }
    }
    return result;
}

} // namespace outreach
