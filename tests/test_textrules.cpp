// The text rules that exist once: the hand-written JSON escaper against
// QJsonDocument, the reference (every string must come out exactly as Qt
// writes it, and parse back to itself), and the one key rule for names
// people type.
#include "FieldKey.h"
#include "JsonText.h"
#include "Lead.h"
#include "import/LeadColumnMapping.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace outreach;

class TestTextRules : public QObject
{
    Q_OBJECT
private slots:
    void matchesQJsonDocument_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("plain") << u"lead0@example.com"_s;
        QTest::newRow("quote and backslash") << u"say \"hi\" \\ bye"_s;
        QTest::newRow("named controls") << u"a\bb\fc\nd\re\tf"_s;
        QTest::newRow("other controls") << QString::fromUtf16(u"\u0001\u001f\u0000x", 4);
        QTest::newRow("delete and C1") << QString::fromUtf16(u"\u007f\u0085", 2);
        QTest::newRow("umlauts and CJK") << u"Grüße, 東京"_s;
        QTest::newRow("emoji pair") << u"ok 👍"_s;
        QTest::newRow("lone high surrogate") << QString(QChar(0xd83d)) + u"x"_s;
        QTest::newRow("lone low surrogate at end") << u"x"_s + QChar(0xdc4d);
        QTest::newRow("reversed pair") << QString(QChar(0xdc4d)) + QChar(0xd83d);
    }

    void matchesQJsonDocument()
    {
        QFETCH(QString, text);
        QString mine = u"["_s;
        appendJsonString(mine, text);
        mine += u']';
        const QByteArray reference = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
        QCOMPARE(mine.toUtf8(), reference);
        QJsonParseError error;
        const QJsonDocument back = QJsonDocument::fromJson(mine.toUtf8(), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        // Qt reads a lone surrogate back as U+FFFD; every other string round-trips.
        bool lone = false;
        for (qsizetype i = 0; i < text.size(); ++i) {
            const QChar c = text.at(i);
            if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
                ++i;
            else if (c.isSurrogate())
                lone = true;
        }
        if (!lone)
            QCOMPARE(back.array().at(0).toString(), text);
    }

    void fieldKeys_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("key");
        QTest::newRow("plain") << u"email"_s << u"email"_s;
        QTest::newRow("words") << u"First Name"_s << u"first_name"_s;
        QTest::newRow("underscore") << u"first_name"_s << u"first_name"_s;
        QTest::newRow("hyphen") << u"FIRST-NAME"_s << u"first_name"_s;
        QTest::newRow("padded runs") << u"  first \t_- name "_s << u"first_name"_s;
        QTest::newRow("only breaks") << u" _-"_s << QString();
        QTest::newRow("umlaut") << u"Straße Nr"_s << u"straße_nr"_s;
    }

    void fieldKeys()
    {
        QFETCH(QString, name);
        QFETCH(QString, key);
        QCOMPARE(fieldKey(name), key);
    }

    // The places that match names all follow the rule: a CSV header, a
    // template's custom variable and a lead field name.
    void everyMatcherFollowsTheRule()
    {
        QCOMPARE(LeadColumnMapping::detectField(u"E-Mail"_s), LeadField::Email);
        QCOMPARE(LeadColumnMapping::detectField(u"first_name"_s),
                 LeadColumnMapping::detectField(u"First  Name"_s));
        QCOMPARE(LeadColumnMapping::fieldFromName(u"first-name"_s),
                 LeadColumnMapping::fieldFromName(u"first name"_s));
        Lead lead;
        lead.customFields.insert(u"Favorite Color"_s, u"teal"_s);
        QCOMPARE(lead.fieldValue(u"favorite-color"_s), std::optional<QString>(u"teal"_s));
        QCOMPARE(lead.fieldValue(u"FAVORITE_COLOR"_s), std::optional<QString>(u"teal"_s));
    }
};

QTEST_GUILESS_MAIN(TestTextRules)
#include "test_textrules.moc"
