// Decides which Lead field each CSV column fills: detected from the header
// names (Apollo.io exports, snake_case, our own columns), overridable by hand.
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace outreach {

enum class LeadField {
    Ignore, // the column is dropped
    Custom, // kept in Lead::customFields under its header text
    Email,
    FirstName,
    LastName,
    FullName, // split into first and last name when those are not given
    Title,
    Company,
    Industry,
    LinkedinUrl,
    Phone,
    Website,
    Location,
    City, // City, State and Country build Lead::location when it is empty
    State,
    Country,
    QualificationScore,
    QualificationReasoning,
    PainPoints,
    BuyingSignals,
    ResearchNotes,
    Technologies,
    RecentNews,
    CompanySize,
    AnnualRevenue,
    Keywords,
};

class LeadColumnMapping
{
    Q_DECLARE_TR_FUNCTIONS(LeadColumnMapping)

public:
    LeadColumnMapping() = default;
    // Detects a field for every header; unknown headers become Custom,
    // blank ones Ignore.
    explicit LeadColumnMapping(const QStringList &headers);

    // The field a header name suggests: Custom when it is not recognised.
    static LeadField detectField(const QString &header);

    // Overrides the column(s) whose header matches (case-insensitively,
    // spaces and underscores alike) with a target name from fieldName();
    // false with a message when the header or target is unknown.
    bool setOverride(const QString &header, const QString &target, QString *error = nullptr);
    // "Header=target" as given on the command line (the last '=' splits).
    bool setOverride(const QString &assignment, QString *error = nullptr);

    int columnCount() const { return int(m_headers.size()); }
    const QStringList &headers() const { return m_headers; }
    QString header(int column) const { return m_headers.value(column); }
    LeadField field(int column) const { return m_fields.value(column, LeadField::Ignore); }
    void setField(int column, LeadField field);
    // First column mapped to the field, or -1.
    int columnOf(LeadField field) const;

    // True when some column gives an email, a LinkedIn URL or a phone number;
    // without one no row can name a contact.
    bool hasContactColumn() const;

    // Stable names ("email", "first_name", ..., "custom", "ignore") used by
    // the CLI's --map option and stored import presets.
    static QString fieldName(LeadField field);
    static std::optional<LeadField> fieldFromName(const QString &name);
    // Every choice an import dialog offers, in a sensible order.
    static QList<LeadField> targetFields();
    // Translated, for the user: "Email", "LinkedIn URL", "Keep as custom field".
    static QString displayName(LeadField field);

private:
    QStringList m_headers;
    QList<LeadField> m_fields;
};

} // namespace outreach
