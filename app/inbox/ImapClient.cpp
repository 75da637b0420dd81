#include "ImapClient.h"
#include "ImapFolderName.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QSslCertificate>
#include <QSslError>
#include <libetpan/libetpan.h>

#include <algorithm>
#include <csignal>
#include <mutex>

using namespace Qt::StringLiterals;

namespace outreach::inbox {
namespace {

bool isLoopback(const QString &host)
{
    if (host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

bool ok(int r)
{
    return r == MAILIMAP_NO_ERROR || r == MAILIMAP_NO_ERROR_AUTHENTICATED ||
           r == MAILIMAP_NO_ERROR_NON_AUTHENTICATED;
}

// The server's last response text ("[AUTHENTICATIONFAILED] ..."), which
// never contains what we sent.
QString serverText(mailimap *imap)
{
    if (imap && imap->imap_response && *imap->imap_response)
        return QString::fromUtf8(imap->imap_response);
    return QString();
}

// Why a command failed: the server's words, or what happened to the
// connection when there are none (a server that died mid-answer).
QString reasonFor(mailimap *imap, int r)
{
    if (QString text = serverText(imap); !text.isEmpty())
        return text;
    if (r == MAILIMAP_ERROR_STREAM)
        return QCoreApplication::translate("ImapClient", "the connection was lost.");
    if (r == MAILIMAP_ERROR_PARSE) // also what a connection lost mid-answer gives
        return QCoreApplication::translate("ImapClient", "its answer broke off or could not be read.");
    return QCoreApplication::translate("ImapClient", "the server gave no reason (libetpan error %1).").arg(r);
}

void setServerName(mailstream_ssl_context *context, void *data)
{
    mailstream_ssl_set_server_name(context, static_cast<char *>(data));
}

} // namespace

std::optional<ImapSecurity> imapSecurityFromString(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == u"tls" || t == u"ssl")
        return ImapSecurity::Tls;
    if (t == u"starttls")
        return ImapSecurity::StartTls;
    if (t == u"none")
        return ImapSecurity::None;
    return std::nullopt;
}

ImapClient::ImapClient()
{
    // libetpan writes to its socket without MSG_NOSIGNAL: a server that
    // drops the connection (a crash, a kick, a network cut) would kill the
    // whole process with SIGPIPE at the next write, often the LOGOUT. With
    // SIGPIPE ignored the write fails with EPIPE, which libetpan reports as
    // an error like any other. (Qt's own sockets never raise it.)
    static std::once_flag once;
    std::call_once(once, [] { std::signal(SIGPIPE, SIG_IGN); });
}

ImapClient::~ImapClient()
{
    close();
}

bool ImapClient::fail(ImapError::Kind kind, const QString &message)
{
    m_error = {kind, message};
    return false;
}

bool ImapClient::open(const ImapAccount &account)
{
    close();
    m_account = account;
    m_error = {};
    const QString where = u"%1:%2"_s.arg(account.host).arg(account.port);
    if (account.security == ImapSecurity::None && !isLoopback(account.host))
        return fail(
            ImapError::Kind::Refused,
            QCoreApplication::translate(
                "ImapClient", "IMAP without TLS is only allowed to this computer (loopback), not to %1.")
                .arg(where));

    m_imap = mailimap_new(0, nullptr);
    if (!m_imap)
        return fail(
            ImapError::Kind::Protocol,
            QCoreApplication::translate("ImapClient", "Out of memory while connecting to %1.").arg(where));
    mailimap_set_timeout(m_imap, account.timeoutSeconds);

    QByteArray host = account.host.toUtf8();
    int r = MAILIMAP_NO_ERROR;
    if (account.security == ImapSecurity::Tls) {
        r = mailimap_ssl_connect_with_callback(m_imap, host.constData(), account.port, setServerName,
                                               host.data());
        if (r == MAILIMAP_ERROR_SSL)
            return fail(
                ImapError::Kind::Tls,
                QCoreApplication::translate("ImapClient", "The TLS handshake with %1 failed.").arg(where));
    } else {
        r = mailimap_socket_connect(m_imap, host.constData(), account.port);
    }
    if (!ok(r))
        return fail(
            ImapError::Kind::Unreachable,
            QCoreApplication::translate("ImapClient", "The IMAP server %1 cannot be reached.").arg(where));

    if (account.security == ImapSecurity::StartTls) {
        r = mailimap_socket_starttls_with_callback(m_imap, setServerName, host.data());
        if (!ok(r))
            return fail(ImapError::Kind::Tls,
                        QCoreApplication::translate("ImapClient", "STARTTLS with %1 failed.").arg(where));
    }
    if (account.security != ImapSecurity::None && !verifyCertificate())
        return false;

    const QByteArray login = account.login.toUtf8();
    const QByteArray secret = account.secret.toUtf8();
    r = account.oauth2 ? mailimap_oauth2_authenticate(m_imap, login.constData(), secret.constData())
                       : mailimap_login(m_imap, login.constData(), secret.constData());
    if (!ok(r)) {
        const QString text = serverText(m_imap);
        if (r == MAILIMAP_ERROR_LOGIN || r == MAILIMAP_ERROR_SASL)
            return fail(
                ImapError::Kind::Authentication,
                QCoreApplication::translate("ImapClient", "The IMAP server %1 refused the login for %2%3")
                    .arg(where, account.login, text.isEmpty() ? u"."_s : u": "_s + text));
        return fail(ImapError::Kind::Unreachable,
                    QCoreApplication::translate("ImapClient",
                                                "The connection to the IMAP server %1 was lost during login.")
                        .arg(where));
    }
    return true;
}

bool ImapClient::verifyCertificate()
{
    const QString where = u"%1:%2"_s.arg(m_account.host).arg(m_account.port);
    carray *chain = mailstream_get_certificate_chain(m_imap->imap_stream);
    if (!chain)
        return fail(ImapError::Kind::Tls,
                    QCoreApplication::translate("ImapClient", "%1 sent no TLS certificate.").arg(where));
    QList<QSslCertificate> certificates;
    for (unsigned i = 0; i < carray_count(chain); ++i) {
        auto *der = static_cast<MMAPString *>(carray_get(chain, i));
        certificates.append(
            QSslCertificate(QByteArray(der->str, static_cast<qsizetype>(der->len)), QSsl::Der));
    }
    mailstream_certificate_chain_free(chain);
    QList<QSslError> errors = QSslCertificate::verify(certificates, m_account.host);
    // A CA the user trusts besides the system's (a company CA, a self-signed
    // server): OpenSSL checks the chain with it appended, so signatures and
    // the host name are still verified; only "the root is not in the system
    // store" is forgiven, and only when that root is exactly one of the
    // given certificates.
    if (!errors.isEmpty() && !m_account.caFile.isEmpty() && !certificates.isEmpty()) {
        const QList<QSslCertificate> extra = QSslCertificate::fromPath(m_account.caFile, QSsl::Pem);
        const bool leafIsTrusted = extra.contains(certificates.first());
        QList<QSslCertificate> chain = certificates;
        if (!leafIsTrusted) {
            for (const QSslCertificate &ca : extra) {
                if (!chain.contains(ca))
                    chain.append(ca);
            }
        }
        errors = QSslCertificate::verify(chain, m_account.host);
        errors.removeIf([&](const QSslError &e) {
            if (e.error() == QSslError::SelfSignedCertificate)
                return leafIsTrusted;
            if (e.error() == QSslError::SelfSignedCertificateInChain)
                return !extra.isEmpty() && extra.contains(chain.last());
            return false;
        });
    }
    if (!errors.isEmpty())
        return fail(ImapError::Kind::Tls,
                    QCoreApplication::translate("ImapClient", "The TLS certificate of %1 is not trusted: %2")
                        .arg(where, errors.first().errorString()));
    return true;
}

std::optional<FolderStatus> ImapClient::examine(const QString &folder)
{
    if (!m_imap)
        return std::nullopt;
    const int r = mailimap_examine(m_imap, encodeImapFolderName(folder).constData());
    if (!ok(r)) {
        fail(r == MAILIMAP_ERROR_EXAMINE ? ImapError::Kind::NoSuchFolder : ImapError::Kind::Protocol,
             QCoreApplication::translate("ImapClient", "The folder \"%1\" on %2 cannot be opened: %3")
                 .arg(folder, m_account.host, reasonFor(m_imap, r)));
        return std::nullopt;
    }
    FolderStatus status;
    if (const mailimap_selection_info *info = m_imap->imap_selection_info) {
        status.uidValidity = info->sel_uidvalidity;
        status.uidNext = info->sel_uidnext;
        status.exists = info->sel_exists;
    }
    return status;
}

namespace {

enum class Attributes { Flags, Whole, Header };

mailimap_fetch_type *fetchType(Attributes what)
{
    mailimap_fetch_type *type = mailimap_fetch_type_new_fetch_att_list_empty();
    mailimap_fetch_type_new_fetch_att_list_add(type, mailimap_fetch_att_new_uid());
    if (what != Attributes::Flags) {
        mailimap_fetch_type_new_fetch_att_list_add(type, mailimap_fetch_att_new_rfc822_size());
        // BODY.PEEK[] / BODY.PEEK[HEADER]: without setting \Seen.
        mailimap_fetch_type_new_fetch_att_list_add(
            type, mailimap_fetch_att_new_body_peek_section(what == Attributes::Header
                                                               ? mailimap_section_new_header()
                                                               : mailimap_section_new(nullptr)));
    }
    if (what == Attributes::Flags)
        mailimap_fetch_type_new_fetch_att_list_add(type, mailimap_fetch_att_new_flags());
    return type;
}

// UID FETCH of set (which it frees) with these attributes.
int uidFetch(mailimap *imap, mailimap_set *set, Attributes what, clist **result)
{
    mailimap_fetch_type *type = fetchType(what);
    const int r = mailimap_uid_fetch(imap, set, type, result);
    mailimap_fetch_type_free(type);
    mailimap_set_free(set);
    return r;
}

struct Row
{
    quint32 uid = 0;
    quint32 size = 0;
    QByteArray body;
    bool seen = false;
};

Row readRow(const mailimap_msg_att *att)
{
    Row row;
    for (clistiter *it = clist_begin(att->att_list); it; it = clist_next(it)) {
        auto *item = static_cast<mailimap_msg_att_item *>(clist_content(it));
        if (item->att_type == MAILIMAP_MSG_ATT_ITEM_STATIC) {
            const mailimap_msg_att_static *s = item->att_data.att_static;
            if (s->att_type == MAILIMAP_MSG_ATT_UID)
                row.uid = s->att_data.att_uid;
            else if (s->att_type == MAILIMAP_MSG_ATT_RFC822_SIZE)
                row.size = s->att_data.att_rfc822_size;
            else if (s->att_type == MAILIMAP_MSG_ATT_BODY_SECTION &&
                     s->att_data.att_body_section->sec_body_part)
                row.body = QByteArray(s->att_data.att_body_section->sec_body_part,
                                      static_cast<qsizetype>(s->att_data.att_body_section->sec_length));
        } else if (item->att_type == MAILIMAP_MSG_ATT_ITEM_DYNAMIC && item->att_data.att_dyn->att_list) {
            for (clistiter *f = clist_begin(item->att_data.att_dyn->att_list); f; f = clist_next(f)) {
                auto *flag = static_cast<mailimap_flag_fetch *>(clist_content(f));
                if (flag->fl_type == MAILIMAP_FLAG_FETCH_OTHER && flag->fl_flag &&
                    flag->fl_flag->fl_type == MAILIMAP_FLAG_SEEN)
                    row.seen = true;
            }
        }
    }
    return row;
}

} // namespace

bool ImapClient::fetchFrom(quint32 firstUid, const FolderStatus &status,
                           const std::function<bool(const FetchedMessage &)> &sink, quint32 batchUids,
                           FetchPart part)
{
    return fetchWindowsFrom(firstUid, status, part, batchUids, [&](QList<FetchedMessage> &&window) {
        for (const FetchedMessage &message : window) {
            if (!sink(message))
                return false;
        }
        return true;
    });
}

UidWindows::UidWindows(quint32 firstUid, const FolderStatus &status, quint32 batchUids)
    : m_first(std::max<quint32>(firstUid, 1))
    , m_next(m_first)
    , m_uidNext(status.uidNext)
    , m_batch(std::max<quint32>(batchUids, 1))
    , m_done(status.exists == 0 || (status.uidNext != 0 && m_first >= status.uidNext)) // nothing new
{}

std::optional<UidWindows::Window> UidWindows::take()
{
    if (m_done)
        return std::nullopt;
    const bool last = m_uidNext == 0 || quint64(m_next) + m_batch >= m_uidNext;
    const Window window{m_next, last ? 0 : m_next + m_batch - 1};
    m_done = last;
    m_next = window.to + 1;
    return window;
}

std::optional<QList<FetchedMessage>> ImapClient::fetchWindow(const UidWindows::Window &window, FetchPart part)
{
    if (!m_imap) {
        failNotConnected();
        return std::nullopt;
    }
    clist *result = nullptr;
    if (const int r = uidFetch(m_imap, mailimap_set_new_interval(window.from, window.to),
                               part == FetchPart::Header ? Attributes::Header : Attributes::Whole, &result);
        !ok(r)) {
        failReadingMessages(r);
        return std::nullopt;
    }
    QList<FetchedMessage> messages;
    messages.reserve(clist_count(result));
    for (clistiter *it = clist_begin(result); it; it = clist_next(it)) {
        Row row = readRow(static_cast<mailimap_msg_att *>(clist_content(it)));
        // "n:*" also returns the newest message when n is past it.
        if (row.uid < window.from)
            continue;
        messages.append(FetchedMessage{row.uid, row.size, std::move(row.body)});
    }
    mailimap_fetch_list_free(result);
    std::sort(messages.begin(), messages.end(),
              [](const FetchedMessage &a, const FetchedMessage &b) { return a.uid < b.uid; });
    return messages;
}

bool ImapClient::fetchWindowsFrom(quint32 firstUid, const FolderStatus &status, FetchPart part,
                                  quint32 batchUids,
                                  const std::function<bool(QList<FetchedMessage> &&)> &windowSink)
{
    if (!m_imap)
        return false;
    UidWindows windows(firstUid, status, batchUids);
    while (const auto window = windows.take()) {
        auto messages = fetchWindow(*window, part);
        if (!messages)
            return false;
        if (!messages->isEmpty() && !windowSink(std::move(*messages)))
            return true;
    }
    return true;
}

bool ImapClient::fetchUids(const QList<quint32> &uids,
                           const std::function<bool(const FetchedMessage &)> &sink)
{
    if (!m_imap)
        return failNotConnected();
    if (uids.isEmpty())
        return true;
    mailimap_set *set = mailimap_set_new_empty();
    for (const quint32 uid : uids)
        mailimap_set_add_single(set, uid);
    clist *result = nullptr;
    if (const int r = uidFetch(m_imap, set, Attributes::Whole, &result); !ok(r))
        return failReadingMessages(r);
    bool keepGoing = true;
    for (clistiter *it = clist_begin(result); it && keepGoing; it = clist_next(it)) {
        Row row = readRow(static_cast<mailimap_msg_att *>(clist_content(it)));
        if (row.uid != 0)
            keepGoing = sink(FetchedMessage{row.uid, row.size, std::move(row.body)});
    }
    mailimap_fetch_list_free(result);
    return true;
}

std::optional<QList<quint32>> ImapClient::searchMessageId(const QString &messageId)
{
    if (!m_imap)
        return std::nullopt;
    QString id = messageId.trimmed();
    if (!id.startsWith(u'<'))
        id = u'<' + id + u'>';
    // The key owns (and frees) both strings.
    mailimap_search_key *key =
        mailimap_search_key_new_header(strdup("Message-ID"), strdup(id.toUtf8().constData()));
    clist *result = nullptr;
    const int r = mailimap_uid_search(m_imap, nullptr, key, &result);
    mailimap_search_key_free(key);
    if (!ok(r)) {
        fail(ImapError::Kind::Protocol, QCoreApplication::translate("ImapClient", "Searching %1 failed: %2")
                                            .arg(m_account.host, reasonFor(m_imap, r)));
        return std::nullopt;
    }
    QList<quint32> uids;
    for (clistiter *it = clist_begin(result); it; it = clist_next(it))
        uids.append(*static_cast<uint32_t *>(clist_content(it)));
    mailimap_search_result_free(result);
    return uids;
}

bool ImapClient::failNotConnected()
{
    return fail(ImapError::Kind::Protocol,
                QCoreApplication::translate("ImapClient", "There is no connection to the IMAP server %1.")
                    .arg(m_account.host));
}

bool ImapClient::failReadingMessages(int r)
{
    return fail(ImapError::Kind::Protocol,
                QCoreApplication::translate("ImapClient", "Reading messages from %1 failed: %2")
                    .arg(m_account.host, reasonFor(m_imap, r)));
}

std::optional<QList<QPair<quint32, bool>>> ImapClient::uidsAndSeen()
{
    if (!m_imap)
        return std::nullopt;
    QList<QPair<quint32, bool>> rows;
    if (!m_imap->imap_selection_info || m_imap->imap_selection_info->sel_exists == 0)
        return rows;
    clist *result = nullptr;
    if (!ok(uidFetch(m_imap, mailimap_set_new_interval(1, 0), Attributes::Flags, &result))) {
        fail(ImapError::Kind::Protocol,
             QCoreApplication::translate("ImapClient", "Reading flags from %1 failed.").arg(m_account.host));
        return std::nullopt;
    }
    for (clistiter *it = clist_begin(result); it; it = clist_next(it)) {
        const Row row = readRow(static_cast<mailimap_msg_att *>(clist_content(it)));
        rows.append({row.uid, row.seen});
    }
    mailimap_fetch_list_free(result);
    return rows;
}

void ImapClient::close()
{
    if (!m_imap)
        return;
    if (m_imap->imap_stream)
        mailimap_logout(m_imap);
    mailimap_free(m_imap);
    m_imap = nullptr;
}

} // namespace outreach::inbox
