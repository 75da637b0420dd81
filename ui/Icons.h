// The application's icons, from the SVGs in resources/icons.
#pragma once

#include "Enums.h"

#include <QIcon>

namespace outreach::Icons {

QIcon channel(Channel channel);
QIcon named(const QString &name); // "campaign-new", "generate", ...

} // namespace outreach::Icons
