// The time the sending scheduler lives by. Injected so tests move time by
// hand (windows across midnight, daylight saving changes, caps and gaps)
// without waiting; the app and `outreach send` use SystemClock.
#pragma once

#include <QDateTime>

namespace outreach {

class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0; // UTC
};

class SystemClock : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};

// A clock a test sets and advances.
class ManualClock : public Clock
{
public:
    explicit ManualClock(QDateTime start)
        : m_now(start.toUTC())
    {}
    QDateTime now() const override { return m_now; }
    void set(const QDateTime &t) { m_now = t.toUTC(); }
    void advance(qint64 ms) { m_now = m_now.addMSecs(ms); }

private:
    QDateTime m_now;
};

} // namespace outreach
