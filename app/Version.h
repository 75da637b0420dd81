#pragma once
#include <QString>
namespace outreach {
inline QString applicationVersion() { return QStringLiteral(OUTREACH_VERSION); }
}
