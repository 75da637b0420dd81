#include "templates/TemplateEngine.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace outreach;

class TestTemplates : public QObject
{
    Q_OBJECT
private slots:
    void validate_data();
    void validate();
    void problemPosition();
    void manyProblemsAreCapped_data();
    void manyProblemsAreCapped();
    void longTemplateIsCheckedWhole();
    void render_data();
    void render();
    void renderReportsBlankOncePerVariable();
    void unresolved_data();
    void unresolved();

private:
    static Lead sampleLead();
    static Campaign sampleCampaign();
};

Lead TestTemplates::sampleLead()
{
    Lead lead;
    lead.email = u"ada@example.com"_s;
    lead.firstName = u"Ada"_s;
    lead.lastName = u"Lovelace"_s;
    lead.company = u"Analytical Engines"_s;
    lead.title = u"CTO"_s;
    lead.painPoints = {u"slow reporting"_s, u"manual exports"_s};
    lead.customFields = QJsonObject{{u"Favorite Color"_s, u"green"_s}, {u"plan"_s, u"  "_s}};
    return lead;
}

Campaign TestTemplates::sampleCampaign()
{
    Campaign campaign;
    campaign.name = u"Spring launch"_s;
    campaign.senderName = u"Grace"_s;
    return campaign;
}

void TestTemplates::validate_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("custom");
    QTest::addColumn<QList<int>>("kinds");

    const int unknown = int(TemplateProblem::Kind::UnknownVariable);
    const int empty = int(TemplateProblem::Kind::EmptyVariable);
    const int unclosed = int(TemplateProblem::Kind::UnclosedBraces);
    const int unopened = int(TemplateProblem::Kind::UnopenedBraces);

    QTest::newRow("plain text") << u"Hello there"_s << QStringList() << QList<int>();
    QTest::newRow("lead fields") << u"Hi {{first_name}} at {{company}}, {{pain_point}}"_s << QStringList()
                                 << QList<int>();
    QTest::newRow("whitespace") << u"Hi {{  first_name  }}"_s << QStringList() << QList<int>();
    QTest::newRow("fallback") << u"Hi {{first_name|there}} {{ company | your team }}"_s << QStringList()
                              << QList<int>();
    QTest::newRow("campaign field") << u"{{sender_name}} / {{campaign_name}}"_s << QStringList()
                                    << QList<int>();
    QTest::newRow("case-insensitive") << u"{{First_Name}}"_s << QStringList() << QList<int>();
    QTest::newRow("unknown") << u"Hi {{frist_name}}"_s << QStringList() << QList<int>{unknown};
    QTest::newRow("custom known") << u"{{favorite_color}} {{Favorite Color}}"_s
                                  << QStringList{u"Favorite Color"_s} << QList<int>();
    QTest::newRow("custom unknown") << u"{{favorite_color}}"_s << QStringList() << QList<int>{unknown};
    QTest::newRow("empty") << u"Hi {{ }}"_s << QStringList() << QList<int>{empty};
    QTest::newRow("unclosed") << u"Hi {{first_name"_s << QStringList() << QList<int>{unclosed};
    QTest::newRow("unclosed before next")
        << u"{{first_name {{company}}"_s << QStringList() << QList<int>{unclosed};
    QTest::newRow("unopened") << u"Hi first_name}}"_s << QStringList() << QList<int>{unopened};
    QTest::newRow("several") << u"{{a}} {{company}} }} {{b"_s << QStringList()
                             << QList<int>{unknown, unopened, unclosed};
    QTest::newRow("single braces are text") << u"{ not a variable }"_s << QStringList() << QList<int>();
}

void TestTemplates::validate()
{
    QFETCH(QString, text);
    QFETCH(QStringList, custom);
    QFETCH(QList<int>, kinds);
    const QList<TemplateProblem> problems = TemplateEngine::validate(text, custom);
    QList<int> actual;
    for (const TemplateProblem &p : problems) {
        actual.append(int(p.kind));
        QVERIFY(!p.message.isEmpty());
    }
    QCOMPARE(actual, kinds);
    QCOMPARE(TemplateEngine::problemMessages(problems).size(), kinds.size());
}

void TestTemplates::problemPosition()
{
    const QString text = u"Hello,\nthanks {{frist_name}} for"_s;
    const QList<TemplateProblem> problems = TemplateEngine::validate(text);
    QCOMPARE(problems.size(), 1);
    const TemplateProblem &p = problems.first();
    QCOMPARE(p.variable, u"frist_name"_s);
    QCOMPARE(p.line, 2);
    QCOMPARE(p.column, 8);
    QCOMPARE(p.position, 14);
    QCOMPARE(text.mid(p.position, p.length), u"{{frist_name}}"_s);
    QVERIFY2(p.message.contains(u"line 2, column 8"), qPrintable(p.message));
    QVERIFY2(p.message.contains(u"{{first_name}}"), qPrintable(p.message)); // the suggestion
}

// Issue 11 item 9: a few problems are described, the rest counted in one
// "and N more" entry; the count covers every problem in the text.
void TestTemplates::manyProblemsAreCapped_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("total");
    QTest::newRow("10,000 nested braces")
        << QString(20000, u'{') << int(TemplateProblem::Kind::UnclosedBraces) << 10000;
    QTest::newRow("10,000 closing braces")
        << QString(20000, u'}') << int(TemplateProblem::Kind::UnopenedBraces) << 10000;
    QTest::newRow("3,000 unknown variables")
        << u"Hi {{frist_name}}\n"_s.repeated(3000) << int(TemplateProblem::Kind::UnknownVariable) << 3000;
}

void TestTemplates::manyProblemsAreCapped()
{
    QFETCH(QString, text);
    QFETCH(int, kind);
    QFETCH(int, total);
    const QList<TemplateProblem> problems = TemplateEngine::validate(text);
    const int shown = TemplateEngine::kMaxReportedProblems;
    QCOMPARE(problems.size(), shown + 1);
    for (int i = 0; i < shown; ++i)
        QCOMPARE(int(problems.at(i).kind), kind);
    const TemplateProblem &more = problems.last();
    QCOMPARE(more.kind, TemplateProblem::Kind::MoreProblems);
    QCOMPARE(more.count, total - shown);
    QVERIFY(more.position >= problems.at(shown - 1).position + problems.at(shown - 1).length);
    QVERIFY2(more.message.contains(QString::number(total - shown)), qPrintable(more.message));
    if (kind == int(TemplateProblem::Kind::UnknownVariable))
        QCOMPARE(more.line, shown + 1); // counted on, line by line, past the described ones
}

// 200,000 placeholders: nothing to report, and a typo at the very end is
// found at its exact line and column (the scan covers the whole text).
void TestTemplates::longTemplateIsCheckedWhole()
{
    const QString body = u"Hi {{first_name}} "_s.repeated(200000);
    QVERIFY(TemplateEngine::validate(body).isEmpty());
    QCOMPARE(TemplateEngine::placeholders(body).size(), 200000);
    const QList<TemplateProblem> problems = TemplateEngine::validate(body + u"\nBye {{frist_name}}"_s);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().line, 2);
    QCOMPARE(problems.first().column, 5);
    const RenderResult rendered = TemplateEngine::render(body, Campaign(), sampleLead());
    QVERIFY(rendered.complete());
    QCOMPARE(rendered.text, u"Hi Ada "_s.repeated(200000));
}

void TestTemplates::render_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QStringList>("blank");
    QTest::addColumn<QStringList>("unknown");

    QTest::newRow("lead fields") << u"Hi {{first_name}} at {{company}}!"_s
                                 << u"Hi Ada at Analytical Engines!"_s << QStringList() << QStringList();
    QTest::newRow("whitespace") << u"Hi {{ first_name }}"_s << u"Hi Ada"_s << QStringList() << QStringList();
    QTest::newRow("fallback unused") << u"Hi {{first_name|there}}"_s << u"Hi Ada"_s << QStringList()
                                     << QStringList();
    QTest::newRow("fallback used") << u"About {{industry|your field}}."_s << u"About your field."_s
                                   << QStringList() << QStringList();
    QTest::newRow("fallback with spaces")
        << u"{{industry | your  field }}"_s << u"your  field"_s << QStringList() << QStringList();
    QTest::newRow("empty fallback") << u"[{{industry|}}]"_s << u"[]"_s << QStringList() << QStringList();
    QTest::newRow("blank no fallback")
        << u"In {{industry}} we"_s << u"In {{industry}} we"_s << QStringList{u"industry"_s} << QStringList();
    QTest::newRow("blank custom") << u"Plan: {{plan}}"_s << u"Plan: {{plan}}"_s << QStringList{u"plan"_s}
                                  << QStringList();
    QTest::newRow("custom field") << u"Likes {{favorite_color}}"_s << u"Likes green"_s << QStringList()
                                  << QStringList();
    QTest::newRow("custom field spaced")
        << u"Likes {{Favorite Color}}"_s << u"Likes green"_s << QStringList() << QStringList();
    QTest::newRow("campaign field") << u"-- {{sender_name}}, {{campaign_name}}"_s
                                    << u"-- Grace, Spring launch"_s << QStringList() << QStringList();
    QTest::newRow("first pain point")
        << u"{{pain_point}}"_s << u"slow reporting"_s << QStringList() << QStringList();
    QTest::newRow("unknown kept") << u"Hi {{nickname}}"_s << u"Hi {{nickname}}"_s << QStringList()
                                  << QStringList{u"nickname"_s};
    QTest::newRow("unknown with fallback kept") << u"{{nickname|friend}}"_s << u"{{nickname|friend}}"_s
                                                << QStringList() << QStringList{u"nickname"_s};
    QTest::newRow("stray braces are text")
        << u"a }} b {{ c"_s << u"a }} b {{ c"_s << QStringList() << QStringList();
    QTest::newRow("no double substitution")
        << u"{{first_name}}{{company}}"_s << u"AdaAnalytical Engines"_s << QStringList() << QStringList();
}

void TestTemplates::render()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QFETCH(QStringList, blank);
    QFETCH(QStringList, unknown);
    const RenderResult result = TemplateEngine::render(text, sampleCampaign(), sampleLead());
    QCOMPARE(result.text, expected);
    QCOMPARE(result.blankVariables, blank);
    QCOMPARE(result.unknownVariables, unknown);
    QCOMPARE(result.complete(), blank.isEmpty() && unknown.isEmpty());
}

void TestTemplates::renderReportsBlankOncePerVariable()
{
    Lead lead = sampleLead();
    lead.firstName.clear();
    const RenderResult result =
        TemplateEngine::render(u"{{first_name}} {{first_name}} {{title}}"_s, sampleCampaign(), lead);
    QCOMPARE(result.blankVariables, QStringList{u"first_name"_s});
    QCOMPARE(result.text, u"{{first_name}} {{first_name}} CTO"_s);
    // A value that only looks blank is blank: no sending of "Hi  ,".
    lead.firstName = u"   "_s;
    QCOMPARE(TemplateEngine::render(u"Hi {{first_name}},"_s, sampleCampaign(), lead).blankVariables,
             QStringList{u"first_name"_s});
}

void TestTemplates::unresolved_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("clean") << u"Hi Ada, thanks!"_s << QStringList();
    QTest::newRow("one") << u"Hi {{first_name}},"_s << QStringList{u"{{first_name}}"_s};
    QTest::newRow("spaced") << u"Hi {{ first_name }}"_s << QStringList{u"{{ first_name }}"_s};
    QTest::newRow("two") << u"{{a}} and {{b|x}}"_s << QStringList{u"{{a}}"_s, u"{{b|x}}"_s};
    QTest::newRow("dangling") << u"Hi {{first"_s << QStringList{u"{{"_s};
    QTest::newRow("single braces fine") << u"{json}"_s << QStringList();
}

void TestTemplates::unresolved()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QCOMPARE(TemplateEngine::unresolvedPlaceholders(text), expected);
}

QTEST_GUILESS_MAIN(TestTemplates)
#include "test_templates.moc"
