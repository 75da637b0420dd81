// `outreach senders test ID` for a Twilio number: reads the account with
// the sender's token (OUTREACH_TWILIO_TOKEN, else the keychain), sends
// nothing, and answers in plain words: unreachable, authentication refused,
// or OK with the account's friendly name.
#pragma once

#include "Cli.h"
#include "Sending.h"

namespace outreach::cli {

int testPhone(Context &ctx, const Sender &sender);

} // namespace outreach::cli
