#include "generation/VariantParser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace outreach;

namespace {

QJsonObject variant(const QString &tone, const QJsonValue &subject, const QString &body)
{
    return QJsonObject{{u"tone"_s, tone}, {u"subject"_s, subject}, {u"body"_s, body}};
}

QString answer(const QJsonArray &variants)
{
    return QString::fromUtf8(QJsonDocument(QJsonObject{{u"variants"_s, variants}}).toJson());
}

QString emailAnswer()
{
    return answer({variant(u"professional"_s, u"A note for Acme"_s, u"Hello Ada, ..."_s),
                   variant(u"friendly"_s, u"Hi from Grace"_s, u"Hi Ada! ..."_s),
                   variant(u"direct"_s, u"15 minutes?"_s, u"Ada, ..."_s)});
}

QString smsAnswer(const QString &directBody = u"Ada, 10 min this week?"_s)
{
    return answer({variant(u"professional"_s, QJsonValue(), u"Hello Ada, Grace here."_s),
                   variant(u"friendly"_s, QJsonValue(), u"Hi Ada!"_s),
                   variant(u"direct"_s, QJsonValue(), directBody)});
}

} // namespace

class TestVariantParser : public QObject
{
    Q_OBJECT
private slots:
    void parse_data();
    void parse();
    void ordersByTone();
    void overLimitIsViolationNotError();
    void subjectWarning();
    void extractFromNoise_data();
    void extractFromNoise();
};

void TestVariantParser::parse_data()
{
    QTest::addColumn<int>("channel");
    QTest::addColumn<QString>("content");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("errorContains");

    const int email = int(Channel::Email);
    const int sms = int(Channel::Sms);
    const int linkedin = int(Channel::LinkedIn);
    const QString good = emailAnswer();

    QTest::newRow("plain json") << email << good << true << QString();
    QTest::newRow("fenced") << email << u"```json\n"_s + good + u"\n```"_s << true << QString();
    QTest::newRow("prose around") << email
                                  << u"Sure! Here are your variants:\n"_s + good + u"\nHope it helps {:"_s
                                  << true << QString();
    QTest::newRow("think block") << email << u"<think>use {braces} here</think>"_s + good << true
                                 << QString();
    QTest::newRow("bare array")
        << sms
        << u"[{\"tone\":\"professional\",\"body\":\"a\"},{\"tone\":\"friendly\",\"body\":"
           "\"b\"},{\"tone\":\"direct\",\"body\":\"c\"}]"_s
        << true << QString();
    QTest::newRow("sms null subject") << sms << smsAnswer() << true << QString();
    QTest::newRow("sms absent subject") << sms
                                        << u"{\"variants\":[{\"tone\":\"professional\",\"body\":\"a\"},{"
                                           u"\"tone\":\"friendly\",\"body\":\"b\"},"
                                           "{\"tone\":\"direct\",\"body\":\"c\",\"subject\":\"\"}]}"_s
                                        << true << QString();
    QTest::newRow("tone case") << sms << smsAnswer().replace(u"\"friendly\""_s, u"\"Friendly\""_s) << true
                               << QString();
    QTest::newRow("empty") << email << u"   "_s << false << u"empty"_s;
    QTest::newRow("no json") << email << u"I cannot help with that."_s << false << u"no JSON"_s;
    QTest::newRow("truncated") << email << good.left(good.size() / 2) << false << u"incomplete"_s;
    QTest::newRow("no variants key") << email << u"{\"messages\":[]}"_s << false << u"\"variants\""_s;
    QTest::newRow("two variants") << email
                                  << answer({variant(u"professional"_s, u"s"_s, u"b"_s),
                                             variant(u"friendly"_s, u"s"_s, u"b"_s)})
                                  << false << u"2 variants"_s;
    QTest::newRow("four variants") << sms
                                   << answer({variant(u"professional"_s, {}, u"b"_s),
                                              variant(u"friendly"_s, {}, u"b"_s),
                                              variant(u"direct"_s, {}, u"b"_s),
                                              variant(u"direct"_s, {}, u"b"_s)})
                                   << false << u"4 variants"_s;
    QTest::newRow("duplicate tone") << sms
                                    << answer({variant(u"professional"_s, {}, u"b"_s),
                                               variant(u"friendly"_s, {}, u"b"_s),
                                               variant(u"friendly"_s, {}, u"c"_s)})
                                    << false << u"more than once"_s;
    QTest::newRow("unknown tone") << sms
                                  << answer({variant(u"professional"_s, {}, u"b"_s),
                                             variant(u"casual"_s, {}, u"b"_s),
                                             variant(u"direct"_s, {}, u"c"_s)})
                                  << false << u"unknown tone \"casual\""_s;
    QTest::newRow("empty body") << sms << smsAnswer(u"   "_s) << false << u"body is empty"_s;
    QTest::newRow("missing subject for email")
        << email
        << answer({variant(u"professional"_s, u"s"_s, u"b"_s), variant(u"friendly"_s, QJsonValue(), u"b"_s),
                   variant(u"direct"_s, u"s"_s, u"b"_s)})
        << false << u"Friendly variant: the subject is missing"_s;
    QTest::newRow("blank subject for email")
        << email
        << answer({variant(u"professional"_s, u" "_s, u"b"_s), variant(u"friendly"_s, u"s"_s, u"b"_s),
                   variant(u"direct"_s, u"s"_s, u"b"_s)})
        << false << u"subject is missing"_s;
    QTest::newRow("subject on sms") << sms
                                    << answer({variant(u"professional"_s, u"Hi"_s, u"b"_s),
                                               variant(u"friendly"_s, {}, u"b"_s),
                                               variant(u"direct"_s, {}, u"b"_s)})
                                    << false << u"no subject"_s;
    QTest::newRow("subject on linkedin") << linkedin << emailAnswer() << false << u"no subject"_s;
    QTest::newRow("placeholder left")
        << sms << smsAnswer(u"Hi {{first_name}}, 10 min?"_s) << false << u"{{first_name}}"_s;
    QTest::newRow("placeholder in subject")
        << email
        << answer({variant(u"professional"_s, u"For {{company}}"_s, u"b"_s),
                   variant(u"friendly"_s, u"s"_s, u"b"_s), variant(u"direct"_s, u"s"_s, u"b"_s)})
        << false << u"{{company}}"_s;
    QTest::newRow("variant not object") << sms << u"{\"variants\":[1,2,3]}"_s << false << u"not an object"_s;
}

void TestVariantParser::parse()
{
    QFETCH(int, channel);
    QFETCH(QString, content);
    QFETCH(bool, ok);
    QFETCH(QString, errorContains);

    const ParsedAnswer result = VariantParser::parse(content, ChannelRules(static_cast<Channel>(channel)));
    QCOMPARE(result.ok(), ok);
    if (ok) {
        QCOMPARE(result.variants.size(), 3);
        QVERIFY(result.violations.isEmpty());
        for (const Variant &v : result.variants)
            QVERIFY(!v.body.isEmpty());
    } else {
        QVERIFY(result.variants.isEmpty());
        QVERIFY2(result.errors.join(u'\n').contains(errorContains), qPrintable(result.errors.join(u'\n')));
    }
}

void TestVariantParser::ordersByTone()
{
    const QString content = answer({variant(u"direct"_s, u"D"_s, u"direct body"_s),
                                    variant(u"professional"_s, u"P"_s, u"  professional body \n"_s),
                                    variant(u"friendly"_s, u"F"_s, u"friendly body"_s)});
    const ParsedAnswer result = VariantParser::parse(content, ChannelRules(Channel::Email));
    QVERIFY(result.ok());
    QCOMPARE(result.variants.size(), 3);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(result.variants.at(i).index, i);
        QCOMPARE(int(result.variants.at(i).tone), i);
    }
    QCOMPARE(result.variants.at(0).body, u"professional body"_s);
    QCOMPARE(result.variants.at(0).subject, std::optional<QString>(u"P"_s));
    QCOMPARE(result.variants.at(2).subject, std::optional<QString>(u"D"_s));
}

void TestVariantParser::overLimitIsViolationNotError()
{
    const QString longBody = QString(150, u'a') + u" and more words than fit"_s; // 174 GSM-7 chars
    const ParsedAnswer result = VariantParser::parse(smsAnswer(longBody), ChannelRules(Channel::Sms));
    QVERIFY(result.ok());
    QCOMPARE(result.violations.size(), 1);
    QVERIFY2(result.violations.first().startsWith(u"Direct variant: SMS body is 2 segments"),
             qPrintable(result.violations.first()));
    QCOMPARE(result.variants.at(2).flags, QStringList{u"over_limit"_s});
    QVERIFY(result.variants.at(0).flags.isEmpty());
    QCOMPARE(result.variants.at(2).body, longBody); // never silently truncated

    // An edit that fixes the text clears the flag.
    QList<Variant> variants = result.variants;
    variants[2].body = u"Short now."_s;
    QVERIFY(VariantParser::checkRules(variants, ChannelRules(Channel::Sms), true).isEmpty());
    QVERIFY(variants.at(2).flags.isEmpty());

    // Email: an over-long subject is a violation too.
    const QString email =
        answer({variant(u"professional"_s, QString(80, u's'), u"b"_s), variant(u"friendly"_s, u"s"_s, u"b"_s),
                variant(u"direct"_s, u"s"_s, u"b"_s)});
    const ParsedAnswer emailResult = VariantParser::parse(email, ChannelRules(Channel::Email));
    QVERIFY(emailResult.ok());
    QCOMPARE(emailResult.violations.size(), 1);
    QVERIFY(emailResult.violations.first().contains(u"Subject is 80 characters"));
}

void TestVariantParser::subjectWarning()
{
    const QString email =
        answer({variant(u"professional"_s, QString(65, u's'), u"b"_s), variant(u"friendly"_s, u"s"_s, u"b"_s),
                variant(u"direct"_s, u"s"_s, u"b"_s)});
    const ParsedAnswer result = VariantParser::parse(email, ChannelRules(Channel::Email));
    QVERIFY(result.ok());
    QVERIFY(result.violations.isEmpty());
    QCOMPARE(result.warnings.size(), 1);
}

void TestVariantParser::extractFromNoise_data()
{
    QTest::addColumn<QString>("content");
    QTest::addColumn<QString>("key");

    QTest::newRow("fence without language") << u"```\n{\"a\":1}\n```"_s << u"a"_s;
    QTest::newRow("brace in prose before") << u"Note {this}: {\"b\":{\"c\":\"}\"}}"_s << u"b"_s;
    QTest::newRow("escaped quote in string") << u"x {\"d\":\"say \\\"}\\\" ok\"} y"_s << u"d"_s;
    QTest::newRow("outermost wins") << u"{\"outer\":{\"inner\":1}}"_s << u"outer"_s;
}

void TestVariantParser::extractFromNoise()
{
    QFETCH(QString, content);
    QFETCH(QString, key);
    const std::optional<QJsonObject> object = VariantParser::extractJsonObject(content);
    QVERIFY(object);
    QVERIFY2(object->contains(key), qPrintable(QString::fromUtf8(QJsonDocument(*object).toJson())));
}

QTEST_GUILESS_MAIN(TestVariantParser)
#include "test_variantparser.moc"
