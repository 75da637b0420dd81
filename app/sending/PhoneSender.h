// What a Twilio phone sender needs before it is saved, checked in one place
// for `outreach senders add-phone` and the Senders settings page: an account
// SID (AC...), either a From number (normalized here to E.164) or a
// Messaging Service SID (MG...), and a base URL that is https (plain http
// only to this computer, so the auth token never travels in clear). The
// token itself is not part of the sender: it goes to the keychain
// (SenderSecrets::store) or comes from OUTREACH_TWILIO_TOKEN.
#pragma once

#include "Sending.h"

#include <QString>

namespace outreach::phonesender {

// Fills the defaults a phone sender has (base URL, one message a second,
// a window open all day); call before applying the user's choices.
Sender defaults();
// Sets the pacing from messages per second (> 0).
void setPerSecond(Sender &sender, double perSecond);
// Normalizes sender.fromAddress to E.164 and returns what is wrong in plain
// words (translated), empty when the sender can be saved.
QString check(Sender &sender);

} // namespace outreach::phonesender
