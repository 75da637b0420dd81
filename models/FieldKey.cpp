#include "FieldKey.h"

namespace outreach {

QString fieldKey(QStringView name)
{
    QString key;
    key.reserve(name.size());
    bool pendingBreak = false;
    for (const QChar c : name) {
        if (c.isSpace() || c == u'_' || c == u'-') {
            pendingBreak = !key.isEmpty();
            continue;
        }
        if (pendingBreak)
            key.append(u'_');
        pendingBreak = false;
        key.append(c);
    }
    return key.toLower(); // whole-string: special casings need context
}

} // namespace outreach
