#include "PriceTable.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

using namespace Qt::StringLiterals;

namespace outreach {

namespace {

constexpr double perMillion = 1e-6;

std::optional<double> readPrice(const QJsonValue &value)
{
    bool ok = false;
    double price = 0;
    if (value.isDouble()) {
        price = value.toDouble();
        ok = true;
    } else if (value.isString()) {
        price = value.toString().trimmed().toDouble(&ok);
    }
    if (!ok || price < 0)
        return std::nullopt;
    return price;
}

std::optional<double> firstPrice(const QJsonObject &pricing, std::initializer_list<QStringView> keys)
{
    for (const auto key : keys) {
        if (const auto price = readPrice(pricing.value(key)))
            return price;
    }
    return std::nullopt;
}

} // namespace

PriceTable PriceTable::builtIn()
{
    // USD per million tokens (input, output), as the vendors listed them.
    struct Entry
    {
        const char16_t *model;
        double prompt;
        double completion;
    };
    static constexpr Entry entries[] = {
        // Cerebras
        {u"gpt-oss-120b", 0.25, 0.69},
        {u"llama3.1-8b", 0.10, 0.10},
        {u"llama-3.3-70b", 0.85, 1.20},
        {u"qwen-3-32b", 0.40, 0.80},
        {u"qwen-3-235b-a22b-instruct-2507", 0.60, 1.20},
        {u"qwen-3-235b-a22b-thinking-2507", 0.60, 2.90},
        {u"qwen-3-coder-480b", 2.00, 2.00},
        {u"llama-4-scout-17b-16e-instruct", 0.65, 0.85},
        {u"llama-4-maverick-17b-128e-instruct", 0.20, 0.60},
        // OpenAI
        {u"gpt-4o-mini", 0.15, 0.60},
        {u"gpt-4o", 2.50, 10.00},
        {u"gpt-4.1-nano", 0.10, 0.40},
        {u"gpt-4.1-mini", 0.40, 1.60},
        {u"gpt-4.1", 2.00, 8.00},
        {u"gpt-5-nano", 0.05, 0.40},
        {u"gpt-5-mini", 0.25, 2.00},
        {u"gpt-5", 1.25, 10.00},
    };
    PriceTable table;
    for (const auto &entry : entries)
        table.set(QString::fromUtf16(entry.model),
                  {entry.prompt * perMillion, entry.completion * perMillion});
    return table;
}

QUrl PriceTable::cerebrasPublicModelsUrl()
{
    return QUrl(u"https://api.cerebras.ai/public/v1/models"_s);
}

std::optional<ModelPrice> PriceTable::find(const QString &model) const
{
    const QString key = model.trimmed().toLower();
    if (auto it = m_prices.constFind(key); it != m_prices.cend())
        return it.value();
    const qsizetype slash = key.lastIndexOf(u'/');
    if (slash >= 0) {
        if (auto it = m_prices.constFind(key.mid(slash + 1)); it != m_prices.cend())
            return it.value();
    }
    return std::nullopt;
}

void PriceTable::set(const QString &model, ModelPrice price)
{
    m_prices.insert(model.trimmed().toLower(), price);
}

QStringList PriceTable::models() const
{
    QStringList ids = m_prices.keys();
    ids.sort();
    return ids;
}

double PriceTable::cost(const QString &model, int promptTokens, int completionTokens) const
{
    const auto price = find(model);
    if (!price)
        return 0;
    return std::max(0, promptTokens) * price->promptUsdPerToken +
           std::max(0, completionTokens) * price->completionUsdPerToken;
}

int PriceTable::updateFromCerebrasModels(const QByteArray &json, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return -1;
    };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(
            QCoreApplication::translate("PriceTable", "The model list is not valid JSON (%1 at byte %2).")
                .arg(parseError.errorString())
                .arg(parseError.offset));
    QJsonArray entries;
    if (document.isArray())
        entries = document.array();
    else if (document.object().value(u"data").isArray())
        entries = document.object().value(u"data").toArray();
    else if (document.object().value(u"models").isArray())
        entries = document.object().value(u"models").toArray();
    else
        return fail(
            QCoreApplication::translate("PriceTable", "The model list has no \"data\" array of models."));

    int updated = 0;
    for (const QJsonValue &value : std::as_const(entries)) {
        const QJsonObject entry = value.toObject();
        QString id = entry.value(u"id").toString();
        if (id.isEmpty())
            id = entry.value(u"model").toString();
        const QJsonObject pricing = entry.value(u"pricing").toObject();
        if (id.isEmpty() || pricing.isEmpty())
            continue;
        const auto prompt = firstPrice(pricing, {u"prompt", u"input"});
        const auto completion = firstPrice(pricing, {u"completion", u"output"});
        if (!prompt || !completion)
            continue;
        set(id, {*prompt, *completion});
        ++updated;
    }
    return updated;
}

} // namespace outreach
