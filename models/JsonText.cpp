#include "JsonText.h"

using namespace Qt::StringLiterals;

namespace outreach {

void appendJsonString(QString &out, QStringView text)
{
    static constexpr char16_t hex[] = u"0123456789abcdef";
    out.append(u'"');
    const char16_t *p = text.utf16();
    const char16_t *const end = p + text.size();
    const char16_t *run = p;
    for (; p != end; ++p) {
        const char16_t c = *p;
        if (c >= 0x20 && c != u'"' && c != u'\\' && !QChar::isSurrogate(c))
            continue;
        if (QChar::isHighSurrogate(c) && p + 1 != end && QChar::isLowSurrogate(p[1])) {
            ++p;
            continue;
        }
        out.append(QStringView(run, p - run));
        run = p + 1;
        switch (c) {
        case u'"':
            out.append(u"\\\""_s);
            break;
        case u'\\':
            out.append(u"\\\\"_s);
            break;
        case u'\b':
            out.append(u"\\b"_s);
            break;
        case u'\f':
            out.append(u"\\f"_s);
            break;
        case u'\n':
            out.append(u"\\n"_s);
            break;
        case u'\r':
            out.append(u"\\r"_s);
            break;
        case u'\t':
            out.append(u"\\t"_s);
            break;
        default: {
            const char16_t escaped[] = {
                u'\\', u'u', hex[(c >> 12) & 0xf], hex[(c >> 8) & 0xf], hex[(c >> 4) & 0xf], hex[c & 0xf]};
            out.append(QStringView(escaped, 6));
        }
        }
    }
    out.append(QStringView(run, end - run));
    out.append(u'"');
}

} // namespace outreach
