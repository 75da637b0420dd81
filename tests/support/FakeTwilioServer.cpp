#include "FakeTwilioServer.h"

#include <QAbstractHttpServer>
#include <QDateTime>
#include <QHostAddress>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QThread>
#include <QUrlQuery>

#include <future>

using namespace Qt::StringLiterals;

namespace outreach::test {

struct FakeTwilioServer::State
{
    QMutex mutex;
    QString accountSid;
    QString token;
    QString friendlyName;
    QSet<QString> owned;
    QSet<QString> unsubscribed;
    QSet<QString> landlines;
    std::deque<TwilioFault> script;
    QList<FakeSms> messages;
    QHash<QString, QList<FakeStatus>> statusScripts; // by SID or To number
    QHash<QString, int> statusPolls;                 // by SID
    QList<FakeInbound> inbound;
    int pageSize = 0;
    int messagePosts = 0;
    int statusGets = 0;
    QList<QUrl> listRequests;
    int requests = 0;
};

namespace {

QString randomSid(const char *prefix)
{
    QString sid = QString::fromLatin1(prefix);
    for (int i = 0; i < 4; ++i)
        sid += u"%1"_s.arg(QRandomGenerator::global()->generate(), 8, 16, QChar(u'0'));
    return sid;
}

QString rfc2822(const QDateTime &time)
{
    return QLocale::c().toString(time.toUTC(), u"ddd, dd MMM yyyy HH:mm:ss '+0000'"_s);
}

QString rfc2822Now()
{
    return rfc2822(QDateTime::currentDateTimeUtc());
}

bool isE164(const QString &number)
{
    static const QRegularExpression pattern(u"^\\+[1-9][0-9]{7,14}$"_s);
    return pattern.match(number).hasMatch();
}

QByteArray errorBody(int status, int code, const QString &message)
{
    return QJsonDocument(QJsonObject{{u"code"_s, code},
                                     {u"message"_s, message},
                                     {u"more_info"_s, u"https://www.twilio.com/docs/errors/%1"_s.arg(code)},
                                     {u"status"_s, status}})
        .toJson(QJsonDocument::Compact);
}

} // namespace

TwilioFault TwilioFault::error(int httpStatus, int code, const QString &message, int retryAfterSeconds)
{
    return {Kind::Error, httpStatus, code, message, retryAfterSeconds};
}

class FakeTwilioServer::Server : public QAbstractHttpServer
{
public:
    explicit Server(std::shared_ptr<State> state)
        : m_state(std::move(state))
    {}
    using Headers = QList<QPair<QByteArray, QByteArray>>;
    static void respond(const QHttpServerRequest &request, QTcpSocket *socket, int status,
                        const QByteArray &body, const QByteArray &contentType = "application/json",
                        const Headers &extra = {})
    {
        QHttpServerResponder responder = makeResponder(request, socket);
        responder.writeStatusLine(QHttpServerResponder::StatusCode(status));
        responder.writeHeader("Content-Type", contentType);
        responder.writeHeader("Content-Length", QByteArray::number(body.size()));
        for (const auto &[name, value] : extra)
            responder.writeHeader(name, value);
        responder.writeBody(body);
    }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        respond(request, socket, 404, errorBody(404, 20404, u"Not found"_s));
    }

private:
    void createMessage(const QHttpServerRequest &request, QTcpSocket *socket);
    void messageStatus(const QHttpServerRequest &request, QTcpSocket *socket, const QString &sid);
    void listMessages(const QHttpServerRequest &request, QTcpSocket *socket);
    std::shared_ptr<State> m_state;
};

bool FakeTwilioServer::Server::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    QMutexLocker lock(&m_state->mutex);
    ++m_state->requests;
    const QString path = request.url().path();
    const QString prefix = u"/2010-04-01/Accounts/"_s;
    const QByteArray expected = "Basic " + (m_state->accountSid + u':' + m_state->token).toUtf8().toBase64();
    if (request.value("Authorization") != expected) {
        respond(request, socket, 401,
                QJsonDocument(QJsonObject{{u"code"_s, 20003},
                                          {u"detail"_s, u"Your AccountSid or AuthToken was incorrect."_s},
                                          {u"message"_s, u"Authenticate"_s},
                                          {u"more_info"_s, u"https://www.twilio.com/docs/errors/20003"_s},
                                          {u"status"_s, 401}})
                    .toJson(QJsonDocument::Compact),
                "application/json", {{"WWW-Authenticate", "Basic realm=\"Twilio API\""}});
        return true;
    }
    const QString accountPath = prefix + m_state->accountSid;
    if (request.method() == QHttpServerRequest::Method::Get && path == accountPath + u".json"_s) {
        respond(request, socket, 200,
                QJsonDocument(QJsonObject{{u"sid"_s, m_state->accountSid},
                                          {u"friendly_name"_s, m_state->friendlyName},
                                          {u"status"_s, u"active"_s},
                                          {u"type"_s, u"Full"_s},
                                          {u"date_created"_s, rfc2822Now()},
                                          {u"uri"_s, QString(accountPath + u".json"_s)}})
                    .toJson(QJsonDocument::Compact));
        return true;
    }
    if (request.method() == QHttpServerRequest::Method::Post && path == accountPath + u"/Messages.json"_s) {
        ++m_state->messagePosts;
        createMessage(request, socket);
        return true;
    }
    if (request.method() == QHttpServerRequest::Method::Get && path == accountPath + u"/Messages.json"_s) {
        m_state->listRequests.append(request.url());
        listMessages(request, socket);
        return true;
    }
    const QString messagePrefix = accountPath + u"/Messages/"_s;
    if (request.method() == QHttpServerRequest::Method::Get && path.startsWith(messagePrefix) &&
        path.endsWith(u".json"_s)) {
        ++m_state->statusGets;
        messageStatus(request, socket, path.mid(messagePrefix.size()).chopped(5));
        return true;
    }
    respond(request, socket, 404,
            errorBody(404, 20404, u"The requested resource %1 was not found"_s.arg(path)));
    return true;
}

void FakeTwilioServer::Server::messageStatus(const QHttpServerRequest &request, QTcpSocket *socket,
                                             const QString &sid)
{
    const auto sms = std::find_if(m_state->messages.cbegin(), m_state->messages.cend(),
                                  [&](const FakeSms &m) { return m.sid == sid; });
    QList<FakeStatus> script = m_state->statusScripts.value(sid);
    if (script.isEmpty() && sms != m_state->messages.cend())
        script = m_state->statusScripts.value(sms->to);
    if (script.isEmpty() && sms == m_state->messages.cend()) {
        respond(
            request, socket, 404,
            errorBody(404, 20404, u"The requested resource %1 was not found"_s.arg(request.url().path())));
        return;
    }
    const int poll = m_state->statusPolls[sid]++;
    FakeStatus status(sms != m_state->messages.cend() && !sms->messagingServiceSid.isEmpty() ? u"accepted"_s
                                                                                             : u"queued"_s);
    if (!script.isEmpty())
        status = script.at(std::min<qsizetype>(poll, script.size() - 1));
    const QString uri = u"/2010-04-01/Accounts/%1/Messages/%2.json"_s.arg(m_state->accountSid, sid);
    respond(request, socket, 200,
            QJsonDocument(
                QJsonObject{{u"account_sid"_s, m_state->accountSid},
                            {u"api_version"_s, u"2010-04-01"_s},
                            {u"body"_s, sms != m_state->messages.cend() ? sms->body : QString()},
                            {u"date_created"_s, rfc2822Now()},
                            {u"date_sent"_s, rfc2822Now()},
                            {u"date_updated"_s,
                             status.updatedAt.isValid() ? rfc2822(status.updatedAt) : rfc2822Now()},
                            {u"direction"_s, u"outbound-api"_s},
                            {u"error_code"_s, status.errorCode ? QJsonValue(status.errorCode) : QJsonValue()},
                            {u"error_message"_s,
                             status.errorMessage.isEmpty() ? QJsonValue() : QJsonValue(status.errorMessage)},
                            {u"from"_s, sms != m_state->messages.cend() ? sms->from : QString()},
                            {u"sid"_s, sid},
                            {u"status"_s, status.status},
                            {u"to"_s, sms != m_state->messages.cend() ? sms->to : QString()},
                            {u"uri"_s, uri}})
                .toJson(QJsonDocument::Compact));
}

void FakeTwilioServer::Server::listMessages(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // Twilio's filters: To (a "+" sent as %2B; a bare "+" would mean a space)
    // and DateSent>= (whole days, UTC).
    const QUrlQuery query(request.url());
    const QString to = query.queryItemValue(u"To"_s, QUrl::FullyDecoded);
    const QDate since =
        QDate::fromString(query.queryItemValue(u"DateSent>"_s, QUrl::FullyDecoded), Qt::ISODate);
    const int page = query.queryItemValue(u"Page"_s).toInt();
    int size = m_state->pageSize;
    if (size <= 0)
        size = query.hasQueryItem(u"PageSize"_s) ? query.queryItemValue(u"PageSize"_s).toInt() : 50;
    size = std::clamp(size, 1, 1000);
    QList<FakeInbound> matching;
    for (const FakeInbound &m : m_state->inbound) {
        if ((to.isEmpty() || m.to == to) && (!since.isValid() || m.sentAt.toUTC().date() >= since))
            matching.append(m);
    }
    std::stable_sort(matching.begin(), matching.end(),
                     [](const FakeInbound &a, const FakeInbound &b) { return a.sentAt > b.sentAt; });
    QJsonArray messages;
    for (qsizetype i = qsizetype(page) * size; i < matching.size() && i < qsizetype(page + 1) * size; ++i) {
        const FakeInbound &m = matching.at(i);
        messages.append(QJsonObject{{u"account_sid"_s, m_state->accountSid},
                                    {u"body"_s, m.body},
                                    {u"date_created"_s, rfc2822(m.sentAt)},
                                    {u"date_sent"_s, rfc2822(m.sentAt)},
                                    {u"date_updated"_s, rfc2822(m.sentAt)},
                                    {u"direction"_s, u"inbound"_s},
                                    {u"error_code"_s, QJsonValue()},
                                    {u"from"_s, m.from},
                                    {u"sid"_s, m.sid},
                                    {u"status"_s, u"received"_s},
                                    {u"to"_s, m.to}});
    }
    const QString path = request.url().path();
    QUrlQuery here = query;
    here.removeAllQueryItems(u"Page"_s);
    here.removeAllQueryItems(u"PageToken"_s);
    const auto pageUri = [&](int n) -> QString {
        QUrlQuery q = here;
        q.addQueryItem(u"Page"_s, QString::number(n));
        if (n > 0)
            q.addQueryItem(u"PageToken"_s, u"PA"_s + matching.at(qsizetype(n) * size - 1).sid);
        return path + u'?' + q.toString(QUrl::FullyEncoded);
    };
    const bool more = qsizetype(page + 1) * size < matching.size();
    respond(request, socket, 200,
            QJsonDocument(
                QJsonObject{{u"messages"_s, messages},
                            {u"page"_s, page},
                            {u"page_size"_s, size},
                            {u"first_page_uri"_s, pageUri(0)},
                            {u"previous_page_uri"_s, page > 0 ? QJsonValue(pageUri(page - 1)) : QJsonValue()},
                            {u"next_page_uri"_s, more ? QJsonValue(pageUri(page + 1)) : QJsonValue()},
                            {u"uri"_s, QString(path + u'?' + query.toString(QUrl::FullyEncoded))}})
                .toJson(QJsonDocument::Compact));
}

void FakeTwilioServer::Server::createMessage(const QHttpServerRequest &request, QTcpSocket *socket)
{
    if (!m_state->script.empty()) {
        const TwilioFault fault = m_state->script.front();
        m_state->script.pop_front();
        switch (fault.kind) {
        case TwilioFault::Kind::CloseWithoutAnswer:
            socket->disconnectFromHost();
            return;
        case TwilioFault::Kind::NeverAnswer:
            return;
        case TwilioFault::Kind::NotTwilio:
            respond(request, socket, 200, "<html><body>Welcome</body></html>", "text/html");
            return;
        case TwilioFault::Kind::Error: {
            Headers headers;
            if (fault.retryAfterSeconds >= 0)
                headers.append({"Retry-After", QByteArray::number(fault.retryAfterSeconds)});
            respond(request, socket, fault.httpStatus, errorBody(fault.httpStatus, fault.code, fault.message),
                    "application/json", headers);
            return;
        }
        }
    }
    if (!request.value("Content-Type").startsWith("application/x-www-form-urlencoded")) {
        respond(request, socket, 400, errorBody(400, 20001, u"Content-Type must be form-encoded"_s));
        return;
    }
    // Form decoding: "+" is a space, %2B a plus.
    QByteArray raw = request.body();
    raw.replace('+', ' ');
    const QUrlQuery form(QString::fromUtf8(raw));
    const auto field = [&form](const QString &name) { return form.queryItemValue(name, QUrl::FullyDecoded); };
    const QString to = field(u"To"_s);
    const QString from = field(u"From"_s);
    const QString service = field(u"MessagingServiceSid"_s);
    const QString body = field(u"Body"_s);
    const auto fail = [&](int code, const QString &message) {
        respond(request, socket, 400, errorBody(400, code, message));
    };
    if (to.isEmpty())
        return fail(21604, u"A 'To' phone number is required."_s);
    if (from.isEmpty() && service.isEmpty())
        return fail(21603, u"A 'From' phone number is required."_s);
    if (body.isEmpty())
        return fail(21602, u"Message body is required."_s);
    if (!isE164(to))
        return fail(21211, u"The 'To' number %1 is not a valid phone number."_s.arg(to));
    if (service.isEmpty() && (!isE164(from) || (!m_state->owned.isEmpty() && !m_state->owned.contains(from))))
        return fail(21606, u"The From phone number %1 is not a valid, SMS-capable inbound phone number or "
                           "short code for your account."_s.arg(from));
    if (m_state->unsubscribed.contains(to))
        return fail(21610, u"Attempt to send to unsubscribed recipient"_s);
    if (m_state->landlines.contains(to))
        return fail(21614, u"'To' number is not a valid mobile number"_s);
    const FakeSms sms{randomSid("SM"), to, from, service, body};
    m_state->messages.append(sms);
    const QString uri = u"/2010-04-01/Accounts/%1/Messages/%2.json"_s.arg(m_state->accountSid, sms.sid);
    const QString now = rfc2822Now();
    respond(request, socket, 201,
            QJsonDocument(QJsonObject{{u"account_sid"_s, m_state->accountSid},
                                      {u"api_version"_s, u"2010-04-01"_s},
                                      {u"body"_s, body},
                                      {u"date_created"_s, now},
                                      {u"date_sent"_s, QJsonValue()},
                                      {u"date_updated"_s, now},
                                      {u"direction"_s, u"outbound-api"_s},
                                      {u"error_code"_s, QJsonValue()},
                                      {u"error_message"_s, QJsonValue()},
                                      {u"from"_s, service.isEmpty() ? QJsonValue(from) : QJsonValue()},
                                      {u"messaging_service_sid"_s,
                                       service.isEmpty() ? QJsonValue() : QJsonValue(service)},
                                      {u"num_media"_s, u"0"_s},
                                      {u"num_segments"_s, u"1"_s},
                                      {u"price"_s, QJsonValue()},
                                      {u"price_unit"_s, u"USD"_s},
                                      {u"sid"_s, sms.sid},
                                      {u"status"_s, service.isEmpty() ? u"queued"_s : u"accepted"_s},
                                      {u"subresource_uris"_s,
                                       QJsonObject{{u"media"_s, QString(uri.chopped(5) + u"/Media.json"_s)}}},
                                      {u"to"_s, to},
                                      {u"uri"_s, uri}})
                .toJson(QJsonDocument::Compact));
}

class FakeTwilioServer::Thread : public QThread
{
public:
    explicit Thread(std::shared_ptr<State> state)
        : m_state(std::move(state))
    {}
    std::promise<quint16> ready;

protected:
    void run() override
    {
        Server server(m_state);
        const quint16 port = server.listen(QHostAddress::LocalHost, 0);
        ready.set_value(port);
        if (port != 0)
            exec();
    }

private:
    std::shared_ptr<State> m_state;
};

FakeTwilioServer::FakeTwilioServer()
    : m_accountSid(randomSid("AC"))
    , m_token(randomSid("tk").mid(2))
    , m_state(std::make_shared<State>())
{
    m_state->accountSid = m_accountSid;
    m_state->token = m_token;
    m_state->friendlyName = friendlyName();
}

FakeTwilioServer::~FakeTwilioServer()
{
    if (m_thread) {
        m_thread->quit();
        m_thread->wait();
    }
}

bool FakeTwilioServer::start()
{
    m_thread = std::make_unique<Thread>(m_state);
    std::future<quint16> port = m_thread->ready.get_future();
    m_thread->start();
    m_port = port.get();
    return m_port != 0;
}

QUrl FakeTwilioServer::baseUrl() const
{
    return QUrl(u"http://127.0.0.1:%1"_s.arg(m_port));
}

void FakeTwilioServer::setOwnedNumbers(const QStringList &numbers)
{
    QMutexLocker lock(&m_state->mutex);
    m_state->owned = QSet<QString>(numbers.begin(), numbers.end());
}

void FakeTwilioServer::addUnsubscribed(const QString &number)
{
    QMutexLocker lock(&m_state->mutex);
    m_state->unsubscribed.insert(number);
}

void FakeTwilioServer::addLandline(const QString &number)
{
    QMutexLocker lock(&m_state->mutex);
    m_state->landlines.insert(number);
}

void FakeTwilioServer::enqueue(const TwilioFault &fault, int times)
{
    QMutexLocker lock(&m_state->mutex);
    for (int i = 0; i < times; ++i)
        m_state->script.push_back(fault);
}

void FakeTwilioServer::scriptStatuses(const QString &sidOrTo, const QList<FakeStatus> &sequence)
{
    QMutexLocker lock(&m_state->mutex);
    m_state->statusScripts.insert(sidOrTo, sequence);
}

QString FakeTwilioServer::addInbound(const QString &to, const QString &from, const QString &body,
                                     const QDateTime &sentAt)
{
    QMutexLocker lock(&m_state->mutex);
    const FakeInbound m{randomSid("SM"), to, from, body, sentAt};
    m_state->inbound.append(m);
    return m.sid;
}

void FakeTwilioServer::setPageSize(int size)
{
    QMutexLocker lock(&m_state->mutex);
    m_state->pageSize = size;
}

int FakeTwilioServer::statusGets() const
{
    QMutexLocker lock(&m_state->mutex);
    return m_state->statusGets;
}

int FakeTwilioServer::listGets() const
{
    QMutexLocker lock(&m_state->mutex);
    return int(m_state->listRequests.size());
}

QList<QUrl> FakeTwilioServer::listRequests() const
{
    QMutexLocker lock(&m_state->mutex);
    return m_state->listRequests;
}

QList<FakeSms> FakeTwilioServer::messages() const
{
    QMutexLocker lock(&m_state->mutex);
    return m_state->messages;
}

int FakeTwilioServer::messagePosts() const
{
    QMutexLocker lock(&m_state->mutex);
    return m_state->messagePosts;
}

int FakeTwilioServer::requestCount() const
{
    QMutexLocker lock(&m_state->mutex);
    return m_state->requests;
}

} // namespace outreach::test
