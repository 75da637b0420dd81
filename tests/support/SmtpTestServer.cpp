#include "SmtpTestServer.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTcpServer>
#include <QTcpSocket>

using namespace Qt::StringLiterals;

namespace outreach::test {

quint16 freeLoopbackPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

bool SmtpTestServer::mustFailInsteadOfSkip()
{
    return qEnvironmentVariable("CI") == u"true";
}

SmtpTestServer::SmtpTestServer(const SmtpServerOptions &options)
{
    if (!start(options) && m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

SmtpTestServer::~SmtpTestServer()
{
    stop();
}

void SmtpTestServer::stop()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

bool SmtpTestServer::makeCertificate()
{
    m_certificate = m_dir.filePath(u"cert.pem"_s);
    m_key = m_dir.filePath(u"key.pem"_s);
    QProcess openssl;
    openssl.start(u"openssl"_s, {u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-days"_s,
                                 u"2"_s, u"-subj"_s, u"/CN=localhost"_s, u"-addext"_s,
                                 u"subjectAltName=DNS:localhost,IP:127.0.0.1"_s, u"-keyout"_s, m_key,
                                 u"-out"_s, m_certificate});
    if (!openssl.waitForFinished(60000) || openssl.exitCode() != 0) {
        m_unavailable = u"SMTP suite: openssl could not make a test certificate: "_s +
                        QString::fromLocal8Bit(openssl.readAllStandardError());
        return false;
    }
    return true;
}

bool SmtpTestServer::start(const SmtpServerOptions &o)
{
    if (!m_dir.isValid()) {
        m_unavailable = u"SMTP suite: cannot create a temporary directory"_s;
        return false;
    }
    const QString python = u"/usr/bin/python3"_s;
    const QString script = QStringLiteral(OUTREACH_SOURCE_DIR) + u"/tests/support/smtp_test_server.py"_s;
    if (!QFileInfo::exists(python)) {
        m_unavailable = u"SMTP suite: /usr/bin/python3 is missing (install python3-aiosmtpd)"_s;
        return false;
    }
    m_port = freeLoopbackPort();
    QStringList args{script, u"--port"_s, QString::number(m_port), u"--maildir"_s,
                     m_dir.filePath(u"maildir"_s)};
    if (o.startTls || o.smtps) {
        if (!makeCertificate())
            return false;
        args << u"--tlscert"_s << m_certificate << u"--tlskey"_s << m_key;
        if (o.smtps)
            args << u"--smtps"_s;
    }
    if (!o.user.isEmpty())
        args << u"--user"_s << o.user << u"--password"_s << o.password;
    if (o.tempfailFirst > 0)
        args << u"--tempfail-first"_s << QString::number(o.tempfailFirst);
    if (!o.rejectRcpt.isEmpty())
        args << u"--reject-rcpt"_s << o.rejectRcpt;
    if (o.dropAfterData)
        args << u"--drop-after-data"_s;
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.start(python, args);
    if (!m_process.waitForStarted(10000)) {
        m_unavailable = u"SMTP suite: cannot start %1: %2"_s.arg(python, m_process.errorString());
        return false;
    }
    // Ready when it accepts a connection; give up if it exits or takes 20 s.
    const QDeadlineTimer deadline(20000);
    while (!deadline.hasExpired()) {
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, m_port);
        if (probe.waitForConnected(500)) {
            probe.abort();
            return true;
        }
        if (m_process.state() == QProcess::NotRunning || m_process.waitForFinished(100)) {
            m_unavailable =
                u"SMTP suite: the test SMTP server exited (code %1); is python3-aiosmtpd installed?"_s.arg(
                    m_process.exitCode());
            return false;
        }
    }
    m_unavailable = u"SMTP suite: the test SMTP server did not accept connections on port %1"_s.arg(m_port);
    return false;
}

QList<QByteArray> SmtpTestServer::received() const
{
    QList<QByteArray> list;
    for (const char *sub : {"new", "cur"}) {
        QDir dir(m_dir.filePath(u"maildir/"_s + QLatin1StringView(sub)));
        const QFileInfoList files = dir.entryInfoList(QDir::Files, QDir::Time | QDir::Reversed);
        for (const QFileInfo &f : files) {
            QFile file(f.filePath());
            if (file.open(QIODevice::ReadOnly))
                list.append(file.readAll());
        }
    }
    return list;
}

} // namespace outreach::test
