// A qualified lead: contact fields, qualification, research and enrichment.
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>

namespace outreach {

struct Lead
{
    qint64 id = 0;
    QString email;
    QString firstName;
    QString lastName;
    QString title;
    QString company;
    QString industry;
    QString linkedinUrl;
    QString phone; // E.164 when known, e.g. +4930123456
    QString website;
    QString location;

    std::optional<int> qualificationScore; // 0..100
    QString qualificationReasoning;

    // research (JSON column): pain points, buying signals, notes
    QStringList painPoints;
    QStringList buyingSignals;
    QString researchNotes;

    // enrichment (JSON column): technologies, recent news, size, revenue, keywords
    QStringList technologies;
    QStringList recentNews;
    QString companySize;
    QString annualRevenue;
    QStringList keywords;

    // Any CSV column that maps to no field above, by its header text.
    QJsonObject customFields;

    QDateTime createdAt;
    QDateTime updatedAt;
    int version = 0;
    // Deleted while a started test still needs its messages: the row stays,
    // the lead is in no list, count or send any more (migration 11).
    bool excludedFromSending = false;

    QString fullName() const;
    QJsonObject researchJson() const;
    QJsonObject enrichmentJson() const;
    void setResearchJson(const QJsonObject &object);
    void setEnrichmentJson(const QJsonObject &object);
    // The same as compact JSON text, written directly: an import stores these
    // per row, and building a QJsonDocument costs more than the insert itself.
    // The text equals QJsonDocument(...).toJson(Compact), decoded from UTF-8.
    QString researchJsonText() const;
    QString enrichmentJsonText() const;
    static QString jsonText(const QJsonObject &object);

    // Value of a template variable ("first_name", "company", a custom field's
    // header, ...); nullopt when no such variable exists for leads.
    std::optional<QString> fieldValue(const QString &name) const;
    static QStringList fieldNames();
};

} // namespace outreach
