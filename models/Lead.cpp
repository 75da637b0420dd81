#include "Lead.h"
#include "FieldKey.h"
#include "JsonText.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace outreach {
namespace {

QJsonArray toArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QStringList toStringList(const QJsonValue &value)
{
    QStringList result;
    const QJsonArray array = value.toArray();
    result.reserve(array.size());
    for (const QJsonValue &item : array)
        result.append(item.toString());
    return result;
}

void appendJsonArray(QString &out, const QStringList &list)
{
    out.append(u'[');
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (i > 0)
            out.append(u',');
        appendJsonString(out, list.at(i));
    }
    out.append(u']');
}

qsizetype textSize(const QStringList &list)
{
    qsizetype size = 2;
    for (const QString &item : list)
        size += item.size() + 3;
    return size;
}

} // namespace

QString Lead::fullName() const
{
    if (firstName.isEmpty())
        return lastName;
    if (lastName.isEmpty())
        return firstName;
    return firstName + u' ' + lastName;
}

QJsonObject Lead::researchJson() const
{
    return QJsonObject{{u"pain_points"_s, toArray(painPoints)},
                       {u"buying_signals"_s, toArray(buyingSignals)},
                       {u"notes"_s, researchNotes}};
}

QJsonObject Lead::enrichmentJson() const
{
    return QJsonObject{{u"technologies"_s, toArray(technologies)},
                       {u"recent_news"_s, toArray(recentNews)},
                       {u"company_size"_s, companySize},
                       {u"annual_revenue"_s, annualRevenue},
                       {u"keywords"_s, toArray(keywords)}};
}

void Lead::setResearchJson(const QJsonObject &object)
{
    painPoints = toStringList(object.value(u"pain_points"));
    buyingSignals = toStringList(object.value(u"buying_signals"));
    researchNotes = object.value(u"notes").toString();
}

void Lead::setEnrichmentJson(const QJsonObject &object)
{
    technologies = toStringList(object.value(u"technologies"));
    recentNews = toStringList(object.value(u"recent_news"));
    companySize = object.value(u"company_size").toString();
    annualRevenue = object.value(u"annual_revenue").toString();
    keywords = toStringList(object.value(u"keywords"));
}

// Keys in QJsonObject's (sorted) order, so the text matches QJsonDocument's.
QString Lead::researchJsonText() const
{
    QString out;
    out.reserve(64 + textSize(buyingSignals) + researchNotes.size() + textSize(painPoints));
    out.append(u"{\"buying_signals\":"_s);
    appendJsonArray(out, buyingSignals);
    out.append(u",\"notes\":"_s);
    appendJsonString(out, researchNotes);
    out.append(u",\"pain_points\":"_s);
    appendJsonArray(out, painPoints);
    out.append(u'}');
    return out;
}

QString Lead::enrichmentJsonText() const
{
    QString out;
    out.reserve(112 + annualRevenue.size() + companySize.size() + textSize(keywords) + textSize(recentNews) +
                textSize(technologies));
    out.append(u"{\"annual_revenue\":"_s);
    appendJsonString(out, annualRevenue);
    out.append(u",\"company_size\":"_s);
    appendJsonString(out, companySize);
    out.append(u",\"keywords\":"_s);
    appendJsonArray(out, keywords);
    out.append(u",\"recent_news\":"_s);
    appendJsonArray(out, recentNews);
    out.append(u",\"technologies\":"_s);
    appendJsonArray(out, technologies);
    out.append(u'}');
    return out;
}

QString Lead::jsonText(const QJsonObject &object)
{
    // Imported custom fields are all strings; anything else (numbers, nested
    // values from an API) takes the general path.
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!it.value().isString())
            return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
    }
    QString out;
    out.append(u'{');
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it != object.begin())
            out.append(u',');
        appendJsonString(out, it.key());
        out.append(u':');
        appendJsonString(out, it.value().toString());
    }
    out.append(u'}');
    return out;
}

QStringList Lead::fieldNames()
{
    return {u"email"_s,
            u"first_name"_s,
            u"last_name"_s,
            u"full_name"_s,
            u"title"_s,
            u"company"_s,
            u"industry"_s,
            u"linkedin_url"_s,
            u"phone"_s,
            u"website"_s,
            u"location"_s,
            u"qualification_score"_s,
            u"qualification_reasoning"_s,
            u"pain_point"_s,
            u"pain_points"_s,
            u"buying_signal"_s,
            u"buying_signals"_s,
            u"technologies"_s,
            u"recent_news"_s,
            u"company_size"_s,
            u"annual_revenue"_s};
}

std::optional<QString> Lead::fieldValue(const QString &name) const
{
    const QString key = fieldKey(name);
    const auto first = [](const QStringList &list) { return list.isEmpty() ? QString() : list.first(); };
    if (key == u"email")
        return email;
    if (key == u"first_name")
        return firstName;
    if (key == u"last_name")
        return lastName;
    if (key == u"full_name")
        return fullName();
    if (key == u"title")
        return title;
    if (key == u"company")
        return company;
    if (key == u"industry")
        return industry;
    if (key == u"linkedin_url")
        return linkedinUrl;
    if (key == u"phone")
        return phone;
    if (key == u"website")
        return website;
    if (key == u"location")
        return location;
    if (key == u"qualification_score")
        return qualificationScore ? QString::number(*qualificationScore) : QString();
    if (key == u"qualification_reasoning")
        return qualificationReasoning;
    if (key == u"pain_point")
        return first(painPoints);
    if (key == u"pain_points")
        return painPoints.join(u"; "_s);
    if (key == u"buying_signal")
        return first(buyingSignals);
    if (key == u"buying_signals")
        return buyingSignals.join(u"; "_s);
    if (key == u"technologies")
        return technologies.join(u", "_s);
    if (key == u"recent_news")
        return first(recentNews);
    if (key == u"company_size")
        return companySize;
    if (key == u"annual_revenue")
        return annualRevenue;
    // Custom CSV columns: matched by header under the one field-key rule,
    // so {{favorite_color}} finds "Favorite Color".
    for (auto it = customFields.begin(); it != customFields.end(); ++it) {
        if (fieldKey(it.key()) == key)
            return it.value().toVariant().toString();
    }
    return std::nullopt;
}

} // namespace outreach
