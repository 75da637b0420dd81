// The one JSON string escaper for JSON written by hand (bulk paths where
// building a QJsonDocument per row would dominate): the same text
// QJsonDocument writes for a string, checked against it in test_jsontext.
#pragma once

#include <QString>
#include <QStringView>

namespace outreach {

// Appends `text` as a JSON string literal: quote, backslash and control
// characters escaped, lone surrogates as \uXXXX (lower-case hex), everything
// else verbatim.
void appendJsonString(QString &out, QStringView text);

} // namespace outreach
