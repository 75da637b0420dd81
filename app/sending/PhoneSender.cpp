#include "sending/PhoneSender.h"
#include "sending/PhoneNumber.h"
#include "sending/SmtpClient.h"
#include "sending/TwilioClient.h"

#include <QCoreApplication>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace outreach::phonesender {

Sender defaults()
{
    Sender s;
    s.kind = SenderKind::Phone;
    s.baseUrl = TwilioAccount::defaultBaseUrl();
    s.window = SendWindow{0x7F, 0, 0}; // an SMS goes out in the lead's window, not the number's
    setPerSecond(s, 1.0);
    return s;
}

void setPerSecond(Sender &sender, double perSecond)
{
    sender.gapMinMs = sender.gapMaxMs = qint64(1000.0 / std::max(perSecond, 0.001));
}

QString check(Sender &s)
{
    s.kind = SenderKind::Phone;
    s.accountSid = s.accountSid.trimmed();
    s.fromAddress = s.fromAddress.trimmed();
    s.messagingServiceSid = s.messagingServiceSid.trimmed();
    if (!s.accountSid.startsWith(u"AC"_s))
        return QCoreApplication::translate("Sending", "\"%1\" is not a Twilio account SID (AC...).")
            .arg(s.accountSid);
    if (s.fromAddress.isEmpty() == s.messagingServiceSid.isEmpty())
        return QCoreApplication::translate("Sending",
                                           "Give either a From number or a Messaging Service SID (MG...).");
    if (!s.messagingServiceSid.isEmpty() && !s.messagingServiceSid.startsWith(u"MG"_s))
        return QCoreApplication::translate("Sending", "\"%1\" is not a Messaging Service SID (MG...).")
            .arg(s.messagingServiceSid);
    if (!s.fromAddress.isEmpty()) {
        const PhoneResult number = PhoneNumber::toE164(s.fromAddress, QString());
        if (!number.ok())
            return QCoreApplication::translate("Sending", "From number: %1").arg(number.problem);
        s.fromAddress = number.e164;
    }
    if (s.baseUrl.trimmed().isEmpty())
        s.baseUrl = TwilioAccount::defaultBaseUrl();
    const QUrl url(s.baseUrl.trimmed());
    if (!url.isValid() || url.host().isEmpty() ||
        (url.scheme() != u"https" && !(url.scheme() == u"http" && SmtpClient::isLoopback(url.host()))))
        return QCoreApplication::translate(
                   "Sending",
                   "The base URL \"%1\" must be an https address (plain http only to this computer).")
            .arg(s.baseUrl);
    return QString();
}

} // namespace outreach::phonesender
