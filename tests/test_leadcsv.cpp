// Lead CSV import without a database: column detection, overrides, row
// validation with exact line/column/reason, and the bundled demo leads.
#include "import/LeadColumnMapping.h"
#include "import/LeadCsvParser.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace outreach;

Q_DECLARE_METATYPE(outreach::ImportIssue)

namespace {

LeadCsvParser::Result parse(const QByteArray &bytes, const QStringList &overrides = {})
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return LeadCsvParser::parseAll(&buffer, overrides);
}

LeadCsvParser::Result parseFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(path));
    return LeadCsvParser::parseAll(&file);
}

QString fixture(const char *name)
{
    return QStringLiteral(OUTREACH_SOURCE_DIR "/tests/fixtures/csv/") + QString::fromLatin1(name);
}

} // namespace

class TestLeadCsv : public QObject
{
    Q_OBJECT

private slots:
    void detectField_data();
    void detectField();
    void overrides();
    void fieldNamesRoundTrip();
    void validation_data();
    void validation();
    void parseScore_data();
    void parseScore();
    void email_data();
    void email();
    void phone_data();
    void phone();
    void splitList_data();
    void splitList();
    void verbatimText();
    void apolloExport();
    void excelSemicolonExport();
    void fatalErrors_data();
    void fatalErrors();
    void demoLeads();
    void streamsManyRows();
    void jsonText_data();
    void jsonText();
    void jsonTextNonStringCustomFields();
    void decodesAcrossChunks();
    void oversizedCellRefusesItsRowOnly_data();
    void oversizedCellRefusesItsRowOnly();
};

void TestLeadCsv::detectField_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("field");

    const QList<std::pair<QString, QString>> cases{
        // Apollo.io people export
        {u"First Name"_s, u"first_name"_s},
        {u"Last Name"_s, u"last_name"_s},
        {u"Title"_s, u"title"_s},
        {u"Company"_s, u"company"_s},
        {u"Company Name for Emails"_s, u"company"_s},
        {u"Email"_s, u"email"_s},
        {u"Person Linkedin Url"_s, u"linkedin_url"_s},
        {u"Industry"_s, u"industry"_s},
        {u"Technologies"_s, u"technologies"_s},
        {u"Corporate Phone"_s, u"phone"_s},
        {u"Mobile Phone"_s, u"phone"_s},
        {u"Work Direct Phone"_s, u"phone"_s},
        {u"Website"_s, u"website"_s},
        {u"City"_s, u"city"_s},
        {u"State"_s, u"state"_s},
        {u"Country"_s, u"country"_s},
        {u"Keywords"_s, u"keywords"_s},
        {u"# Employees"_s, u"company_size"_s},
        {u"Annual Revenue"_s, u"annual_revenue"_s},
        // Apollo columns that look alike but are not the person's fields
        {u"Email Status"_s, u"custom"_s},
        {u"Company City"_s, u"custom"_s},
        {u"Company Linkedin Url"_s, u"custom"_s},
        {u"Home Phone"_s, u"custom"_s},
        // snake_case
        {u"first_name"_s, u"first_name"_s},
        {u"email"_s, u"email"_s},
        {u"linkedin_url"_s, u"linkedin_url"_s},
        {u"qualification_score"_s, u"qualification_score"_s},
        {u"pain_points"_s, u"pain_points"_s},
        {u"company_size"_s, u"company_size"_s},
        // our own columns
        {u"Qualification Score"_s, u"qualification_score"_s},
        {u"Qualification Reasoning"_s, u"qualification_reasoning"_s},
        {u"Pain Points"_s, u"pain_points"_s},
        {u"Buying Signals"_s, u"buying_signals"_s},
        {u"Recent News"_s, u"recent_news"_s},
        {u"Research Notes"_s, u"research_notes"_s},
        // spelling variants
        {u"  EMAIL "_s, u"email"_s},
        {u"E-Mail"_s, u"email"_s},
        {u"pain-points"_s, u"pain_points"_s},
        {u"Favorite Color"_s, u"custom"_s},
    };
    for (const auto &[header, field] : cases)
        QTest::newRow(qPrintable(header)) << header << field;
}

void TestLeadCsv::detectField()
{
    QFETCH(QString, header);
    QFETCH(QString, field);
    QCOMPARE(LeadColumnMapping::fieldName(LeadColumnMapping::detectField(header)), field);
}

void TestLeadCsv::overrides()
{
    LeadColumnMapping mapping({u"Work Email Address"_s, u"Name"_s, u""_s, u"Score"_s});
    QCOMPARE(mapping.field(0), LeadField::Custom);
    QCOMPARE(mapping.field(1), LeadField::FullName);
    QCOMPARE(mapping.field(2), LeadField::Ignore);
    QVERIFY(!mapping.hasContactColumn());

    QString error;
    QVERIFY(mapping.setOverride(u"work_email_address=email"_s, &error));
    QCOMPARE(mapping.field(0), LeadField::Email);
    QVERIFY(mapping.hasContactColumn());
    QVERIFY(mapping.setOverride(u"Score"_s, u"ignore"_s, &error));
    QCOMPARE(mapping.field(3), LeadField::Ignore);

    QVERIFY(!mapping.setOverride(u"Nope"_s, u"email"_s, &error));
    QCOMPARE(error, u"The file has no column “Nope”"_s);
    QVERIFY(!mapping.setOverride(u"Name"_s, u"shoe_size"_s, &error));
    QVERIFY2(error.startsWith(u"Unknown target field “shoe_size” for column “Name”; use one of: email, "_s),
             qPrintable(error));
    QVERIFY(!mapping.setOverride(u"no equals sign"_s, &error));
    QCOMPARE(mapping.field(1), LeadField::FullName);

    // The parser applies the same overrides and then accepts the file.
    const QByteArray csv = "Work Email Address,Name\nann@example.com,Ann Lee\n"_ba;
    QVERIFY(parse(csv).fatal.has_value());
    const auto result = parse(csv, {u"Work Email Address=email"_s});
    QVERIFY(!result.fatal);
    QCOMPARE(result.leads.size(), 1);
    QCOMPARE(result.leads.first().lead.email, u"ann@example.com"_s);
    QCOMPARE(result.leads.first().lead.firstName, u"Ann"_s);
    QCOMPARE(result.leads.first().lead.lastName, u"Lee"_s);
}

void TestLeadCsv::fieldNamesRoundTrip()
{
    const QList<LeadField> fields = LeadColumnMapping::targetFields();
    QVERIFY(fields.contains(LeadField::Email) && fields.contains(LeadField::Custom) &&
            fields.contains(LeadField::Ignore));
    for (const LeadField field : fields) {
        QCOMPARE(LeadColumnMapping::fieldFromName(LeadColumnMapping::fieldName(field)), field);
        QVERIFY(!LeadColumnMapping::displayName(field).isEmpty());
    }
    QCOMPARE(LeadColumnMapping::fieldFromName(u"Linkedin URL"_s), LeadField::LinkedinUrl);
    QVERIFY(!LeadColumnMapping::fieldFromName(u"shoe_size"_s));
}

void TestLeadCsv::validation_data()
{
    QTest::addColumn<QByteArray>("rows");
    QTest::addColumn<int>("leads");
    QTest::addColumn<QList<ImportIssue>>("issues");

    const QString email = u"Email"_s, score = u"Qualification Score"_s;
    const QString noContact =
        u"No email, LinkedIn URL or phone number: a lead needs at least one way to reach them"_s;
    QTest::newRow("good row") << "ann@example.com,Ann,,,87\n"_ba << 1 << QList<ImportIssue>{};
    QTest::newRow("LinkedIn only") << ",Ann,https://www.linkedin.com/in/ann-example,,\n"_ba << 1
                                   << QList<ImportIssue>{};
    QTest::newRow("phone only") << ",Ann,,+1 555 0100,\n"_ba << 1 << QList<ImportIssue>{};
    QTest::newRow("bad email") << "ann.example.com,Ann,,,\n"_ba << 0
                               << QList<ImportIssue>{
                                      {2, email, u"“ann.example.com” is not a valid email address"_s}};
    QTest::newRow("score 101") << "ann@example.com,Ann,,,101\n"_ba << 0
                               << QList<ImportIssue>{
                                      {2, score, u"Qualification score 101 is outside the range 0 to 100"_s}};
    QTest::newRow("score abc")
        << "ann@example.com,Ann,,,abc\n"_ba << 0
        << QList<ImportIssue>{
               {2, score,
                u"“abc” is not a number; the qualification score must be a number from 0 to 100"_s}};
    QTest::newRow("no contact") << ",Ann,,,50\n"_ba << 0 << QList<ImportIssue>{{2, QString(), noContact}};
    QTest::newRow("too few columns")
        << "ann@example.com,Ann\n"_ba << 0
        << QList<ImportIssue>{
               {2, QString(), u"Expected 5 columns as in the header but found 2; row skipped"_s}};
    QTest::newRow("too many columns")
        << "ann@example.com,Ann,,,50,extra\n"_ba << 0
        << QList<ImportIssue>{
               {2, QString(), u"Expected 5 columns as in the header but found 6; row skipped"_s}};
    QTest::newRow("two problems in one row")
        << "bad,Ann,,,-3\n"_ba << 0
        << QList<ImportIssue>{{2, score, u"Qualification score -3 is outside the range 0 to 100"_s},
                              {2, email, u"“bad” is not a valid email address"_s}};
    QTest::newRow("lines counted across quoted newlines")
        << "ann@example.com,\"Ann\nMarie\",,,50\nbob@,Bob,,,\ncarl@example.com,Carl,,,\n"_ba << 2
        << QList<ImportIssue>{{4, email, u"“bob@” is not a valid email address"_s}};
    QTest::newRow("blank rows ignored") << "\n,,,,\nann@example.com,Ann,,,\n"_ba << 1 << QList<ImportIssue>{};
    QTest::newRow("stray quote")
        << "ann@example.com,An\"n,,,\nbob@example.com,Bob,,,\n"_ba << 1
        << QList<ImportIssue>{
               {2, u"First Name"_s,
                u"a quote appears inside a field that does not start with a quote; put the field in "
                "quotes and double the quote (\"\") (character 19); row skipped"_s}};
}

void TestLeadCsv::validation()
{
    QFETCH(QByteArray, rows);
    QFETCH(int, leads);
    QFETCH(QList<ImportIssue>, issues);

    const auto result =
        parse("Email,First Name,Person Linkedin Url,Corporate Phone,Qualification Score\n"_ba + rows);
    QVERIFY(!result.fatal);
    QCOMPARE(result.leads.size(), leads);
    QCOMPARE(result.issues.size(), issues.size());
    for (qsizetype i = 0; i < issues.size(); ++i) {
        QCOMPARE(result.issues.at(i).line, issues.at(i).line);
        QCOMPARE(result.issues.at(i).column, issues.at(i).column);
        QCOMPARE(result.issues.at(i).reason, issues.at(i).reason);
    }
}

void TestLeadCsv::parseScore_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("score"); // -1: rejected
    QTest::newRow("integer") << u"87"_s << 87;
    QTest::newRow("decimal") << u"87.0"_s << 87;
    QTest::newRow("percent") << u"87%"_s << 87;
    QTest::newRow("spaced percent") << u" 87 % "_s << 87;
    QTest::newRow("rounds") << u"87.5"_s << 88;
    QTest::newRow("decimal comma") << u"87,5"_s << 88;
    QTest::newRow("zero") << u"0"_s << 0;
    QTest::newRow("hundred") << u"100"_s << 100;
    QTest::newRow("101") << u"101"_s << -1;
    QTest::newRow("negative") << u"-1"_s << -1;
    QTest::newRow("thousands") << u"1,000"_s << -1;
    QTest::newRow("word") << u"high"_s << -1;
    QTest::newRow("inf") << u"inf"_s << -1;
    QTest::newRow("leading zero") << u"087"_s << 87;
    QTest::newRow("spaced integer") << u" 42 "_s << 42;
    QTest::newRow("999") << u"999"_s << -1;
    QTest::newRow("Arabic-Indic digits") << u"\u0668\u0667"_s << -1;
}

void TestLeadCsv::parseScore()
{
    QFETCH(QString, text);
    QFETCH(int, score);
    QString reason;
    const std::optional<int> parsed = LeadCsvParser::parseScore(text, &reason);
    QCOMPARE(parsed.value_or(-1), score);
    QCOMPARE(reason.isEmpty(), parsed.has_value());
}

void TestLeadCsv::email_data()
{
    QTest::addColumn<QString>("email");
    QTest::addColumn<bool>("valid");
    QTest::newRow("plain") << u"a@example.com"_s << true;
    QTest::newRow("plus, dots, subdomain") << u"first.last+tag@mail.example.co.uk"_s << true;
    QTest::newRow("apostrophe") << u"o'connor@example.ie"_s << true;
    QTest::newRow("international") << u"zoë@exämple.de"_s << true;
    QTest::newRow("no domain dot") << u"a@example"_s << false;
    QTest::newRow("two @") << u"a@@example.com"_s << false;
    QTest::newRow("space") << u"a b@example.com"_s << false;
    QTest::newRow("leading dot") << u".a@example.com"_s << false;
    QTest::newRow("double dot") << u"a..b@example.com"_s << false;
    QTest::newRow("hyphen label") << u"a@-example.com"_s << false;
    QTest::newRow("empty label") << u"a@example..com"_s << false;
    QTest::newRow("numeric TLD") << u"a@10.0.0.1"_s << false;
    QTest::newRow("no local part") << u"@example.com"_s << false;
    QTest::newRow("display name") << u"Ann <a@example.com>"_s << false;
}

void TestLeadCsv::email()
{
    QFETCH(QString, email);
    QFETCH(bool, valid);
    QCOMPARE(LeadCsvParser::isPlausibleEmail(email), valid);
}

void TestLeadCsv::phone_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("US formatted") << u"+1 (555) 010-0123"_s << u"+15550100123"_s;
    QTest::newRow("UK trunk zero") << u"+44 (0) 20 7946 0958"_s << u"+442079460958"_s;
    QTest::newRow("00 prefix") << u"0049 30 1234567"_s << u"+49301234567"_s;
    QTest::newRow("spreadsheet apostrophe") << u"'+49 30 1234567"_s << u"+49301234567"_s;
    QTest::newRow("dots") << u"+33.1.23.45.67.89"_s << u"+33123456789"_s;
    QTest::newRow("already E.164") << u" +4930123456 "_s << u"+4930123456"_s;
    QTest::newRow("national: unsure") << u"030 1234567"_s << u"030 1234567"_s;
    QTest::newRow("extension: unsure") << u"+1 555 0100 ext. 12"_s << u"+1 555 0100 ext. 12"_s;
    QTest::newRow("too short") << u"+12 34"_s << u"+12 34"_s;
}

void TestLeadCsv::phone()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(LeadCsvParser::normalizePhone(input), expected);
}

void TestLeadCsv::splitList_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("commas");
    QTest::addColumn<QStringList>("items");
    QTest::newRow("semicolons") << u"slow replies; manual research"_s << false
                                << QStringList{u"slow replies"_s, u"manual research"_s};
    QTest::newRow("pipes and newlines")
        << u"a|b\nc\r\nd"_s << false << QStringList{u"a"_s, u"b"_s, u"c"_s, u"d"_s};
    QTest::newRow("empties dropped") << u" ; a ;; | "_s << false << QStringList{u"a"_s};
    QTest::newRow("commas kept in sentences")
        << u"cost, and time; scale"_s << false << QStringList{u"cost, and time"_s, u"scale"_s};
    QTest::newRow("commas split technologies")
        << u"Salesforce, Slack,  AWS"_s << true << QStringList{u"Salesforce"_s, u"Slack"_s, u"AWS"_s};
    QTest::newRow("empty") << QString() << false << QStringList{};
}

void TestLeadCsv::splitList()
{
    QFETCH(QString, text);
    QFETCH(bool, commas);
    QFETCH(QStringList, items);
    QCOMPARE(LeadCsvParser::splitList(text, commas), items);
}

void TestLeadCsv::verbatimText()
{
    const auto result =
        parse("email,first_name,last_name,company,qualification_reasoning,Favorite Color\n"
              "zoë@example.com,Zoë,\"O'Brien \"\"Bee\"\"\",株式会社テスト,\"Loves 🚀; said \"\"yes\"\"\n"
              "twice\",'; DROP TABLE leads;--\n"_ba);
    QVERIFY(!result.fatal);
    QCOMPARE(result.issues.size(), 0);
    QCOMPARE(result.leads.size(), 1);
    const Lead &lead = result.leads.first().lead;
    QCOMPARE(result.leads.first().line, 2);
    QCOMPARE(lead.email, u"zoë@example.com"_s);
    QCOMPARE(lead.firstName, u"Zoë"_s);
    QCOMPARE(lead.lastName, u"O'Brien \"Bee\""_s);
    QCOMPARE(lead.company, u"株式会社テスト"_s);
    QCOMPARE(lead.qualificationReasoning, u"Loves 🚀; said \"yes\"\ntwice"_s);
    QCOMPARE(lead.customFields.value(u"Favorite Color").toString(), u"'; DROP TABLE leads;--"_s);
}

void TestLeadCsv::apolloExport()
{
    const auto result = parseFile(fixture("apollo_export.csv"));
    QVERIFY(!result.fatal);
    QCOMPARE(result.issues.size(), 0);
    QCOMPARE(result.leads.size(), 3);

    const Lead &ava = result.leads.at(0).lead;
    QCOMPARE(ava.company, u"Quarry Labs, Inc."_s); // "Company" comes before "Company Name for Emails"
    QCOMPARE(ava.email, u"ava.nguyen@quarrylabs.example.com"_s);
    QCOMPARE(ava.phone, u"+15550100142"_s); // Work Direct Phone: first non-empty phone column
    QCOMPARE(ava.location, u"San Francisco, California, United States"_s);
    QCOMPARE(ava.technologies,
             (QStringList{u"Salesforce"_s, u"Outreach"_s, u"Google Analytics"_s, u"Slack"_s}));
    QCOMPARE(ava.keywords, (QStringList{u"devtools"_s, u"ci/cd"_s}));
    QCOMPARE(ava.companySize, u"85"_s);
    QCOMPARE(ava.annualRevenue, u"12000000"_s);
    QCOMPARE(ava.linkedinUrl, u"https://www.linkedin.com/in/ava-nguyen-example"_s);
    QCOMPARE(ava.customFields.value(u"Email Status").toString(), u"Verified"_s);
    QCOMPARE(ava.customFields.value(u"Company City").toString(), u"San Francisco"_s);
    QCOMPARE(ava.customFields.value(u"Apollo Contact Id").toString(), u"64f0c0ffee0001"_s);
    QVERIFY(!ava.qualificationScore);

    const Lead &joerg = result.leads.at(1).lead; // no email: LinkedIn and phone suffice
    QCOMPARE(joerg.lastName, u"Müller"_s);
    QVERIFY(joerg.email.isEmpty());
    QCOMPARE(joerg.phone, u"+49301234567"_s);
    QCOMPARE(joerg.location, u"Berlin, Berlin, Germany"_s);

    const Lead &mei = result.leads.at(2).lead;
    QCOMPARE(mei.location, u"Singapore"_s);
    QCOMPARE(mei.keywords, (QStringList{u"machine learning"_s, u"nlp"_s}));
    QCOMPARE(mei.technologies, (QStringList{u"PyTorch"_s, u"Kubernetes"_s, u"AWS"_s}));
}

void TestLeadCsv::excelSemicolonExport()
{
    const auto result = parseFile(fixture("excel_semicolon_bom.csv"));
    QVERIFY(!result.fatal);
    QCOMPARE(result.issues.size(), 0);
    QCOMPARE(result.leads.size(), 2);
    const Lead &lena = result.leads.at(0).lead;
    QCOMPARE(lena.email, u"lena.fischer@example.com"_s); // header "E-Mail" after a BOM
    QCOMPARE(lena.company, u"Fischer; Partner"_s);
    QCOMPARE(lena.qualificationScore, 87);
    QCOMPARE(lena.researchNotes, u"Zeile 1\r\nZeile 2"_s);
    QCOMPARE(result.leads.at(1).line, 4);
    QCOMPARE(result.leads.at(1).lead.qualificationScore, 91);
}

void TestLeadCsv::fatalErrors_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("reasonStart");
    QTest::addColumn<int>("leadsBefore");

    QTest::newRow("empty file") << QByteArray() << 0 << u"The file is empty"_s << 0;
    QTest::newRow("no usable header")
        << "Name,Company\nAnn,Acme\n"_ba << 1
        << u"No usable header: no column holds an email, a LinkedIn URL or a phone "
           "number (columns found: Name, Company)"_s
        << 0;
    QTest::newRow("Latin-1 row") << "email,first_name\nann@example.com,Ann\nrene@example.com,Ren\xE9\n"_ba
                                 << 3 << u"the file is not valid UTF-8 (first bad byte at offset 57)"_s << 1;
    QTest::newRow("unterminated quote") << "email,first_name\nann@example.com,\"Ann\n"_ba << 2
                                        << u"the quoted field starting here is never closed"_s << 0;
}

void TestLeadCsv::fatalErrors()
{
    QFETCH(QByteArray, input);
    QFETCH(int, line);
    QFETCH(QString, reasonStart);
    QFETCH(int, leadsBefore);

    const auto result = parse(input);
    QVERIFY(result.fatal);
    QCOMPARE(result.fatal->line, line);
    QVERIFY2(result.fatal->reason.startsWith(reasonStart), qPrintable(result.fatal->reason));
    QCOMPARE(result.leads.size(), leadsBefore);

    if (qstrcmp(QTest::currentDataTag(), "Latin-1 row") == 0) {
        const auto latin1 = parseFile(fixture("latin1.csv"));
        QVERIFY(latin1.fatal);
        QCOMPARE(latin1.fatal->line, 2);
        QCOMPARE(latin1.fatal->column, u"first_name"_s);
    }
}

void TestLeadCsv::demoLeads()
{
    QFile file(u":/demo/leads.csv"_s);
    QVERIFY2(file.open(QIODevice::ReadOnly), "the demo leads are not embedded as :/demo/leads.csv");
    const auto result = LeadCsvParser::parseAll(&file);
    QVERIFY(!result.fatal);
    for (const ImportIssue &issue : result.issues)
        qWarning("line %d, %s: %s", issue.line, qPrintable(issue.column), qPrintable(issue.reason));
    QCOMPARE(result.issues.size(), 0);
    QVERIFY(result.leads.size() >= 45 && result.leads.size() <= 60);

    QSet<QString> emails, companies;
    int minScore = 100, maxScore = 0;
    for (const ParsedLead &parsed : result.leads) {
        const Lead &lead = parsed.lead;
        QVERIFY(lead.email.endsWith(u".example.com"_s) || lead.email.endsWith(u"@example.com"_s));
        QVERIFY(lead.linkedinUrl.startsWith(u"https://www.linkedin.com/in/"_s));
        QVERIFY(lead.qualificationScore);
        QVERIFY(!lead.qualificationReasoning.isEmpty());
        QVERIFY(!lead.painPoints.isEmpty());
        QVERIFY(!lead.technologies.isEmpty());
        QVERIFY(!lead.location.isEmpty());
        QVERIFY(lead.phone.isEmpty() || lead.phone.startsWith(u'+'));
        emails.insert(lead.email.toLower());
        companies.insert(lead.company);
        minScore = std::min(minScore, *lead.qualificationScore);
        maxScore = std::max(maxScore, *lead.qualificationScore);
    }
    QCOMPARE(emails.size(), result.leads.size());
    QCOMPARE(companies.size(), result.leads.size());
    QVERIFY(minScore <= 40 && maxScore >= 95);
}

void TestLeadCsv::streamsManyRows()
{
    constexpr int rows = 100000;
    QByteArray input =
        "First Name,Last Name,Email,Person Linkedin Url,Technologies,Corporate Phone,City,Country,"
        "Qualification Score,Pain Points\n";
    for (int i = 0; i < rows; ++i) {
        const QByteArray n = QByteArray::number(i);
        input += "Ann" + n + ",Lee,ann" + n + "@example.com,https://www.linkedin.com/in/ann" + n +
                 ",\"Salesforce, Slack\",+1 555 0100," + (i % 100 == 0 ? "bad" : "Berlin") + ",Germany," +
                 QByteArray::number(i % 101) + ",\"slow; manual\"\n";
    }
    QBuffer buffer(&input);
    buffer.open(QIODevice::ReadOnly);
    LeadCsvParser parser(&buffer);
    QVERIFY(parser.readHeader());
    QElapsedTimer timer;
    timer.start();
    int leads = 0, issues = 0;
    for (LeadCsvParser::Status status; (status = parser.next()) != LeadCsvParser::Status::End;) {
        QVERIFY(status != LeadCsvParser::Status::Failed);
        if (status == LeadCsvParser::Status::Lead) {
            ++leads;
            QCOMPARE(parser.lead().line, leads + issues + 1);
        } else {
            ++issues;
        }
    }
    qInfo("parsed %d rows in %lld ms", rows, timer.elapsed());
    QCOMPARE(leads + issues, rows);
    QCOMPARE(issues, 0);
}

void TestLeadCsv::jsonText_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("plain") << u"manual reporting"_s;
    QTest::newRow("quotes and backslashes") << u"say \"hi\" to C:\\temp\\ \\\"x"_s;
    QTest::newRow("named escapes") << u"a\nb\rc\td\be\ff"_s;
    QTest::newRow("other control characters")
        << QString::fromUtf16(u"nul \u0000 x01 \u0001 us \u001f del \u007f");
    QTest::newRow("accents, CJK, emoji") << u"Zoë Ærø 東京 🚀 \u00a0 \u2028"_s;
    QTest::newRow("SQL-looking") << u"Robert'); DROP TABLE leads;--"_s;
    QTest::newRow("slash and html") << u"</script><b>&amp;</b> a/b"_s;
    const char16_t loneHigh[] = {u'a', 0xD83D, u'b'};
    QTest::newRow("lone high surrogate") << QString::fromUtf16(loneHigh, 3);
    const char16_t loneLow[] = {0xDE80, u'z'};
    QTest::newRow("lone low surrogate") << QString::fromUtf16(loneLow, 2);
    const char16_t highAtEnd[] = {u'x', 0xD83D};
    QTest::newRow("high surrogate at the end") << QString::fromUtf16(highAtEnd, 2);
}

void TestLeadCsv::jsonText()
{
    // The hand-written JSON columns must say exactly what QJsonDocument says.
    QFETCH(QString, text);
    Lead lead;
    lead.painPoints = {text, u"second"_s};
    lead.buyingSignals = {text};
    lead.researchNotes = text;
    lead.technologies = {u"Salesforce"_s, text};
    lead.recentNews = {};
    lead.companySize = text;
    lead.annualRevenue = u"$5M"_s;
    lead.keywords = {text, text};
    lead.customFields = QJsonObject{{text, text}, {u"Favorite Color"_s, u"teal"_s}};
    const auto viaQt = [](const QJsonObject &o) {
        return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
    };
    QCOMPARE(lead.researchJsonText(), viaQt(lead.researchJson()));
    QCOMPARE(lead.enrichmentJsonText(), viaQt(lead.enrichmentJson()));
    QCOMPARE(Lead::jsonText(lead.customFields), viaQt(lead.customFields));

    // And it reads back to the same values.
    QJsonParseError error;
    const QJsonDocument parsed = QJsonDocument::fromJson(lead.researchJsonText().toUtf8(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    Lead back;
    back.setResearchJson(parsed.object());
    back.setEnrichmentJson(QJsonDocument::fromJson(lead.enrichmentJsonText().toUtf8()).object());
    const bool wellFormed = !text.contains(QChar(0xD83D)) && !text.contains(QChar(0xDE80));
    if (wellFormed) {
        QCOMPARE(back.painPoints, lead.painPoints);
        QCOMPARE(back.researchNotes, text);
        QCOMPARE(back.keywords, lead.keywords);
        QCOMPARE(back.companySize, text);
        QCOMPARE(QJsonDocument::fromJson(Lead::jsonText(lead.customFields).toUtf8()).object(),
                 lead.customFields);
    }
}

void TestLeadCsv::jsonTextNonStringCustomFields()
{
    const QJsonObject custom{
        {u"count"_s, 3}, {u"tags"_s, QJsonArray{u"a"_s, u"b"_s}}, {u"name"_s, u"x\"y"_s}};
    QCOMPARE(QJsonDocument::fromJson(Lead::jsonText(custom).toUtf8()).object(), custom);
    QCOMPARE(Lead::jsonText({}), u"{}"_s);
}

void TestLeadCsv::decodesAcrossChunks()
{
    // Several MiB, so later chunks take the reader's in-place decoding path;
    // multi-byte text must come through whole, and a bad byte far into the
    // file must still be found at its exact line.
    constexpr int rows = 40000;
    QByteArray input = "\xEF\xBB\xBF"
                       "First Name,Email,Company\n";
    for (int i = 0; i < rows; ++i)
        input += "Zoë " + QByteArray::number(i) + ",z" + QByteArray::number(i) +
                 "@example.com,\"東京 🚀, Ærø Inc.\"\n";
    QVERIFY(input.size() > 2 * 1024 * 1024);
    {
        QBuffer buffer(&input);
        buffer.open(QIODevice::ReadOnly);
        const LeadCsvParser::Result result = LeadCsvParser::parseAll(&buffer);
        QVERIFY(!result.fatal);
        QCOMPARE(result.leads.size(), rows);
        QCOMPARE(result.leads.last().lead.firstName, u"Zoë %1"_s.arg(rows - 1));
        QCOMPARE(result.leads.last().lead.company, u"東京 🚀, Ærø Inc."_s);
        QCOMPARE(result.leads.at(20000).lead.company, u"東京 🚀, Ærø Inc."_s);
    }
    input += "Bad,bad@example.com,caf\xE9\n";
    QBuffer buffer(&input);
    buffer.open(QIODevice::ReadOnly);
    const LeadCsvParser::Result result = LeadCsvParser::parseAll(&buffer);
    QVERIFY(result.fatal);
    QCOMPARE(result.fatal->line, rows + 2);
    QVERIFY2(result.fatal->reason.contains(u"UTF-8"_s), qPrintable(result.fatal->reason));
    QCOMPARE(result.leads.size(), rows);
}

// Issue 11 item 6: a cell over LeadCsvParser::kMaxFieldChars is refused with
// its line and column; the rows around it import. Sizes generated here.
void TestLeadCsv::oversizedCellRefusesItsRowOnly_data()
{
    QTest::addColumn<int>("size");
    QTest::addColumn<QString>("column");
    QTest::newRow("100 KB notes") << 100 * 1024 << u"Notes"_s;
    QTest::newRow("3 MB company") << 3 * 1024 * 1024 << u"Company"_s;
    QTest::newRow("just over the cap") << LeadCsvParser::kMaxFieldChars + 1 << u"Notes"_s;
}

void TestLeadCsv::oversizedCellRefusesItsRowOnly()
{
    QFETCH(int, size);
    QFETCH(QString, column);
    const QByteArray big(size, 'x');
    const QByteArray company = column == u"Company" ? big : QByteArray("Acme");
    const QByteArray notes = column == u"Notes" ? big : QByteArray("fine");
    const QByteArray csv = "Email,Company,Notes\n"
                           "a@example.com,Acme,short\n"
                           "big@example.com," +
                           company + ",\"" + notes +
                           "\"\n"
                           "c@example.com,Acme,\"" +
                           QByteArray(LeadCsvParser::kMaxFieldChars, 'y') + "\"\n";
    const LeadCsvParser::Result result = parse(csv);
    QVERIFY(!result.fatal);
    QCOMPARE(result.leads.size(), 2); // the rows before and after, the last one at the cap exactly
    QCOMPARE(result.leads.at(0).lead.email, u"a@example.com"_s);
    QCOMPARE(result.leads.at(1).lead.email, u"c@example.com"_s);
    QCOMPARE(result.issues.size(), 1);
    const ImportIssue &issue = result.issues.first();
    QCOMPARE(issue.line, 3);
    QCOMPARE(issue.column, column);
    QVERIFY2(issue.reason.contains(QString::number(size)) &&
                 issue.reason.contains(QString::number(LeadCsvParser::kMaxFieldChars)),
             qPrintable(issue.reason));
    QVERIFY(issue.reason.size() < 200); // names the size, never quotes the value
}

QTEST_GUILESS_MAIN(TestLeadCsv)
#include "test_leadcsv.moc"
