#include "generation/PromptBuilder.h"
#include "generation/VariantParser.h"
#include "llm/OfflineComposer.h"
#include "llm/OfflineProvider.h"
#include "templates/TemplateEngine.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace outreach;

namespace {

Lead fullLead()
{
    Lead lead;
    lead.id = 7;
    lead.email = u"ada@example.com"_s;
    lead.firstName = u"Ada"_s;
    lead.lastName = u"Lovelace"_s;
    lead.title = u"VP of Engineering"_s;
    lead.company = u"Analytical Engines"_s;
    lead.painPoints = {u"Slow month-end reporting"_s, u"manual exports"_s};
    lead.buyingSignals = {u"Hiring two data engineers"_s};
    lead.recentNews = {u"Raised a Series B"_s};
    return lead;
}

Lead bareLead()
{
    Lead lead;
    lead.id = 8;
    lead.email = u"someone@example.org"_s;
    return lead;
}

Lead longLead()
{
    Lead lead;
    lead.id = 9;
    lead.email = u"long@example.com"_s;
    lead.firstName = u"Maximilianalexandercorneliusfriedrich Wilhelm"_s;
    lead.company = u"The Extraordinarily Long-Named International Holding Company of Industrial Things"_s;
    lead.title = QString(u"Senior "_s).repeated(20) + u"Manager"_s;
    lead.painPoints = {QString(u"costly and error-prone manual reconciliation "_s).repeated(8)};
    lead.recentNews = {QString(u"Announced a very long press release "_s).repeated(10)};
    return lead;
}

Lead nonGsmLead()
{
    Lead lead;
    lead.id = 10;
    lead.email = u"zoe@example.pl"_s;
    lead.firstName = u"Zoë"_s;
    lead.company = u"Łódź Robotics 🚀"_s;
    lead.painPoints = {u"“Slow” onboarding — it’s painful…"_s};
    lead.recentNews = {u"Opened a new office in Kraków 🎉"_s};
    return lead;
}

Lead bracesLead()
{
    Lead lead;
    lead.id = 11;
    lead.email = u"braces@example.com"_s;
    lead.firstName = u"{{first_name}}"_s;
    lead.company = u"Acme {{company}} }} Corp"_s;
    lead.painPoints = {u"{{pain}}"_s};
    return lead;
}

Campaign campaignFor(Channel channel, int customLimit = 0, bool customSubject = false)
{
    Campaign campaign;
    campaign.channel = channel;
    campaign.customCharLimit = customLimit;
    campaign.customHasSubject = customSubject;
    campaign.senderName = u"Grace Hopper"_s;
    campaign.senderSignature = u"Grace Hopper\nCompilers Inc."_s;
    campaign.templateText =
        u"Hi {{first_name|there}},\n\nOur reporting tool cuts month-end close from days to "
        u"hours. Teams at {{company|companies like yours}} use it to stop exporting "
        u"spreadsheets by hand.\n\nBest,\n{{sender_name}}"_s;
    return campaign;
}

} // namespace

class TestOffline : public QObject
{
    Q_OBJECT
private slots:
    void identity();
    void validForEveryChannel_data();
    void validForEveryChannel();
    void answersAsynchronously();
    void abortCancels();
    void deterministicAndPersonal();
    void toneAndLengthCharacter();
    void templateSentencesReadWell_data();
    void templateSentencesReadWell();
};

void TestOffline::identity()
{
    OfflineProvider provider;
    QCOMPARE(provider.name(), u"offline"_s);
    QVERIFY(provider.isOffline());
    QCOMPARE(provider.costUsd(100000, 100000), 0.0);
}

namespace {

QList<std::pair<const char *, Campaign>> campaignTable()
{
    QList<std::pair<const char *, Campaign>> table = {
        {"email", campaignFor(Channel::Email)},
        {"linkedin", campaignFor(Channel::LinkedIn)},
        {"sms", campaignFor(Channel::Sms)},
        {"custom 200 subject", campaignFor(Channel::Custom, 200, true)},
        {"custom 120", campaignFor(Channel::Custom, 120, false)},
        {"custom unlimited", campaignFor(Channel::Custom, 0, false)},
    };
    return table;
}

QList<std::pair<const char *, Lead>> leadTable()
{
    return {{"full", fullLead()},
            {"bare", bareLead()},
            {"long", longLead()},
            {"non-gsm", nonGsmLead()},
            {"braces", bracesLead()}};
}

} // namespace

void TestOffline::validForEveryChannel_data()
{
    QTest::addColumn<int>("campaignIndex");
    QTest::addColumn<int>("leadIndex");
    QTest::addColumn<bool>("withTemplate");

    const auto campaigns = campaignTable();
    const auto leads = leadTable();
    for (int c = 0; c < campaigns.size(); ++c) {
        for (int l = 0; l < leads.size(); ++l)
            QTest::addRow("%s / %s", campaigns.at(c).first, leads.at(l).first) << c << l << true;
        QTest::addRow("%s / full, no template or sender", campaigns.at(c).first) << c << 0 << false;
    }
}

void TestOffline::validForEveryChannel()
{
    QFETCH(int, campaignIndex);
    QFETCH(int, leadIndex);
    QFETCH(bool, withTemplate);
    Campaign campaign = campaignTable().at(campaignIndex).second;
    const Lead lead = leadTable().at(leadIndex).second;
    if (!withTemplate) {
        campaign.templateText.clear();
        campaign.senderName.clear();
        campaign.senderSignature.clear();
    }

    const RenderResult rendered = TemplateEngine::render(campaign.templateText, campaign, lead);
    PromptOptions options;
    options.blankVariables = rendered.blankVariables;
    const ChatRequest request = PromptBuilder::build(campaign, lead, rendered.text, options);

    OfflineProvider provider;
    ChatCall *call = provider.complete(request);
    QSignalSpy spy(call, &ChatCall::finished);
    QVERIFY(spy.wait(1000));
    const ChatReply reply = spy.first().first().value<ChatReply>();
    QVERIFY(reply.ok());

    const ParsedAnswer answer = VariantParser::parse(reply.content, campaign);
    QVERIFY2(answer.ok(), qPrintable(answer.errors.join(u'\n') + u'\n' + reply.content));
    QVERIFY2(answer.violations.isEmpty(), qPrintable(answer.violations.join(u'\n') + u'\n' + reply.content));
    QVERIFY2(answer.warnings.isEmpty(), qPrintable(answer.warnings.join(u'\n')));
    QCOMPARE(answer.variants.size(), 3);

    const ChannelRules rules = ChannelRules::forCampaign(campaign);
    QSet<QString> bodies;
    for (const Variant &v : answer.variants) {
        bodies.insert(v.body);
        QVERIFY(v.flags.isEmpty());
        QVERIFY2(!v.body.contains(u"  "), qPrintable(v.body));
        QVERIFY2(!v.body.contains(u" ,") && !v.body.contains(u" ."), qPrintable(v.body));
        QVERIFY2(!v.body.contains(u"()"), qPrintable(v.body));
        QVERIFY2(v.body.size() >= 10, qPrintable(v.body)); // a message, not a stump
        if (rules.hasSubject())
            QVERIFY(ChannelRules::characterCount(*v.subject) <= 60);
        if (campaign.channel == Channel::Sms)
            QCOMPARE(ChannelRules::smsLength(v.body).segments, 1);
    }
    QCOMPARE(bodies.size(), 3); // three genuinely different texts
}

void TestOffline::answersAsynchronously()
{
    OfflineProvider provider;
    const Campaign campaign = campaignFor(Channel::Email);
    ChatCall *call = provider.complete(PromptBuilder::build(campaign, fullLead(), QString()));
    QSignalSpy spy(call, &ChatCall::finished);
    QCOMPARE(spy.count(), 0); // nothing before the event loop runs
    QVERIFY(spy.wait(1000));
    QCOMPARE(spy.count(), 1);
    const ChatReply reply = spy.first().first().value<ChatReply>();
    QVERIFY(reply.promptTokens > 0);
    QVERIFY(reply.completionTokens > 0);
    QVERIFY(reply.content.startsWith(u"{\"variants\":"));
}

void TestOffline::abortCancels()
{
    OfflineProvider provider;
    ChatCall *call =
        provider.complete(PromptBuilder::build(campaignFor(Channel::Sms), fullLead(), QString()));
    QSignalSpy spy(call, &ChatCall::finished);
    call->abort();
    QCOMPARE(spy.count(), 1);
    QCOMPARE(int(spy.first().first().value<ChatReply>().error), int(ChatErrorKind::Cancelled));
    QVERIFY(!spy.wait(50)); // the queued answer must not arrive as a second finished()
    QCOMPARE(spy.count(), 1);
}

void TestOffline::deterministicAndPersonal()
{
    const Campaign campaign = campaignFor(Channel::Email);
    const QString rendered = TemplateEngine::render(campaign.templateText, campaign, fullLead()).text;
    const QList<Variant> a = OfflineComposer::compose(campaign, fullLead(), rendered);
    const QList<Variant> b = OfflineComposer::compose(campaign, fullLead(), rendered);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(a.at(i).body, b.at(i).body);
        QCOMPARE(a.at(i).subject, b.at(i).subject);
    }
    const QString all = a.at(0).body + a.at(1).body + a.at(2).body;
    for (const char16_t *fact : {u"Ada", u"Analytical Engines", u"slow month-end reporting",
                                 u"hiring two data engineers", u"cuts month-end close", u"Compilers Inc."})
        QVERIFY2(all.contains(QStringView(fact)), qPrintable(QString::fromUtf16(fact)));
    // The template's own greeting and sign-off are not repeated inside the body.
    QVERIFY(!a.at(0).body.contains(u"Hi Ada,\n"));
    QVERIFY(!a.at(0).body.contains(u"Best,"));

    // Another wording when asked for a variation (regenerate), same facts.
    const QList<Variant> c = OfflineComposer::compose(campaign, fullLead(), rendered, 12345);
    QVERIFY(c.at(0).body != a.at(0).body || c.at(1).body != a.at(1).body || c.at(2).body != a.at(2).body);
}

void TestOffline::toneAndLengthCharacter()
{
    const Campaign campaign = campaignFor(Channel::Email);
    const QString rendered = TemplateEngine::render(campaign.templateText, campaign, fullLead()).text;
    const QList<Variant> v = OfflineComposer::compose(campaign, fullLead(), rendered);
    // Direct is the shortest; professional uses no exclamation marks.
    QVERIFY(v.at(2).body.size() < v.at(0).body.size());
    QVERIFY(!v.at(0).body.contains(u'!'));
    QVERIFY(v.at(1).body.contains(u"Cheers,") || v.at(1).body.contains(u"I'm") ||
            v.at(1).body.contains(u"you're"));

    const Campaign sms = campaignFor(Channel::Sms);
    const QList<Variant> texts = OfflineComposer::compose(sms, nonGsmLead(), QString());
    for (const Variant &t : texts) {
        QVERIFY2(t.body.contains(u"Zoë"), qPrintable(t.body)); // the name is kept, the text sized for UCS-2
        QVERIFY(!t.body.contains(u'’'));
        QVERIFY(ChannelRules::smsLength(t.body).units <= 70);
    }
}

void TestOffline::templateSentencesReadWell_data()
{
    QTest::addColumn<int>("channel");
    QTest::newRow("email") << int(Channel::Email);
    QTest::newRow("linkedin") << int(Channel::LinkedIn);
    QTest::newRow("sms") << int(Channel::Sms);
    QTest::newRow("custom") << int(Channel::Custom);
}

// Issue 12, item 11: the demo's template greets and goes on in lower case
// ("Hi {{first_name}}, one thing stood out..."); once the greeting is taken
// off, the sentence must start with a capital, and a pain point the template
// already names must not be said a second time in the same message.
void TestOffline::templateSentencesReadWell()
{
    QFETCH(int, channel);
    Campaign campaign = campaignFor(Channel(channel));
    campaign.templateText = u"Hi {{first_name|there}}, one thing stood out about {{company}}: "
                            u"{{pain_point|growing pains}}. We help teams like yours cut that work "
                            u"in half. Worth a 15-minute call?"_s;
    Lead lead = fullLead();
    lead.painPoints = {u"Reply rates collapsed after a spam-filter change"_s};
    const QString rendered = TemplateEngine::render(campaign.templateText, campaign, lead).text;
    const QString pain = u"reply rates collapsed after a spam-filter change"_s;
    static const QRegularExpression lowerStart(u"(?:^|[.!?]\\s+|\\n)(\\p{Ll}[\\p{Ll} ]{2})"_s);
    for (quint64 variation : {0ULL, 1ULL, 2ULL, 3ULL}) {
        const QList<Variant> variants = OfflineComposer::compose(campaign, lead, rendered, variation);
        QCOMPARE(variants.size(), 3);
        for (const Variant &v : variants) {
            const QRegularExpressionMatch m = lowerStart.match(v.body);
            QVERIFY2(!m.hasMatch(), qPrintable(u"sentence starts in lower case (\""_s + m.captured(1) +
                                               u"\"):\n"_s + v.body));
            QVERIFY2(v.body.count(pain, Qt::CaseInsensitive) <= 1, qPrintable(v.body));
        }
    }
}

QTEST_GUILESS_MAIN(TestOffline)
#include "test_offline.moc"
