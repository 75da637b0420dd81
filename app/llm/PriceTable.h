// What a model costs per token, so every generated message can carry its
// price. Starts from built-in list prices and can be refreshed from
// Cerebras's public model list.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <optional>

namespace outreach {

struct ModelPrice
{
    double promptUsdPerToken = 0;
    double completionUsdPerToken = 0;
};

class PriceTable
{
public:
    // Built-in defaults, may be outdated: public list prices at the time of
    // writing. refresh them with updateFromCerebrasModels().
    static PriceTable builtIn();
    static QUrl cerebrasPublicModelsUrl(); // https://api.cerebras.ai/public/v1/models

    // Case-insensitive; "openai/gpt-4o-mini" also finds "gpt-4o-mini".
    std::optional<ModelPrice> find(const QString &model) const;
    void set(const QString &model, ModelPrice price);
    QStringList models() const;

    // USD for the usage; 0 for a model without a known price.
    double cost(const QString &model, int promptTokens, int completionTokens) const;

    // Reads Cerebras's public model list:
    //   {"data":[{"id":"gpt-oss-120b","pricing":{"prompt":"0.00000025","completion":"0.00000069"}}]}
    // Prices are USD per token, as strings or numbers. Tolerates a bare array,
    // "models" instead of "data", "input"/"output" instead of
    // "prompt"/"completion", and skips entries it cannot read. Returns how
    // many prices were updated, or -1 with *error in plain words when the
    // document is not such a list at all.
    int updateFromCerebrasModels(const QByteArray &json, QString *error = nullptr);

private:
    QHash<QString, ModelPrice> m_prices; // key: lower-case model id
};

} // namespace outreach
