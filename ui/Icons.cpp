#include "Icons.h"

using namespace Qt::StringLiterals;

namespace outreach::Icons {

QIcon channel(Channel channel)
{
    return named(u"channel-"_s + toString(channel));
}

QIcon named(const QString &name)
{
    return QIcon(u":/icons/"_s + name + u".svg"_s);
}

} // namespace outreach::Icons
