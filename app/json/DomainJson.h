// JSON forms of the domain objects, as the CLI's --json prints them. The keys
// are part of the CLI's contract (docs/CLI.md).
#pragma once

#include "Campaign.h"
#include "Lead.h"
#include "Message.h"

#include <QJsonObject>

namespace outreach::json {

QJsonObject leadSummary(const Lead &lead); // id, email, names, title, company, score
QJsonObject lead(const Lead &lead);        // everything
QJsonObject campaign(const Campaign &campaign);
QJsonObject variant(const Variant &variant);
QJsonObject message(const Message &message, const Lead *lead = nullptr);

} // namespace outreach::json
