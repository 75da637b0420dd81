#include "PhoneSenderTest.h"
#include "net/HttpErrors.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/SenderSecrets.h"
#include "sending/TwilioClient.h"

#include <QCoreApplication>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace outreach::cli {

int testPhone(Context &ctx, const Sender &sender)
{
    auto *store = new KeychainSecretStore(qApp);
    SenderSecrets(store).resolve(
        sender, SenderSecrets::Purpose::Send, qApp, [&ctx, sender](const ApiKeyResult &r) {
            if (!r.ok()) {
                ctx.error(r.errorMessage);
                ctx.finish(Failure);
                return;
            }
            const TwilioAccount account = TwilioAccount::fromSender(sender, r.key);
            auto *client = new TwilioClient(qApp);
            client->fetchAccount(account, [&ctx, account, client](const TwilioOutcome &out) {
                client->deleteLater();
                const QString message = TwilioClient::testAnswer(account, out);
                if (ctx.json())
                    ctx.printJson(QJsonObject{{u"ok"_s, out.accepted()},
                                              {u"message"_s, message},
                                              {u"server"_s, HttpErrors::hostLabel(account.baseUrl)},
                                              {u"friendly_name"_s, out.friendlyName}});
                else
                    ctx.print(message);
                ctx.finish(out.accepted() ? Success : Failure);
            });
        });
    return Pending;
}

} // namespace outreach::cli
