// The scheduler's pure rules as tables: send windows in a zone (across
// midnight, on daylight saving days), the next opening, a lead's zone, a
// sender's cap under ramp-up, and phone numbers to E.164.
#include "sending/LocalTime.h"
#include "sending/PhoneNumber.h"
#include "sending/SendPolicy.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace outreach;

namespace {

QDateTime at(const char *zone, int y, int mo, int d, int h, int mi)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), QTimeZone(zone)).toUTC();
}

} // namespace

class TestSendScheduleRules : public QObject
{
    Q_OBJECT

private slots:
    void windowOpen_data()
    {
        QTest::addColumn<QString>("window");
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<QDateTime>("instant");
        QTest::addColumn<bool>("open");
        // 2026-12-03 is a Thursday.
        QTest::newRow("inside") << u"mon-fri 09:00-17:00"_s << QByteArray("Europe/Berlin")
                                << at("Europe/Berlin", 2026, 12, 3, 9, 0) << true;
        QTest::newRow("end is exclusive") << u"mon-fri 09:00-17:00"_s << QByteArray("Europe/Berlin")
                                          << at("Europe/Berlin", 2026, 12, 3, 17, 0) << false;
        QTest::newRow("Saturday") << u"mon-fri 09:00-17:00"_s << QByteArray("Europe/Berlin")
                                  << at("Europe/Berlin", 2026, 12, 5, 10, 0) << false;
        QTest::newRow("other zone's clock") << u"mon-fri 09:00-17:00"_s << QByteArray("America/New_York")
                                            << at("Europe/Berlin", 2026, 12, 3, 10, 0) << false;
        QTest::newRow("across midnight, evening") << u"thu 22:00-06:00"_s << QByteArray("Asia/Tokyo")
                                                  << at("Asia/Tokyo", 2026, 12, 3, 23, 30) << true;
        QTest::newRow("across midnight, next morning") << u"thu 22:00-06:00"_s << QByteArray("Asia/Tokyo")
                                                       << at("Asia/Tokyo", 2026, 12, 4, 5, 59) << true;
        QTest::newRow("across midnight, belongs to start day")
            << u"thu 22:00-06:00"_s << QByteArray("Asia/Tokyo") << at("Asia/Tokyo", 2026, 12, 3, 3, 0)
            << false;
        QTest::newRow("whole day") << u"sun 00:00-00:00"_s << QByteArray("UTC")
                                   << at("UTC", 2026, 12, 6, 23, 59) << true;
        // Europe/Berlin springs forward 2026-03-29 02:00 -> 03:00 (Sunday)
        // and falls back 2026-10-25 03:00 -> 02:00.
        QTest::newRow("DST spring, 09:00 local")
            << u"sun 09:00-10:00"_s << QByteArray("Europe/Berlin")
            << QDateTime(QDate(2026, 3, 29), QTime(7, 0), Qt::UTC) << true;
        QTest::newRow("DST spring, 08:00 UTC is 10:00")
            << u"sun 09:00-10:00"_s << QByteArray("Europe/Berlin")
            << QDateTime(QDate(2026, 3, 29), QTime(8, 0), Qt::UTC) << false;
        QTest::newRow("DST autumn, 09:00 local")
            << u"sun 09:00-10:00"_s << QByteArray("Europe/Berlin")
            << QDateTime(QDate(2026, 10, 25), QTime(8, 0), Qt::UTC) << true;
        QTest::newRow("DST autumn, 07:00 UTC is 08:00")
            << u"sun 09:00-10:00"_s << QByteArray("Europe/Berlin")
            << QDateTime(QDate(2026, 10, 25), QTime(7, 0), Qt::UTC) << false;
    }
    void windowOpen()
    {
        QFETCH(QString, window);
        QFETCH(QByteArray, zone);
        QFETCH(QDateTime, instant);
        const auto w = SendWindow::parse(window);
        QVERIFY(w);
        QTEST(localtime::isOpen(*w, instant, localtime::zone(zone)), "open");
    }

    void nextOpening_data()
    {
        QTest::addColumn<QString>("window");
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<QDateTime>("from");
        QTest::addColumn<QDateTime>("expected");
        QTest::newRow("open now") << u"mon-fri 09:00-17:00"_s << QByteArray("Europe/Berlin")
                                  << at("Europe/Berlin", 2026, 12, 3, 12, 0)
                                  << at("Europe/Berlin", 2026, 12, 3, 12, 0);
        QTest::newRow("later today") << u"mon-fri 09:00-17:00"_s << QByteArray("Europe/Berlin")
                                     << at("Europe/Berlin", 2026, 12, 3, 7, 0)
                                     << at("Europe/Berlin", 2026, 12, 3, 9, 0);
        QTest::newRow("Friday evening to Monday")
            << u"mon-fri 09:00-17:00"_s << QByteArray("Europe/Berlin")
            << at("Europe/Berlin", 2026, 12, 4, 18, 0) << at("Europe/Berlin", 2026, 12, 7, 9, 0);
        QTest::newRow("across midnight")
            << u"mon-fri 22:00-06:00"_s << QByteArray("America/New_York")
            << at("America/New_York", 2026, 12, 3, 6, 0) << at("America/New_York", 2026, 12, 3, 22, 0);
        // A window opening at 02:30 on the spring-forward night opens at 03:00.
        QTest::newRow("opening inside the DST gap")
            << u"sun 02:30-04:00"_s << QByteArray("Europe/Berlin") << at("Europe/Berlin", 2026, 3, 28, 12, 0)
            << QDateTime(QDate(2026, 3, 29), QTime(1, 0), Qt::UTC);
        QTest::newRow("after the autumn change") << u"mon 09:00-10:00"_s << QByteArray("Europe/Berlin")
                                                 << QDateTime(QDate(2026, 10, 24), QTime(12, 0), Qt::UTC)
                                                 << QDateTime(QDate(2026, 10, 26), QTime(8, 0), Qt::UTC);
        QTest::newRow("no days") << u"mon 09:00-10:00"_s << QByteArray("UTC") << at("UTC", 2026, 12, 3, 7, 0)
                                 << QDateTime();
    }
    void nextOpening()
    {
        QFETCH(QString, window);
        QFETCH(QByteArray, zone);
        QFETCH(QDateTime, from);
        QFETCH(QDateTime, expected);
        auto w = SendWindow::parse(window);
        QVERIFY(w);
        if (!expected.isValid())
            w->days = 0;
        QCOMPARE(localtime::nextOpening(*w, from, localtime::zone(zone)), expected);
    }

    void leadZone_data()
    {
        QTest::addColumn<QString>("timeZoneColumn");
        QTest::addColumn<QString>("country");
        QTest::addColumn<QString>("location");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("Time Zone column wins")
            << u"Asia/Tokyo"_s << u"Germany"_s << QString() << QByteArray("Asia/Tokyo");
        QTest::newRow("bad zone, then country")
            << u"Mars/Base"_s << u"Germany"_s << QString() << QByteArray("Europe/Berlin");
        QTest::newRow("country code") << QString() << u"JP"_s << QString() << QByteArray("Asia/Tokyo");
        QTest::newRow("country from location")
            << QString() << QString() << u"Paris, France"_s << QByteArray("Europe/Paris");
        QTest::newRow("several zones: campaign's")
            << QString() << u"United States"_s << QString() << QByteArray("Pacific/Auckland");
        QTest::newRow("unknown country: campaign's")
            << QString() << QString() << u"Somewhere"_s << QByteArray("Pacific/Auckland");
    }
    void leadZone()
    {
        QFETCH(QString, timeZoneColumn);
        QFETCH(QString, country);
        QFETCH(QString, location);
        Lead lead;
        if (!timeZoneColumn.isEmpty())
            lead.customFields.insert(u"Time Zone"_s, timeZoneColumn);
        if (!country.isEmpty())
            lead.customFields.insert(u"Country"_s, country);
        lead.location = location;
        QTEST(localtime::leadZone(lead, "Pacific/Auckland"), "expected");
    }

    void cap_data()
    {
        QTest::addColumn<int>("rampStart");
        QTest::addColumn<int>("rampStep");
        QTest::addColumn<int>("daysSinceStart"); // -1: not started
        QTest::addColumn<int>("cap");
        QTest::newRow("no ramp") << 0 << 0 << -1 << 30;
        QTest::newRow("ramp, first day") << 5 << 5 << -1 << 5;
        QTest::newRow("ramp, day 0") << 5 << 5 << 0 << 5;
        QTest::newRow("ramp, day 3") << 5 << 5 << 3 << 20;
        QTest::newRow("ramp reaches cap") << 5 << 5 << 10 << 30;
    }
    void cap()
    {
        QFETCH(int, rampStart);
        QFETCH(int, rampStep);
        QFETCH(int, daysSinceStart);
        Sender s;
        s.dailyCap = 30;
        s.rampStart = rampStart;
        s.rampStep = rampStep;
        const QDate today(2026, 12, 3);
        if (daysSinceStart >= 0)
            s.rampStartedOn = today.addDays(-daysSinceStart);
        QTEST(sendpolicy::capOn(s, today), "cap");
    }

    void gapStaysInRange()
    {
        Sender s;
        s.gapMinMs = 60'000;
        s.gapMaxMs = 180'000;
        QRandomGenerator random(7);
        qint64 low = s.gapMaxMs, high = s.gapMinMs;
        for (int i = 0; i < 2000; ++i) {
            const qint64 g = sendpolicy::gapMs(s, random);
            QVERIFY(g >= s.gapMinMs && g <= s.gapMaxMs);
            low = std::min(low, g);
            high = std::max(high, g);
        }
        QVERIFY(low < 70'000 && high > 170'000); // spread over the range
    }

    void phone_data()
    {
        QTest::addColumn<QString>("number");
        QTest::addColumn<QString>("country");
        QTest::addColumn<QString>("e164");
        // Written internationally: the country comes from the number.
        QTest::newRow("international") << u"+49 (30) 123-4567"_s << QString() << u"+49301234567"_s;
        QTest::newRow("00 prefix, no country") << u"0049 30 1234567"_s << QString() << u"+49301234567"_s;
        QTest::newRow("00 prefix, Germany") << u"0049 30 1234567"_s << u"Germany"_s << u"+49301234567"_s;
        QTest::newRow("international, other country")
            << u"+44 20 7946 0958"_s << u"Germany"_s << u"+442079460958"_s;
        QTest::newRow("dots and slashes") << u"+49.30/1234567"_s << QString() << u"+49301234567"_s;
        // National: the lead's country (English name or ISO code) gives the code.
        QTest::newRow("national, Germany") << u"030 1234567"_s << u"Germany"_s << u"+49301234567"_s;
        QTest::newRow("national, code DE") << u"030 1234567"_s << u"DE"_s << u"+49301234567"_s;
        QTest::newRow("national, code de") << u"030 1234567"_s << u"de"_s << u"+49301234567"_s;
        QTest::newRow("national, US") << u"(415) 555-0123"_s << u"United States"_s << u"+14155550123"_s;
        QTest::newRow("national, USA with 1") << u"1-415-555-0123"_s << u"USA"_s << u"+14155550123"_s;
        QTest::newRow("national, UK mobile") << u"07911 123456"_s << u"UK"_s << u"+447911123456"_s;
        QTest::newRow("national, United Kingdom")
            << u"020 7946 0958"_s << u"United Kingdom"_s << u"+442079460958"_s;
        QTest::newRow("national, France") << u"06 12 34 56 78"_s << u"France"_s << u"+33612345678"_s;
        QTest::newRow("national, Switzerland") << u"044 668 18 00"_s << u"CH"_s << u"+41446681800"_s;
        QTest::newRow("national, Japan") << u"03-1234-5678"_s << u"Japan"_s << u"+81312345678"_s;
        QTest::newRow("national, Canada") << u"(604) 555-0199"_s << u"Canada"_s << u"+16045550199"_s;
        // Held, with the reason.
        QTest::newRow("national, unknown country") << u"030 1234567"_s << u"Atlantis"_s << QString();
        QTest::newRow("national, no country") << u"030 1234567"_s << QString() << QString();
        QTest::newRow("no area code") << u"555-0123"_s << u"United States"_s << QString();
        QTest::newRow("too short") << u"+49 30"_s << QString() << QString();
        QTest::newRow("unknown country code") << u"+999 123456789"_s << QString() << QString();
        QTest::newRow("letters") << u"+49 30 CALL-ME"_s << QString() << QString();
        QTest::newRow("extension") << u"+1 415 555 0123 ext. 12"_s << QString() << QString();
        QTest::newRow("too long") << u"+49 3012345678901234"_s << QString() << QString();
        QTest::newRow("empty") << QString() << u"Germany"_s << QString();
    }
    void phone()
    {
        QFETCH(QString, number);
        QFETCH(QString, country);
        QFETCH(QString, e164);
        const PhoneResult r = PhoneNumber::toE164(number, country);
        QCOMPARE(r.e164, e164);
        QCOMPARE(r.problem.isEmpty(), !e164.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSendScheduleRules)
#include "test_send_schedule_rules.moc"
