#include "channels/ChannelRules.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace outreach;

class TestChannels : public QObject
{
    Q_OBJECT
private slots:
    void smsSegments_data();
    void smsSegments();
    void gsmCharacterSet_data();
    void gsmCharacterSet();
    void smsMessage();
    void smsMultiSegmentLimit();
    void bodyLimits_data();
    void bodyLimits();
    void emailSubject_data();
    void emailSubject();
    void subjectPresence_data();
    void subjectPresence();
    void promptDescriptionNamesLimits();
};

void TestChannels::smsSegments_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<int>("units");
    QTest::addColumn<int>("segments");

    const QString emoji = u"\U0001F600"_s; // one code point, two UTF-16 units
    QTest::newRow("empty") << QString() << u"gsm7"_s << 0 << 0;
    QTest::newRow("1 gsm") << u"a"_s << u"gsm7"_s << 1 << 1;
    QTest::newRow("160 gsm") << QString(160, u'a') << u"gsm7"_s << 160 << 1;
    QTest::newRow("161 gsm") << QString(161, u'a') << u"gsm7"_s << 161 << 2;
    QTest::newRow("306 gsm") << QString(306, u'a') << u"gsm7"_s << 306 << 2;
    QTest::newRow("307 gsm") << QString(307, u'a') << u"gsm7"_s << 307 << 3;
    QTest::newRow("459 gsm") << QString(459, u'a') << u"gsm7"_s << 459 << 3;
    QTest::newRow("460 gsm") << QString(460, u'a') << u"gsm7"_s << 460 << 4;
    QTest::newRow("euro counts 2") << u"€"_s << u"gsm7"_s << 2 << 1;
    QTest::newRow("159 + euro = 161") << QString(159, u'a') + u"€"_s << u"gsm7"_s << 161 << 2;
    QTest::newRow("158 + euro = 160") << QString(158, u'a') + u"€"_s << u"gsm7"_s << 160 << 1;
    QTest::newRow("all extension chars") << u"€[]{}\\^~|"_s << u"gsm7"_s << 18 << 1;
    // 152 septets then an escape pair: the pair may not straddle segments.
    QTest::newRow("escape not split")
        << QString(152, u'a') + u"€"_s + QString(10, u'a') << u"gsm7"_s << 164 << 2;
    QTest::newRow("escape pushes segment")
        << QString(152, u'a') + u"€"_s + QString(152, u'a') << u"gsm7"_s << 306 << 3;
    QTest::newRow("gsm accents") << u"Grüße aus Köln, señor Müller à Paris"_s << u"gsm7"_s << 36 << 1;
    QTest::newRow("one emoji -> ucs2") << u"Hi "_s + emoji << u"ucs2"_s << 5 << 1;
    QTest::newRow("70 ucs2") << QString(69, u'a') + u"ł"_s << u"ucs2"_s << 70 << 1;
    QTest::newRow("71 ucs2") << QString(70, u'a') + u"ł"_s << u"ucs2"_s << 71 << 2;
    QTest::newRow("134 ucs2") << QString(133, u'a') + u"ł"_s << u"ucs2"_s << 134 << 2;
    QTest::newRow("135 ucs2") << QString(134, u'a') + u"ł"_s << u"ucs2"_s << 135 << 3;
    QTest::newRow("emoji 68+2=70") << QString(68, u'a') + emoji << u"ucs2"_s << 70 << 1;
    QTest::newRow("emoji 69+2=71") << QString(69, u'a') + emoji << u"ucs2"_s << 71 << 2;
    QTest::newRow("curly quote -> ucs2") << u"It’s here"_s << u"ucs2"_s << 9 << 1;
    QTest::newRow("backtick -> ucs2") << u"`x`"_s << u"ucs2"_s << 3 << 1;
    QTest::newRow("surrogate not split")
        << QString(66, u'a') + emoji + QString(66, u'a') << u"ucs2"_s << 134 << 3;
    QTest::newRow("euro in ucs2 counts 1") << QString(69, u'a') + u"€"_s + u"ł"_s << u"ucs2"_s << 71 << 2;
}

void TestChannels::smsSegments()
{
    QFETCH(QString, text);
    QFETCH(QString, encoding);
    QFETCH(int, units);
    QFETCH(int, segments);

    const SmsLength sms = ChannelRules::smsLength(text);
    QCOMPARE(toString(sms.encoding), encoding);
    QCOMPARE(sms.units, units);
    QCOMPARE(sms.segments, segments);

    const LengthCheck check = ChannelRules(Channel::Sms).checkBody(text);
    QCOMPARE(check.segments, segments);
    QCOMPARE(check.count, units);
    QCOMPARE(check.over(), segments > 1);
    QCOMPARE(check.message.isEmpty(), segments <= 1);
}

void TestChannels::gsmCharacterSet_data()
{
    QTest::addColumn<QString>("character");
    QTest::addColumn<bool>("gsm");
    QTest::addColumn<bool>("extension");

    QTest::newRow("@") << u"@"_s << true << false;
    QTest::newRow("$") << u"$"_s << true << false;
    QTest::newRow("pound") << u"£"_s << true << false;
    QTest::newRow("newline") << u"\n"_s << true << false;
    QTest::newRow("underscore") << u"_"_s << true << false;
    QTest::newRow("greek delta") << u"Δ"_s << true << false;
    QTest::newRow("euro") << u"€"_s << true << true;
    QTest::newRow("pipe") << u"|"_s << true << true;
    QTest::newRow("backslash") << u"\\"_s << true << true;
    QTest::newRow("e diaeresis") << u"ë"_s << false << false;
    QTest::newRow("c cedilla lower") << u"ç"_s << false << false;
    QTest::newRow("em dash") << u"—"_s << false << false;
    QTest::newRow("ellipsis") << u"…"_s << false << false;
    QTest::newRow("escape char") << u"\x1b"_s << false << false;
}

void TestChannels::gsmCharacterSet()
{
    QFETCH(QString, character);
    QFETCH(bool, gsm);
    QFETCH(bool, extension);
    const char32_t ch = character.toUcs4().first();
    QCOMPARE(ChannelRules::isGsm7(ch), gsm);
    QCOMPARE(ChannelRules::isGsm7Extension(ch), extension);
}

void TestChannels::smsMessage()
{
    const QString text = QString(94, u'a') + u"ł"_s; // 95 UCS-2 units, 2 segments
    const LengthCheck check = ChannelRules(Channel::Sms).checkBody(text);
    QCOMPARE(int(check.level), int(LengthCheck::Level::Over));
    QCOMPARE(toString(check.encoding), u"ucs2"_s);
    QCOMPARE(check.limit, 70);
    QCOMPARE(check.message, u"SMS body is 2 segments (UCS-2, 95 characters); the limit is 1 segment."_s);
    const QStringList violations = ChannelRules(Channel::Sms).violations(std::nullopt, text);
    QCOMPARE(violations, QStringList{check.message});
}

void TestChannels::smsMultiSegmentLimit()
{
    ChannelRules rules(Channel::Sms);
    rules.setMaxSmsSegments(2);
    QCOMPARE(rules.bodyLimit(), 306);
    QVERIFY(!rules.checkBody(QString(306, u'a')).over());
    QVERIFY(rules.checkBody(QString(307, u'a')).over());
    QCOMPARE(rules.checkBody(QString(307, u'a')).message,
             u"SMS body is 3 segments (GSM-7, 307 characters); the limit is 2 segments."_s);
}

void TestChannels::bodyLimits_data()
{
    QTest::addColumn<int>("channel");
    QTest::addColumn<int>("customLimit");
    QTest::addColumn<int>("length");
    QTest::addColumn<bool>("over");

    QTest::newRow("email 2000") << int(Channel::Email) << 0 << 2000 << false;
    QTest::newRow("email 2001") << int(Channel::Email) << 0 << 2001 << true;
    QTest::newRow("linkedin 300") << int(Channel::LinkedIn) << 0 << 300 << false;
    QTest::newRow("linkedin 301") << int(Channel::LinkedIn) << 0 << 301 << true;
    QTest::newRow("custom 500 ok") << int(Channel::Custom) << 500 << 500 << false;
    QTest::newRow("custom 500 over") << int(Channel::Custom) << 500 << 501 << true;
    QTest::newRow("custom no limit") << int(Channel::Custom) << 0 << 100000 << false;
}

void TestChannels::bodyLimits()
{
    QFETCH(int, channel);
    QFETCH(int, customLimit);
    QFETCH(int, length);
    QFETCH(bool, over);

    Campaign campaign;
    campaign.channel = static_cast<Channel>(channel);
    campaign.customCharLimit = customLimit;
    const ChannelRules rules = ChannelRules::forCampaign(campaign);
    const LengthCheck check = rules.checkBody(QString(length, u'x'));
    QCOMPARE(check.count, length);
    QCOMPARE(check.over(), over);
    QCOMPARE(toString(check.encoding), u"plain"_s);
    if (over)
        QVERIFY2(check.message.contains(QString::number(check.limit)), qPrintable(check.message));
}

void TestChannels::emailSubject_data()
{
    QTest::addColumn<QString>("subject");
    QTest::addColumn<int>("level");

    QTest::newRow("short") << u"Quick idea"_s << int(LengthCheck::Level::Ok);
    QTest::newRow("60") << QString(60, u's') << int(LengthCheck::Level::Ok);
    QTest::newRow("61 warns") << QString(61, u's') << int(LengthCheck::Level::Warning);
    QTest::newRow("78 warns") << QString(78, u's') << int(LengthCheck::Level::Warning);
    QTest::newRow("79 over") << QString(79, u's') << int(LengthCheck::Level::Over);
    // Characters are code points: 60 emoji are 120 UTF-16 units but 60 characters.
    QTest::newRow("60 emoji") << QString(u"\U0001F600"_s).repeated(60) << int(LengthCheck::Level::Ok);
}

void TestChannels::emailSubject()
{
    QFETCH(QString, subject);
    QFETCH(int, level);
    const ChannelRules rules(Channel::Email);
    const LengthCheck check = rules.checkSubject(subject);
    QCOMPARE(int(check.level), level);
    QCOMPARE(check.limit, 78);
    QCOMPARE(check.message.isEmpty(), level == int(LengthCheck::Level::Ok));
    // A warning is advice, not a violation.
    QCOMPARE(rules.violations(subject, u"Body"_s).isEmpty(), level != int(LengthCheck::Level::Over));
}

void TestChannels::subjectPresence_data()
{
    QTest::addColumn<int>("channel");
    QTest::addColumn<bool>("customHasSubject");
    QTest::addColumn<bool>("giveSubject");
    QTest::addColumn<int>("violations");

    QTest::newRow("email with") << int(Channel::Email) << false << true << 0;
    QTest::newRow("email without") << int(Channel::Email) << false << false << 1;
    QTest::newRow("linkedin with") << int(Channel::LinkedIn) << false << true << 1;
    QTest::newRow("linkedin without") << int(Channel::LinkedIn) << false << false << 0;
    QTest::newRow("sms with") << int(Channel::Sms) << false << true << 1;
    QTest::newRow("sms without") << int(Channel::Sms) << false << false << 0;
    QTest::newRow("custom subject with") << int(Channel::Custom) << true << true << 0;
    QTest::newRow("custom subject without") << int(Channel::Custom) << true << false << 1;
    QTest::newRow("custom plain with") << int(Channel::Custom) << false << true << 1;
    QTest::newRow("custom plain without") << int(Channel::Custom) << false << false << 0;
}

void TestChannels::subjectPresence()
{
    QFETCH(int, channel);
    QFETCH(bool, customHasSubject);
    QFETCH(bool, giveSubject);
    QFETCH(int, violations);
    const ChannelRules rules(static_cast<Channel>(channel), 0, customHasSubject);
    const std::optional<QString> subject = giveSubject ? std::optional<QString>(u"Hello"_s) : std::nullopt;
    QCOMPARE(rules.violations(subject, u"Short body"_s).size(), violations);
    // An empty subject is the same as none.
    if (!giveSubject)
        QCOMPARE(rules.violations(u"  "_s, u"Short body"_s).size(), violations);
}

void TestChannels::promptDescriptionNamesLimits()
{
    QVERIFY(ChannelRules(Channel::Email).promptDescription().contains(u"78"));
    QVERIFY(ChannelRules(Channel::LinkedIn).promptDescription().contains(u"300"));
    QVERIFY(ChannelRules(Channel::Sms).promptDescription().contains(u"160"));
    QVERIFY(ChannelRules(Channel::Sms).promptDescription().contains(u"GSM-7"));
    QVERIFY(ChannelRules(Channel::Custom, 420, true).promptDescription().contains(u"420"));
}

QTEST_GUILESS_MAIN(TestChannels)
#include "test_channels.moc"
