#include "DovecotServer.h"

#include "inbox/ImapFolderName.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <csignal>
#include <grp.h>
#include <pwd.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace outreach::test {
namespace {

const QString kDovecot = u"/usr/sbin/dovecot"_s;

quint16 freeLoopbackPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(data) == data.size();
}

} // namespace

DovecotServer::DovecotServer() = default;

DovecotServer::~DovecotServer()
{
    stop();
}

bool DovecotServer::mustFailInsteadOfSkip()
{
    return qEnvironmentVariable("CI") == u"true";
}

bool DovecotServer::fail(const QString &reason)
{
    m_unavailable = reason;
    return false;
}

bool DovecotServer::chownToDovecot(const QString &path) const
{
    return ::chown(QFile::encodeName(path).constData(), m_uid, m_gid) == 0;
}

QString DovecotServer::folderPath(const QString &folder) const
{
    const QString maildir = m_dir.filePath(u"mail/Maildir"_s);
    // Dovecot's Maildir++ keeps folder names in modified UTF-7 on disk too.
    return folder.compare(u"INBOX"_s, Qt::CaseInsensitive) == 0
               ? maildir
               : maildir + u"/."_s + QString::fromLatin1(inbox::encodeImapFolderName(folder));
}

QString DovecotServer::logText() const
{
    QFile log(m_dir.filePath(u"dovecot.log"_s));
    return log.open(QIODevice::ReadOnly) ? QString::fromUtf8(log.readAll()) : QString();
}

bool DovecotServer::start()
{
    if (m_running)
        return true;
    if (!QFileInfo::exists(kDovecot))
        return fail(u"Dovecot is not installed (%1 missing; apt-get install dovecot-imapd)."_s.arg(kDovecot));
    if (::geteuid() != 0)
        return fail(u"Dovecot test server needs root (it switches to the dovecot user)."_s);
    const passwd *pw = ::getpwnam("dovecot");
    if (!pw)
        return fail(u"There is no \"dovecot\" system user (apt-get install dovecot-core)."_s);
    m_uid = pw->pw_uid;
    m_gid = pw->pw_gid;
    if (!m_dir.isValid())
        return fail(u"Cannot create a temporary directory for Dovecot."_s);
    // The login and mail processes run as other users and must reach it.
    ::chmod(QFile::encodeName(m_dir.path()).constData(), 0755);
    m_port = freeLoopbackPort();
    m_tlsPort = freeLoopbackPort();
    if (m_port == 0 || m_tlsPort == 0 || m_tlsPort == m_port)
        return fail(u"No free loopback ports for Dovecot."_s);
    // A throwaway certificate for 127.0.0.1: STARTTLS on the plain port,
    // implicit TLS on the second one; tests trust it through caFile.
    m_certificate = m_dir.filePath(u"cert.pem"_s);
    const QString key = m_dir.filePath(u"key.pem"_s);
    QProcess openssl;
    openssl.start(u"openssl"_s, {u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-days"_s,
                                 u"2"_s, u"-subj"_s, u"/CN=localhost"_s, u"-addext"_s,
                                 u"subjectAltName=DNS:localhost,IP:127.0.0.1"_s, u"-keyout"_s, key, u"-out"_s,
                                 m_certificate});
    if (!openssl.waitForFinished(60000) || openssl.exitCode() != 0)
        return fail(u"openssl could not make a test certificate: "_s +
                    QString::fromLocal8Bit(openssl.readAllStandardError()));

    const QString root = m_dir.path();
    for (const QString &sub :
         {u"base"_s, u"state"_s, u"mail/Maildir/new"_s, u"mail/Maildir/cur"_s, u"mail/Maildir/tmp"_s})
        QDir().mkpath(root + u'/' + sub);
    for (const QString &sub :
         {u"mail"_s, u"mail/Maildir"_s, u"mail/Maildir/new"_s, u"mail/Maildir/cur"_s, u"mail/Maildir/tmp"_s})
        chownToDovecot(root + u'/' + sub);

    const QString users = root + u"/users"_s;
    writeFile(users, u"%1:{PLAIN}%2:%3:%4::%5/mail::\n"_s.arg(user(), password())
                         .arg(m_uid)
                         .arg(m_gid)
                         .arg(root)
                         .toUtf8());
    m_conf = root + u"/dovecot.conf"_s;
    const QString conf = uR"(base_dir = %1/base
state_dir = %1/state
log_path = %1/dovecot.log
info_log_path = %1/dovecot.log
ssl = yes
ssl_cert = <%1/cert.pem
ssl_key = <%1/key.pem
disable_plaintext_auth = no
auth_failure_delay = 0
first_valid_uid = 1
protocols = imap
listen = 127.0.0.1
mail_location = maildir:~/Maildir
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u %2
}
userdb {
  driver = passwd-file
  args = username_format=%u %2
}
service imap-login {
  inet_listener imap {
    address = 127.0.0.1
    port = %3
  }
  inet_listener imaps {
    address = 127.0.0.1
    port = %4
    ssl = yes
  }
}
namespace inbox {
  inbox = yes
  separator = .
  mailbox Sent {
    special_use = \Sent
    auto = create
  }
}
)"_s.arg(root, users)
                             .arg(m_port)
                             .arg(m_tlsPort);
    if (!writeFile(m_conf, conf.toUtf8()))
        return fail(u"Cannot write %1."_s.arg(m_conf));

    QProcess process;
    process.start(kDovecot, {u"-c"_s, m_conf});
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return fail(u"Dovecot did not start: %1 %2"_s.arg(QString::fromUtf8(process.readAllStandardError()),
                                                          logText()));
    m_running = true;
    if (!waitForPort())
        return fail(
            u"Dovecot started but does not accept connections on 127.0.0.1:%1. Log: %2"_s.arg(m_port).arg(
                logText()));
    return true;
}

bool DovecotServer::waitForPort() const
{
    // Dovecot returns after forking; its listener may lag a moment. Each
    // attempt is a real connection, retried on refusal until the deadline.
    QDeadlineTimer deadline(20000);
    while (!deadline.hasExpired()) {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_port);
        if (socket.waitForConnected(1000) && socket.waitForReadyRead(5000) &&
            socket.readAll().startsWith("* OK"))
            return true;
        QThread::msleep(20); // back-off between refused connects
    }
    return false;
}

void DovecotServer::stop()
{
    if (!m_running)
        return;
    QProcess process;
    process.start(kDovecot, {u"-c"_s, m_conf, u"stop"_s});
    process.waitForFinished(30000);
    m_running = false;
}

bool DovecotServer::deliver(const QByteArray &raw, const QString &folder)
{
    const QString dir = folderPath(folder);
    if (!QFileInfo::exists(dir + u"/new"_s)) {
        for (const char *sub : {"", "/new", "/cur", "/tmp"}) {
            QDir().mkpath(dir + QLatin1String(sub));
            chownToDovecot(dir + QLatin1String(sub));
        }
    }
    // Maildir names are unique per delivery; the serial keeps the order.
    const QString name = u"%1.M%2P%3.outreach-test"_s.arg(QDateTime::currentSecsSinceEpoch())
                             .arg(++m_serial, 6, 10, QLatin1Char('0'))
                             .arg(QCoreApplication::applicationPid());
    const QString tmp = dir + u"/tmp/"_s + name;
    QByteArray data = raw;
    if (!data.contains("\r\n"))
        data.replace("\n", "\r\n");
    if (!writeFile(tmp, data) || !chownToDovecot(tmp))
        return false;
    return QFile::rename(tmp, dir + u"/new/"_s + name);
}

bool DovecotServer::changeUidValidity(const QString &folder)
{
    // dovecot-uidlist's header holds "V<uidvalidity>"; bumping it and
    // dropping the index makes Dovecot announce a new UIDVALIDITY.
    const QString dir = folderPath(folder);
    QFile uidlist(dir + u"/dovecot-uidlist"_s);
    if (!uidlist.open(QIODevice::ReadOnly))
        return false;
    QByteArray text = uidlist.readAll();
    uidlist.close();
    const qsizetype lineEnd = text.indexOf('\n');
    QList<QByteArray> header = text.left(lineEnd).split(' ');
    bool bumped = false;
    for (QByteArray &field : header) {
        if (field.startsWith('V')) {
            field = 'V' + QByteArray::number(field.mid(1).toULongLong() + 1000);
            bumped = true;
        }
    }
    if (!bumped)
        return false;
    text = header.join(' ') + text.mid(lineEnd);
    if (!writeFile(uidlist.fileName(), text) || !chownToDovecot(uidlist.fileName()))
        return false;
    const QStringList indexes = QDir(dir).entryList({u"dovecot.index*"_s}, QDir::Files);
    for (const QString &index : indexes)
        QFile::remove(dir + u'/' + index);
    return true;
}

bool DovecotServer::waitForSessionsToEnd(int timeoutMs) const
{
    const auto sessionAlive = [] {
        const QStringList pids = QDir(u"/proc"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        for (const QString &pid : pids) {
            QFile stat(u"/proc/"_s + pid + u"/stat"_s);
            if (stat.open(QIODevice::ReadOnly) && stat.readAll().contains(" (imap) "))
                return true;
        }
        return false;
    };
    const QDeadlineTimer deadline(timeoutMs);
    // Polled: a process ending sends no signal we could wait on.
    while (sessionAlive()) {
        if (deadline.hasExpired())
            return false;
        QThread::msleep(20);
    }
    return true;
}

int DovecotServer::killSessions() const
{
    QFile pidFile(m_dir.path() + u"/base/master.pid"_s);
    bool ok = false;
    const qint64 master = pidFile.open(QIODevice::ReadOnly) ? pidFile.readAll().trimmed().toLongLong(&ok) : 0;
    if (!ok)
        return 0;
    int killed = 0;
    const QStringList pids = QDir(u"/proc"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &pid : pids) {
        QFile stat(u"/proc/"_s + pid + u"/stat"_s);
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray text = stat.readAll();
        const qsizetype close = text.lastIndexOf(')');
        // "PID (imap) S PPID ...": a session process of this master.
        if (close < 0 || !text.contains(" (imap) "))
            continue;
        if (text.mid(close + 2).split(' ').value(1).toLongLong() != master)
            continue;
        if (::kill(pid_t(pid.toLongLong()), SIGKILL) == 0)
            ++killed;
    }
    return killed;
}

double DovecotServer::cpuSeconds() const
{
    const auto read = [](const QString &path) {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    };
    bool ok = false;
    const qint64 master = read(m_dir.path() + u"/base/master.pid"_s).trimmed().toLongLong(&ok);
    if (!ok)
        return 0;
    // /proc/PID/stat: after the command name in parentheses come field 3
    // (the state), 4 (the parent), ... 14..17: utime, stime, cutime, cstime
    // in clock ticks.
    const auto fields = [&read](const QString &pid) {
        const QByteArray stat = read(u"/proc/"_s + pid + u"/stat"_s);
        const qsizetype close = stat.lastIndexOf(')');
        return close < 0 ? QList<QByteArray>() : stat.mid(close + 2).split(' ');
    };
    const auto ticks = [](const QList<QByteArray> &f) {
        qint64 sum = 0;
        for (int field = 14; field <= 17; ++field)
            sum += f.value(field - 3).toLongLong();
        return sum;
    };
    qint64 total = ticks(fields(QString::number(master)));
    const QStringList pids = QDir(u"/proc"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &pid : pids) {
        const QList<QByteArray> f = fields(pid);
        if (!f.isEmpty() && f.value(1).toLongLong() == master)
            total += ticks(f);
    }
    return double(total) / double(::sysconf(_SC_CLK_TCK));
}

} // namespace outreach::test
