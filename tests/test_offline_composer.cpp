// OfflineComposer on its own: a lead, a campaign and a tone in, text out,
// with no provider, event loop or QObject. Every tone on every channel
// fits the channel and carries the subject the channel wants; the text
// speaks of the lead (or greets without a name it does not have); the
// same input gives the same text and another variation other wordings;
// lead data never brings placeholders or non-GSM characters into an SMS.
#include "channels/ChannelRules.h"
#include "llm/OfflineComposer.h"

#include <QObject>
#include <QTest>
#include <type_traits>

using namespace Qt::StringLiterals;
using namespace outreach;

static_assert(!std::is_base_of_v<QObject, OfflineComposer>, "the composer is plain text, not a QObject");

namespace {
Lead lead(bool named)
{
    Lead l;
    l.id = 3;
    l.email = u"ada@example.com"_s;
    if (named) {
        l.firstName = u"Ada"_s;
        l.company = u"Analytical Engines"_s;
        l.title = u"VP of Engineering"_s;
        l.painPoints = {u"Slow month-end reporting"_s};
        l.buyingSignals = {u"Hiring two data engineers"_s};
    }
    return l;
}

Campaign campaign(Channel channel)
{
    Campaign c;
    c.channel = channel;
    c.customCharLimit = channel == Channel::Custom ? 300 : 0;
    c.senderName = u"Grace"_s;
    return c;
}

const QString Pitch = u"Hi Ada, our reporting tool cuts month-end close from days to hours."_s;
} // namespace

class TestOfflineComposer : public QObject
{
    Q_OBJECT
private slots:
    void everyToneFitsItsChannel_data()
    {
        QTest::addColumn<Channel>("channel");
        QTest::addColumn<Tone>("tone");
        for (Channel channel : {Channel::Email, Channel::LinkedIn, Channel::Sms, Channel::Custom}) {
            for (int i = 0; i < kVariantCount; ++i) {
                const Tone tone = toneOfIndex(i);
                QTest::addRow("%s %s", qPrintable(toString(channel)), qPrintable(toString(tone)))
                    << channel << tone;
            }
        }
    }

    void everyToneFitsItsChannel()
    {
        QFETCH(Channel, channel);
        QFETCH(Tone, tone);
        const Campaign c = campaign(channel);
        const ChannelRules rules = ChannelRules::forCampaign(c);
        const OfflineComposer composer(c, lead(true), Pitch);
        const Variant v = composer.variant(tone);
        QCOMPARE(v.tone, tone);
        QCOMPARE(v.index, int(tone));
        QVERIFY(!v.body.isEmpty());
        QVERIFY2(!rules.checkBody(v.body).over(), qPrintable(v.body));
        QCOMPARE(v.subject.has_value(), rules.hasSubject());
        // The one-tone answer is the one in the full set.
        const QList<Variant> all = composer.variants();
        QCOMPARE(all.size(), kVariantCount);
        QCOMPARE(all.at(int(tone)).body, v.body);
    }

    void speaksOfTheLead_data()
    {
        QTest::addColumn<bool>("named");
        QTest::addColumn<Tone>("tone");
        QTest::addColumn<QString>("opening");
        QTest::addColumn<QStringList>("mentions");
        const QStringList facts{u"Analytical Engines"_s, u"Grace"_s};
        QTest::newRow("friendly, named") << true << Tone::Friendly << u"H"_s << facts;
        QTest::newRow("direct, named") << true << Tone::Direct << u"Ada,"_s << facts;
        QTest::newRow("professional, unnamed")
            << false << Tone::Professional << u"Hello,"_s << QStringList{u"Grace"_s};
        QTest::newRow("direct, unnamed") << false << Tone::Direct << u"Hi,"_s << QStringList{u"Grace"_s};
    }

    void speaksOfTheLead()
    {
        QFETCH(bool, named);
        QFETCH(Tone, tone);
        QFETCH(QString, opening);
        QFETCH(QStringList, mentions);
        const Variant v = OfflineComposer(campaign(Channel::Email), lead(named), Pitch).variant(tone);
        QVERIFY2(v.body.startsWith(opening), qPrintable(v.body));
        QCOMPARE(v.body.contains(u"Ada"_s), named);
        for (const QString &m : mentions)
            QVERIFY2(v.body.contains(m), qPrintable(m + u" not in: "_s + v.body));
    }

    void sameInputSameTextOtherVariationOtherWords()
    {
        const Campaign c = campaign(Channel::Email);
        const QList<Variant> a = OfflineComposer::compose(c, lead(true), Pitch);
        const QList<Variant> b = OfflineComposer(c, lead(true), Pitch).variants();
        for (int i = 0; i < kVariantCount; ++i) {
            QCOMPARE(a.at(i).body, b.at(i).body);
            QCOMPARE(a.at(i).subject, b.at(i).subject);
        }
        bool differs = false;
        for (quint64 variation = 1; variation <= 8 && !differs; ++variation) {
            const QList<Variant> other = OfflineComposer::compose(c, lead(true), Pitch, variation);
            for (int i = 0; i < kVariantCount; ++i)
                differs = differs || other.at(i).body != a.at(i).body;
        }
        QVERIFY(differs);
    }

    void leadDataBringsNoPlaceholdersOrNonGsmText()
    {
        Lead l = lead(true);
        l.firstName = u"{{first_name}}"_s;
        l.company = u"Łódź “Robotics” 🚀"_s;
        l.painPoints = {u"it’s slow…"_s};
        for (const Variant &v : OfflineComposer::compose(campaign(Channel::Sms), l, Pitch)) {
            QVERIFY2(!v.body.contains(u"{{"_s) && !v.body.contains(u"}}"_s), qPrintable(v.body));
            for (QChar ch : {QChar(u'\u2019'), QChar(u'\u201C'), QChar(u'\u201D'), QChar(u'\u2026')})
                QVERIFY2(!v.body.contains(ch), qPrintable(v.body));
            QVERIFY2(!v.body.contains(u"🚀"_s), qPrintable(v.body));
        }
    }
};

QTEST_APPLESS_MAIN(TestOfflineComposer)
#include "test_offline_composer.moc"
