// Ctrl-C (SIGINT) and SIGTERM for a command that runs in the event loop: the
// first signal is handed to the loop as stopRequested() (through a pipe the
// signal handler writes one byte to, the only thing it may safely do), so
// the command can wind down and still print its summary; a second signal
// ends the process at once (exit 128 + signal), for a user who will not wait.
#pragma once

#include <QObject>

class QSocketNotifier;

namespace outreach::cli {

class StopSignals : public QObject
{
    Q_OBJECT
public:
    // Installs the handlers; one instance at a time. The destructor restores
    // the previous handlers.
    explicit StopSignals(QObject *parent = nullptr);
    ~StopSignals() override;

signals:
    void stopRequested(int signalNumber);

private:
    void onReadable();

    QSocketNotifier *m_notifier = nullptr;
};

} // namespace outreach::cli
