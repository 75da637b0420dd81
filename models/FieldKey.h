// The one rule for matching names people type (CSV headers, template
// variables, custom field keys, event names): case-insensitive, and every
// run of spaces, underscores and hyphens counts as one word break. So
// "First Name", "first_name", "FIRST-NAME" and " first  name " are all
// the key "first_name".
#pragma once

#include <QString>
#include <QStringView>

namespace outreach {

QString fieldKey(QStringView name);

} // namespace outreach
