#include "RunOwner.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QSysInfo>

#include <cerrno>
#include <csignal>

using namespace Qt::StringLiterals;

namespace outreach::RunOwner {

QString create()
{
    return QSysInfo::machineHostName() + u'/' + QString::number(QCoreApplication::applicationPid()) + u'/' +
           QString::number(QRandomGenerator::global()->generate64(), 16);
}

bool isDeadLocalProcess(const QString &owner)
{
    const QStringList parts = owner.split(u'/');
    if (parts.size() != 3 || parts.at(0) != QSysInfo::machineHostName())
        return false;
    bool ok = false;
    const qint64 pid = parts.at(1).toLongLong(&ok);
    if (!ok || pid <= 0 || pid == QCoreApplication::applicationPid())
        return false;
    // Signal 0 checks existence only; EPERM means it exists under another user.
    return ::kill(pid_t(pid), 0) != 0 && errno == ESRCH;
}

} // namespace outreach::RunOwner
