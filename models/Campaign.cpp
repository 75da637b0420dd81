#include "Campaign.h"

using namespace Qt::StringLiterals;

namespace outreach {

QString toString(TestMode mode)
{
    return mode == TestMode::Fixed ? u"fixed"_s : u"sequential"_s;
}

std::optional<TestMode> testModeFromString(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == u"sequential")
        return TestMode::Sequential;
    if (t == u"fixed")
        return TestMode::Fixed;
    return std::nullopt;
}

QStringList Campaign::fieldNames()
{
    return {u"sender_name"_s, u"sender_signature"_s, u"campaign_name"_s};
}

std::optional<QString> Campaign::fieldValue(const QString &name) const
{
    const QString key = name.trimmed().toLower();
    if (key == u"sender_name")
        return senderName;
    if (key == u"sender_signature")
        return senderSignature;
    if (key == u"campaign_name")
        return this->name;
    return std::nullopt;
}

} // namespace outreach
