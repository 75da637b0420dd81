#include "LeadColumnMapping.h"
#include "FieldKey.h"

#include <QCoreApplication>
#include <QHash>

using namespace Qt::StringLiterals;

namespace outreach {
namespace {

struct Alias
{
    const char16_t *header; // normalized
    LeadField field;
};

// Exact names only: Apollo also exports "Email Status", "Company City" and
// "Company Linkedin Url", which must not be taken for the person's fields.
constexpr Alias kAliases[] = {
    {u"email", LeadField::Email},
    {u"e mail", LeadField::Email},
    {u"email address", LeadField::Email},
    {u"work email", LeadField::Email},
    {u"business email", LeadField::Email},
    {u"first name", LeadField::FirstName},
    {u"firstname", LeadField::FirstName},
    {u"given name", LeadField::FirstName},
    {u"last name", LeadField::LastName},
    {u"lastname", LeadField::LastName},
    {u"surname", LeadField::LastName},
    {u"family name", LeadField::LastName},
    {u"name", LeadField::FullName},
    {u"full name", LeadField::FullName},
    {u"title", LeadField::Title},
    {u"job title", LeadField::Title},
    {u"position", LeadField::Title},
    {u"company", LeadField::Company},
    {u"company name", LeadField::Company},
    {u"company name for emails", LeadField::Company},
    {u"organization", LeadField::Company},
    {u"organization name", LeadField::Company},
    {u"account name", LeadField::Company},
    {u"industry", LeadField::Industry},
    {u"person linkedin url", LeadField::LinkedinUrl},
    {u"linkedin url", LeadField::LinkedinUrl},
    {u"linkedin", LeadField::LinkedinUrl},
    {u"linkedin profile", LeadField::LinkedinUrl},
    {u"linkedin profile url", LeadField::LinkedinUrl},
    {u"phone", LeadField::Phone},
    {u"first phone", LeadField::Phone},
    {u"phone number", LeadField::Phone},
    {u"work direct phone", LeadField::Phone},
    {u"direct phone", LeadField::Phone},
    {u"mobile phone", LeadField::Phone},
    {u"mobile", LeadField::Phone},
    {u"corporate phone", LeadField::Phone},
    {u"website", LeadField::Website},
    {u"company website", LeadField::Website},
    {u"website url", LeadField::Website},
    {u"location", LeadField::Location},
    {u"city", LeadField::City},
    {u"state", LeadField::State},
    {u"region", LeadField::State},
    {u"country", LeadField::Country},
    {u"qualification score", LeadField::QualificationScore},
    {u"score", LeadField::QualificationScore},
    {u"lead score", LeadField::QualificationScore},
    {u"qualification reasoning", LeadField::QualificationReasoning},
    {u"reasoning", LeadField::QualificationReasoning},
    {u"pain points", LeadField::PainPoints},
    {u"buying signals", LeadField::BuyingSignals},
    {u"research notes", LeadField::ResearchNotes},
    {u"notes", LeadField::ResearchNotes},
    {u"technologies", LeadField::Technologies},
    {u"tech stack", LeadField::Technologies},
    {u"recent news", LeadField::RecentNews},
    {u"news", LeadField::RecentNews},
    {u"# employees", LeadField::CompanySize},
    {u"employees", LeadField::CompanySize},
    {u"number of employees", LeadField::CompanySize},
    {u"num employees", LeadField::CompanySize},
    {u"employee count", LeadField::CompanySize},
    {u"company size", LeadField::CompanySize},
    {u"annual revenue", LeadField::AnnualRevenue},
    {u"revenue", LeadField::AnnualRevenue},
    {u"keywords", LeadField::Keywords},
    // German spreadsheet headers, since the app ships in German too.
    {u"vorname", LeadField::FirstName},
    {u"nachname", LeadField::LastName},
    {u"firma", LeadField::Company},
    {u"unternehmen", LeadField::Company},
    {u"telefon", LeadField::Phone},
    {u"branche", LeadField::Industry},
    {u"stadt", LeadField::City},
    {u"land", LeadField::Country},
    {u"notizen", LeadField::ResearchNotes},
};

struct FieldName
{
    LeadField field;
    const char16_t *name;
};

constexpr FieldName kFieldNames[] = {
    {LeadField::Email, u"email"},
    {LeadField::FirstName, u"first_name"},
    {LeadField::LastName, u"last_name"},
    {LeadField::FullName, u"full_name"},
    {LeadField::Title, u"title"},
    {LeadField::Company, u"company"},
    {LeadField::Industry, u"industry"},
    {LeadField::LinkedinUrl, u"linkedin_url"},
    {LeadField::Phone, u"phone"},
    {LeadField::Website, u"website"},
    {LeadField::Location, u"location"},
    {LeadField::City, u"city"},
    {LeadField::State, u"state"},
    {LeadField::Country, u"country"},
    {LeadField::QualificationScore, u"qualification_score"},
    {LeadField::QualificationReasoning, u"qualification_reasoning"},
    {LeadField::PainPoints, u"pain_points"},
    {LeadField::BuyingSignals, u"buying_signals"},
    {LeadField::ResearchNotes, u"research_notes"},
    {LeadField::Technologies, u"technologies"},
    {LeadField::RecentNews, u"recent_news"},
    {LeadField::CompanySize, u"company_size"},
    {LeadField::AnnualRevenue, u"annual_revenue"},
    {LeadField::Keywords, u"keywords"},
    {LeadField::Custom, u"custom"},
    {LeadField::Ignore, u"ignore"},
};

const QHash<QString, LeadField> &aliasTable()
{
    static const QHash<QString, LeadField> table = [] {
        QHash<QString, LeadField> result;
        for (const Alias &alias : kAliases)
            result.insert(fieldKey(QStringView(alias.header)), alias.field);
        return result;
    }();
    return table;
}

} // namespace

LeadColumnMapping::LeadColumnMapping(const QStringList &headers)
    : m_headers(headers)
{
    m_fields.reserve(headers.size());
    for (const QString &header : headers)
        m_fields.append(header.trimmed().isEmpty() ? LeadField::Ignore : detectField(header));
}

LeadField LeadColumnMapping::detectField(const QString &header)
{
    return aliasTable().value(fieldKey(header), LeadField::Custom);
}

void LeadColumnMapping::setField(int column, LeadField field)
{
    if (column >= 0 && column < m_fields.size())
        m_fields[column] = field;
}

bool LeadColumnMapping::setOverride(const QString &header, const QString &target, QString *error)
{
    const std::optional<LeadField> field = fieldFromName(target);
    if (!field) {
        if (error)
            *error = tr("Unknown target field “%1” for column “%2”; use one of: %3").arg(target, header, [] {
                QStringList names;
                for (const LeadField f : targetFields())
                    names.append(fieldName(f));
                return names.join(u", "_s);
            }());
        return false;
    }
    const QString key = fieldKey(header);
    bool found = false;
    for (qsizetype i = 0; i < m_headers.size(); ++i) {
        if (fieldKey(m_headers.at(i)) == key) {
            m_fields[i] = *field;
            found = true;
        }
    }
    if (!found && error)
        *error = tr("The file has no column “%1”").arg(header);
    return found;
}

bool LeadColumnMapping::setOverride(const QString &assignment, QString *error)
{
    const qsizetype equals = assignment.lastIndexOf(u'=');
    if (equals <= 0) {
        if (error)
            *error = tr("Expected COLUMN=FIELD, got “%1”").arg(assignment);
        return false;
    }
    return setOverride(assignment.left(equals).trimmed(), assignment.mid(equals + 1).trimmed(), error);
}

int LeadColumnMapping::columnOf(LeadField field) const
{
    return int(m_fields.indexOf(field));
}

bool LeadColumnMapping::hasContactColumn() const
{
    return m_fields.contains(LeadField::Email) || m_fields.contains(LeadField::LinkedinUrl) ||
           m_fields.contains(LeadField::Phone);
}

QString LeadColumnMapping::fieldName(LeadField field)
{
    for (const FieldName &entry : kFieldNames) {
        if (entry.field == field)
            return QString::fromUtf16(entry.name);
    }
    return {};
}

std::optional<LeadField> LeadColumnMapping::fieldFromName(const QString &name)
{
    const QString key = fieldKey(name);
    for (const FieldName &entry : kFieldNames) {
        if (key == QStringView(entry.name))
            return entry.field;
    }
    return std::nullopt;
}

QList<LeadField> LeadColumnMapping::targetFields()
{
    QList<LeadField> fields;
    for (const FieldName &entry : kFieldNames)
        fields.append(entry.field);
    return fields;
}

QString LeadColumnMapping::displayName(LeadField field)
{
    switch (field) {
    case LeadField::Ignore:
        return tr("Ignore this column");
    case LeadField::Custom:
        return tr("Keep as custom field");
    case LeadField::Email:
        return tr("Email");
    case LeadField::FirstName:
        return tr("First name");
    case LeadField::LastName:
        return tr("Last name");
    case LeadField::FullName:
        return tr("Full name");
    case LeadField::Title:
        return tr("Job title");
    case LeadField::Company:
        return tr("Company");
    case LeadField::Industry:
        return tr("Industry");
    case LeadField::LinkedinUrl:
        return tr("LinkedIn URL");
    case LeadField::Phone:
        return tr("Phone");
    case LeadField::Website:
        return tr("Website");
    case LeadField::Location:
        return tr("Location");
    case LeadField::City:
        return tr("City (part of location)");
    case LeadField::State:
        return tr("State (part of location)");
    case LeadField::Country:
        return tr("Country (part of location)");
    case LeadField::QualificationScore:
        return tr("Qualification score (0–100)");
    case LeadField::QualificationReasoning:
        return tr("Qualification reasoning");
    case LeadField::PainPoints:
        return tr("Pain points (list)");
    case LeadField::BuyingSignals:
        return tr("Buying signals (list)");
    case LeadField::ResearchNotes:
        return tr("Research notes");
    case LeadField::Technologies:
        return tr("Technologies (list)");
    case LeadField::RecentNews:
        return tr("Recent news (list)");
    case LeadField::CompanySize:
        return tr("Company size (employees)");
    case LeadField::AnnualRevenue:
        return tr("Annual revenue");
    case LeadField::Keywords:
        return tr("Keywords (list)");
    }
    return {};
}

} // namespace outreach
