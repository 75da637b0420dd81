// Who a generation run is, as written into its lead claims: host, process id
// and a random part ("host/1234/9f3c..."). A run that finds claims of a
// process on this host that no longer exists takes them over at once
// instead of waiting for their leases to run out (kill -9, a crash).
#pragma once

#include <QString>

namespace outreach::RunOwner {

QString create();
// The owner names a process on this host that is gone.
bool isDeadLocalProcess(const QString &owner);

} // namespace outreach::RunOwner
