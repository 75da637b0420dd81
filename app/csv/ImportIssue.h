// One problem found while importing a CSV file, where a user can find it:
// shared by the lead and the event importers and their JSON reports.
#pragma once

#include <QJsonObject>
#include <QString>

namespace outreach {

struct ImportIssue
{
    int line = 0;   // 1-based physical line in the file (0: the file as a whole)
    QString column; // header text of the column, empty when the row as a whole is wrong
    QString reason; // plain words, translated

    // {"line":N,"column":"…","reason":"…"} as the CLI prints it
    QJsonObject toJson() const
    {
        return QJsonObject{{QStringLiteral("line"), line},
                           {QStringLiteral("column"), column},
                           {QStringLiteral("reason"), reason}};
    }
    bool operator==(const ImportIssue &other) const = default;
};

} // namespace outreach
