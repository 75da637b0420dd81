#include "VariantParser.h"

#include "templates/TemplateEngine.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <array>

using namespace Qt::StringLiterals;

namespace outreach {
namespace {

QString toneLabel(Tone tone)
{
    switch (tone) {
    case Tone::Professional:
        return QCoreApplication::translate("VariantParser", "Professional");
    case Tone::Friendly:
        return QCoreApplication::translate("VariantParser", "Friendly");
    case Tone::Direct:
        return QCoreApplication::translate("VariantParser", "Direct");
    }
    return {};
}

// Index of the '}' closing the object opened at `start`, honouring strings
// and escapes so braces inside text do not count; -1 when unbalanced.
qsizetype matchingBrace(const QString &text, qsizetype start)
{
    int depth = 0;
    bool inString = false;
    for (qsizetype i = start; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (inString) {
            if (c == u'\\')
                ++i;
            else if (c == u'"')
                inString = false;
            continue;
        }
        if (c == u'"') {
            inString = true;
        } else if (c == u'{') {
            ++depth;
        } else if (c == u'}') {
            if (--depth == 0)
                return i;
        }
    }
    return -1;
}

} // namespace

std::optional<QJsonObject> VariantParser::extractJsonObject(const QString &content, QString *error)
{
    QString text = content;
    // Reasoning models served by Ollama or llama.cpp may prepend their
    // thinking, which can contain braces of its own.
    static const QRegularExpression think(u"<think>.*?</think>"_s,
                                          QRegularExpression::DotMatchesEverythingOption);
    text.remove(think);

    QJsonParseError parseError;
    const QJsonDocument whole = QJsonDocument::fromJson(text.trimmed().toUtf8(), &parseError);
    if (whole.isObject())
        return whole.object();
    if (whole.isArray()) // a bare list of variants
        return QJsonObject{{u"variants"_s, whole.array()}};

    // Fences and prose: scanning left to right, the first '{' that starts a
    // parsable object is the outermost one. An object holding "variants" wins
    // over one that merely parses, so a cut-off answer is not mistaken for
    // one of its own inner objects.
    std::optional<QJsonObject> firstObject;
    bool unbalanced = false;
    for (qsizetype start = text.indexOf(u'{'); start >= 0; start = text.indexOf(u'{', start + 1)) {
        const qsizetype end = matchingBrace(text, start);
        if (end < 0) {
            unbalanced = true;
            continue;
        }
        const QJsonDocument doc =
            QJsonDocument::fromJson(text.mid(start, end - start + 1).toUtf8(), &parseError);
        if (!doc.isObject())
            continue;
        if (doc.object().contains(u"variants"))
            return doc.object();
        if (!firstObject && !unbalanced)
            firstObject = doc.object();
    }
    if (firstObject)
        return firstObject;
    if (error) {
        if (content.trimmed().isEmpty())
            *error = QCoreApplication::translate("VariantParser", "The answer is empty.");
        else if (unbalanced)
            *error = QCoreApplication::translate(
                "VariantParser", "The answer's JSON is incomplete; it may have been cut off.");
        else
            *error = QCoreApplication::translate("VariantParser", "The answer contains no JSON object.");
    }
    return std::nullopt;
}

QStringList VariantParser::checkRules(QList<Variant> &variants, const ChannelRules &rules, bool markFlags)
{
    QStringList violations;
    for (Variant &v : variants) {
        QStringList problems;
        if (rules.hasSubject() && v.subject) {
            const LengthCheck check = rules.checkSubject(*v.subject);
            if (check.over())
                problems.append(check.message);
        }
        const LengthCheck body = rules.checkBody(v.body);
        if (body.over())
            problems.append(body.message);
        for (const QString &problem : problems)
            violations.append(QCoreApplication::translate("VariantParser", "%1 variant: %2")
                                  .arg(toneLabel(v.tone), problem));
        if (markFlags) {
            v.flags.removeAll(kOverLimitFlag);
            if (!problems.isEmpty())
                v.flags.append(kOverLimitFlag);
        }
    }
    return violations;
}

ParsedAnswer VariantParser::parse(const QString &content, const Campaign &campaign)
{
    return parse(content, ChannelRules::forCampaign(campaign));
}

ParsedAnswer VariantParser::parse(const QString &content, const ChannelRules &rules)
{
    ParsedAnswer answer;
    QString error;
    const std::optional<QJsonObject> root = extractJsonObject(content, &error);
    if (!root) {
        answer.errors.append(error);
        return answer;
    }
    const QJsonValue list = root->value(u"variants");
    if (!list.isArray()) {
        answer.errors.append(
            QCoreApplication::translate("VariantParser", "The answer has no \"variants\" array."));
        return answer;
    }
    const QJsonArray array = list.toArray();
    if (array.size() != kVariantCount) {
        answer.errors.append(QCoreApplication::translate(
                                 "VariantParser", "The answer has %1 variants; exactly 3 are required.")
                                 .arg(array.size()));
        return answer;
    }

    std::array<std::optional<Variant>, kVariantCount> byTone;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString position = QString::number(i + 1);
        const QJsonObject item = array.at(i).toObject();
        if (!array.at(i).isObject()) {
            answer.errors.append(
                QCoreApplication::translate("VariantParser", "Variant %1 is not an object.").arg(position));
            continue;
        }
        const QString toneText = item.value(u"tone").toString().trimmed();
        const std::optional<Tone> tone = toneFromString(toneText);
        if (!tone) {
            answer.errors.append(
                toneText.isEmpty()
                    ? QCoreApplication::translate("VariantParser", "Variant %1 has no tone.").arg(position)
                    : QCoreApplication::translate("VariantParser", "Variant %1 has an unknown tone \"%2\".")
                          .arg(position, toneText));
            continue;
        }
        const int index = int(*tone);
        if (byTone[index]) {
            answer.errors.append(
                QCoreApplication::translate("VariantParser", "The tone \"%1\" appears more than once.")
                    .arg(toString(*tone)));
            continue;
        }
        Variant v;
        v.index = index;
        v.tone = *tone;
        v.body = item.value(u"body").toString().trimmed();
        const QJsonValue subject = item.value(u"subject");
        if (subject.isString() && !subject.toString().trimmed().isEmpty())
            v.subject = subject.toString().trimmed();

        const QString label = toneLabel(v.tone);
        if (v.body.isEmpty())
            answer.errors.append(
                QCoreApplication::translate("VariantParser", "%1 variant: the body is empty.").arg(label));
        if (rules.hasSubject() && !v.subject)
            answer.errors.append(
                QCoreApplication::translate("VariantParser", "%1 variant: the subject is missing.")
                    .arg(label));
        if (!rules.hasSubject() && v.subject)
            answer.errors.append(
                QCoreApplication::translate("VariantParser",
                                            "%1 variant: this channel has no subject, but one was given.")
                    .arg(label));
        const QStringList left =
            TemplateEngine::unresolvedPlaceholders(v.subject.value_or(QString()) + u'\n' + v.body);
        if (!left.isEmpty()) {
            answer.errors.append(
                QCoreApplication::translate("VariantParser", "%1 variant: unresolved placeholder %2.")
                    .arg(label, left.join(u", "_s)));
            v.flags.append(u"unresolved_placeholder"_s);
        }
        byTone[index] = v;
    }
    for (int i = 0; i < kVariantCount; ++i) {
        if (!byTone[i] && answer.errors.isEmpty())
            answer.errors.append(
                QCoreApplication::translate("VariantParser", "No variant has the tone \"%1\".")
                    .arg(toString(toneOfIndex(i))));
    }
    if (!answer.errors.isEmpty())
        return answer;

    for (const std::optional<Variant> &v : byTone)
        answer.variants.append(*v);
    answer.violations = checkRules(answer.variants, rules, true);
    for (const Variant &v : std::as_const(answer.variants)) {
        if (rules.hasSubject() && v.subject) {
            const LengthCheck check = rules.checkSubject(*v.subject);
            if (check.level == LengthCheck::Level::Warning)
                answer.warnings.append(QCoreApplication::translate("VariantParser", "%1 variant: %2")
                                           .arg(toneLabel(v.tone), check.message));
        }
    }
    return answer;
}

} // namespace outreach
