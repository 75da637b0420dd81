// CsvReader and CsvWriter: RFC 4180 cases, delimiters, encodings, errors
// with their line and column, round trips and formula neutralization.
#include "csv/CsvReader.h"
#include "csv/CsvWriter.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace outreach;

using Records = QList<QStringList>;

namespace {

struct ReadAll
{
    Records records;
    QList<int> lines;
    QList<CsvReader::Status> problems;
    CsvError lastError;
    QChar delimiter;
};

ReadAll readAll(const QByteArray &bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    ReadAll result;
    for (;;) {
        const CsvReader::Status status = reader.readNext();
        if (status == CsvReader::Status::End)
            break;
        if (status == CsvReader::Status::Record) {
            result.records.append(reader.fields());
            result.lines.append(reader.line());
            continue;
        }
        result.problems.append(status);
        result.lastError = reader.error();
        if (status == CsvReader::Status::Failed)
            break;
    }
    result.delimiter = reader.delimiter();
    return result;
}

} // namespace

class TestCsv : public QObject
{
    Q_OBJECT

private slots:
    void reader_data();
    void reader();
    void readerErrors_data();
    void readerErrors();
    void readerKeepsReadingAfterMalformedRecord();
    void readerLargeInputAcrossChunks();
    void readerFieldLargerThanChunk();
    void formatField_data();
    void formatField();
    void writerRoundTrip_data();
    void writerRoundTrip();
    void writerBom();
};

void TestCsv::reader_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<Records>("records");
    QTest::addColumn<QList<int>>("lines");
    QTest::addColumn<QChar>("delimiter");

    const QChar comma = u',';
    QTest::newRow("LF") << "a,b\n1,2\n"_ba << Records{{u"a"_s, u"b"_s}, {u"1"_s, u"2"_s}} << QList<int>{1, 2}
                        << comma;
    QTest::newRow("CRLF") << "a,b\r\n1,2\r\n"_ba << Records{{u"a"_s, u"b"_s}, {u"1"_s, u"2"_s}}
                          << QList<int>{1, 2} << comma;
    QTest::newRow("no final newline")
        << "a,b\n1,2"_ba << Records{{u"a"_s, u"b"_s}, {u"1"_s, u"2"_s}} << QList<int>{1, 2} << comma;
    QTest::newRow("quoted comma") << "a,b\n\"Acme, Inc.\",2\n"_ba
                                  << Records{{u"a"_s, u"b"_s}, {u"Acme, Inc."_s, u"2"_s}} << QList<int>{1, 2}
                                  << comma;
    QTest::newRow("doubled quotes") << "a\n\"say \"\"hi\"\"\"\n\"\"\"\"\n"_ba
                                    << Records{{u"a"_s}, {u"say \"hi\""_s}, {u"\""_s}} << QList<int>{1, 2, 3}
                                    << comma;
    QTest::newRow("embedded LF, lines counted")
        << "a,b\n\"one\ntwo\nthree\",2\n3,4\n"_ba
        << Records{{u"a"_s, u"b"_s}, {u"one\ntwo\nthree"_s, u"2"_s}, {u"3"_s, u"4"_s}} << QList<int>{1, 2, 5}
        << comma;
    QTest::newRow("embedded CRLF kept")
        << "a\r\n\"x\r\ny\"\r\nz\r\n"_ba << Records{{u"a"_s}, {u"x\r\ny"_s}, {u"z"_s}} << QList<int>{1, 2, 4}
        << comma;
    QTest::newRow("empty fields") << "a,b,c\n,,\n"_ba << Records{{u"a"_s, u"b"_s, u"c"_s}, {{}, {}, {}}}
                                  << QList<int>{1, 2} << comma;
    QTest::newRow("trailing delimiter at EOF")
        << "a,b\n1,"_ba << Records{{u"a"_s, u"b"_s}, {u"1"_s, {}}} << QList<int>{1, 2} << comma;
    QTest::newRow("quoted field at EOF")
        << "a\n\"x\""_ba << Records{{u"a"_s}, {u"x"_s}} << QList<int>{1, 2} << comma;
    QTest::newRow("empty quoted field") << "\"\",x\n"_ba << Records{{{}, u"x"_s}} << QList<int>{1} << comma;
    QTest::newRow("spaces kept") << " a , b \n"_ba << Records{{u" a "_s, u" b "_s}} << QList<int>{1} << comma;
    QTest::newRow("UTF-8 BOM") << "\xEF\xBB\xBF"
                                  "Email,Name\nx@example.com,Zoë\n"_ba
                               << Records{{u"Email"_s, u"Name"_s}, {u"x@example.com"_s, u"Zoë"_s}}
                               << QList<int>{1, 2} << comma;
    QTest::newRow("semicolon detected")
        << "a;b;c\n1,5;2;\"x;y\"\n"_ba << Records{{u"a"_s, u"b"_s, u"c"_s}, {u"1,5"_s, u"2"_s, u"x;y"_s}}
        << QList<int>{1, 2} << QChar(u';');
    QTest::newRow("tab detected") << "a\tb\n1, 2\t3;4\n"_ba
                                  << Records{{u"a"_s, u"b"_s}, {u"1, 2"_s, u"3;4"_s}} << QList<int>{1, 2}
                                  << QChar(u'\t');
    QTest::newRow("delimiters inside quoted header ignored")
        << "\"a;b;c\",d\n1,2\n"_ba << Records{{u"a;b;c"_s, u"d"_s}, {u"1"_s, u"2"_s}} << QList<int>{1, 2}
        << comma;
    QTest::newRow("blank lines skipped")
        << "a,b\n\n1,2\r\n\r\n3,4\n\n"_ba << Records{{u"a"_s, u"b"_s}, {u"1"_s, u"2"_s}, {u"3"_s, u"4"_s}}
        << QList<int>{1, 3, 5} << comma;
    QTest::newRow("CJK, emoji, accents")
        << "名前,note\n山田 太郎,\"😀 café, naïve\"\n"_ba
        << Records{{u"名前"_s, u"note"_s}, {u"山田 太郎"_s, u"😀 café, naïve"_s}} << QList<int>{1, 2} << comma;
    QTest::newRow("genuine U+FFFD is data")
        << "a\n\xEF\xBF\xBD\n"_ba << Records{{u"a"_s}, {QString(QChar(0xFFFD))}} << QList<int>{1, 2} << comma;
    QTest::newRow("SQL-looking text")
        << "a\n'); DROP TABLE leads;--\n"_ba << Records{{u"a"_s}, {u"'); DROP TABLE leads;--"_s}}
        << QList<int>{1, 2} << comma;
    QTest::newRow("empty input") << QByteArray() << Records{} << QList<int>{} << comma;
}

void TestCsv::reader()
{
    QFETCH(QByteArray, input);
    QFETCH(Records, records);
    QFETCH(QList<int>, lines);
    QFETCH(QChar, delimiter);

    const ReadAll result = readAll(input);
    QVERIFY2(result.problems.isEmpty(), qPrintable(result.lastError.toString()));
    QCOMPARE(result.records, records);
    QCOMPARE(result.lines, lines);
    QCOMPARE(result.delimiter, delimiter);
}

void TestCsv::readerErrors_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<bool>("fatal");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("reasonContains");
    QTest::addColumn<int>("recordsRead");

    QTest::newRow("stray quote in unquoted field")
        << "a,b\n1,x\"y\n2,3\n"_ba << false << 2 << 4 << u"does not start with a quote"_s << 2;
    QTest::newRow("text after closing quote")
        << "a,b\n\"x\"y,2\n"_ba << false << 2 << 4 << u"after the closing quote"_s << 1;
    QTest::newRow("unterminated quote at EOF")
        << "a,b\n1,2\n3,\"open\nmore\n"_ba << true << 3 << 3 << u"never closed"_s << 2;
    QTest::newRow("Latin-1 byte") << "a,b\n1,2\nx,caf\xE9\n"_ba << true << 3 << 6 << u"not valid UTF-8"_s
                                  << 2;
    QTest::newRow("Latin-1 in header") << "Nom,Pr\xE9nom\n"_ba << true << 1 << 7 << u"offset 6"_s << 0;
    QTest::newRow("bad byte inside multi-line field")
        << "a,b\n\"ok\nbad\xFF\",1\n"_ba << true << 3 << 4 << u"not valid UTF-8"_s << 1;
    QTest::newRow("truncated sequence at EOF") << "a,b\n1,\xC3"_ba << true << 2 << 3 << u"UTF-8"_s << 1;
    QTest::newRow("after BOM") << "\xEF\xBB\xBF"
                                  "a,\xFF\n"_ba
                               << true << 1 << 3 << u"offset 5"_s << 0;
}

void TestCsv::readerErrors()
{
    QFETCH(QByteArray, input);
    QFETCH(bool, fatal);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, reasonContains);
    QFETCH(int, recordsRead);

    const ReadAll result = readAll(input);
    QCOMPARE(result.problems.size(), 1);
    QCOMPARE(result.problems.first(), fatal ? CsvReader::Status::Failed : CsvReader::Status::Malformed);
    QCOMPARE(result.lastError.line, line);
    QCOMPARE(result.lastError.column, column);
    QVERIFY2(result.lastError.reason.contains(reasonContains), qPrintable(result.lastError.reason));
    QCOMPARE(result.records.size(), recordsRead);
}

void TestCsv::readerKeepsReadingAfterMalformedRecord()
{
    const ReadAll result = readAll("a,b\n1,x\"y\n2,3\n\"p\"q,4\n5,6\n"_ba);
    QCOMPARE(result.problems.size(), 2);
    QCOMPARE(result.records, (Records{{u"a"_s, u"b"_s}, {u"2"_s, u"3"_s}, {u"5"_s, u"6"_s}}));
    QCOMPARE(result.lines, (QList<int>{1, 3, 5}));
    QCOMPARE(result.lastError.line, 4);
    QCOMPARE(result.lastError.fieldIndex, 0);
}

void TestCsv::readerLargeInputAcrossChunks()
{
    // Several megabytes, so records, CRLF pairs, quotes and multi-byte
    // characters straddle the reader's chunk boundaries.
    constexpr int rows = 100000;
    QByteArray input = "Email,Name,Notes\r\n";
    for (int i = 0; i < rows; ++i) {
        input += "lead" + QByteArray::number(i) + "@example.com,Zoë Ünal " + QByteArray::number(i) + ",";
        input += i % 7 == 0 ? "\"multi\r\nline \"\"quoted\"\", 東京\"\r\n" : "plain 😀 text\r\n";
    }
    QElapsedTimer timer;
    timer.start();
    const ReadAll result = readAll(input);
    const qint64 elapsed = timer.elapsed();
    qInfo("read %d rows (%lld bytes) in %lld ms", rows, qint64(input.size()), elapsed);

    QVERIFY(result.problems.isEmpty());
    QCOMPARE(result.records.size(), rows + 1);
    int expectedLine = 2;
    for (int i = 0; i < rows; ++i) {
        const QStringList &record = result.records.at(i + 1);
        QCOMPARE(record.size(), 3);
        QCOMPARE(result.lines.at(i + 1), expectedLine);
        if (record.at(0) != u"lead" + QString::number(i) + u"@example.com")
            QFAIL(qPrintable(u"row %1 read as %2"_s.arg(i).arg(record.join(u'|'))));
        const bool multi = i % 7 == 0;
        QCOMPARE(record.at(2), multi ? u"multi\r\nline \"quoted\", 東京"_s : u"plain 😀 text"_s);
        expectedLine += multi ? 2 : 1;
    }
    // Generous bound: the suite also runs under sanitizers in Debug.
    QVERIFY2(elapsed < 10000, "reading 100,000 rows took far too long");
}

void TestCsv::readerFieldLargerThanChunk()
{
    // One quoted field of 3 MB (with line breaks) and one unquoted line of
    // 3 MB: the reader must grow its buffer instead of splitting them.
    const QByteArray block = QByteArray(1000, 'x') + '\n';
    const QByteArray quoted = block.repeated(3000);
    const QByteArray unquoted = QByteArray(3000000, 'y');
    const ReadAll result = readAll("a,b\n1,\"" + quoted + "\"\n" + unquoted + ",2\n3,4\n");
    QVERIFY(result.problems.isEmpty());
    QCOMPARE(result.records.size(), 4);
    QCOMPARE(result.records.at(1).at(1).size(), quoted.size());
    QCOMPARE(result.records.at(2).at(0).size(), unquoted.size());
    QCOMPARE(result.lines, (QList<int>{1, 2, 3003, 3004}));
}

void TestCsv::formatField_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<bool>("neutralize");
    QTest::addColumn<QString>("expected");

    QTest::newRow("plain") << u"Acme"_s << true << u"Acme"_s;
    QTest::newRow("empty") << QString() << true << QString();
    QTest::newRow("comma") << u"Acme, Inc."_s << true << u"\"Acme, Inc.\""_s;
    QTest::newRow("quote") << u"say \"hi\""_s << true << u"\"say \"\"hi\"\"\""_s;
    QTest::newRow("newline") << u"a\nb"_s << true << u"\"a\nb\""_s;
    QTest::newRow("CR inside") << u"a\rb"_s << true << u"\"a\rb\""_s;
    QTest::newRow("edge space") << u" padded"_s << true << u"\" padded\""_s;
    QTest::newRow("apostrophe alone") << u"it's"_s << true << u"it's"_s;
    QTest::newRow("= formula") << u"=HYPERLINK(\"http://x\")"_s << true
                               << u"\"'=HYPERLINK(\"\"http://x\"\")\""_s;
    QTest::newRow("= formula, off") << u"=1+2"_s << false << u"=1+2"_s;
    QTest::newRow("+ phone E.164") << u"+15550114000"_s << true << u"+15550114000"_s;
    QTest::newRow("+ phone separators") << u"+49 (30) 123-45.67"_s << true << u"+49 (30) 123-45.67"_s;
    QTest::newRow("+ too few digits") << u"+12345"_s << true << u"'+12345"_s;
    QTest::newRow("+ too many digits") << u"+1234567890123456"_s << true << u"'+1234567890123456"_s;
    QTest::newRow("+ phone then formula") << u"+15550114000+A1"_s << true << u"'+15550114000+A1"_s;
    QTest::newRow("+ formula") << u"+SUM(A1:A9)"_s << true << u"'+SUM(A1:A9)"_s;
    QTest::newRow("+ cmd") << u"+cmd|' /C calc'!A0"_s << true << u"'+cmd|' /C calc'!A0"_s;
    QTest::newRow("- minus") << u"-2+3"_s << true << u"'-2+3"_s;
    QTest::newRow("@ at") << u"@SUM(A1)"_s << true << u"'@SUM(A1)"_s;
    QTest::newRow("tab first") << u"\t=1"_s << true << u"'\t=1"_s;
    QTest::newRow("CR first") << u"\r=1"_s << true << u"\"'\r=1\""_s;
    QTest::newRow("= later is fine") << u"a=b"_s << true << u"a=b"_s;
    QTest::newRow("email with @ inside") << u"x@example.com"_s << true << u"x@example.com"_s;
}

void TestCsv::formatField()
{
    QFETCH(QString, field);
    QFETCH(bool, neutralize);
    QFETCH(QString, expected);
    QCOMPARE(CsvWriter::formatField(field, u',', neutralize), expected);
}

void TestCsv::writerRoundTrip_data()
{
    QTest::addColumn<int>("lineEnding");
    QTest::addColumn<QChar>("delimiter");
    QTest::newRow("CRLF comma") << int(CsvWriter::LineEnding::CrLf) << QChar(u',');
    QTest::newRow("LF comma") << int(CsvWriter::LineEnding::Lf) << QChar(u',');
    QTest::newRow("LF semicolon") << int(CsvWriter::LineEnding::Lf) << QChar(u';');
    QTest::newRow("CRLF tab") << int(CsvWriter::LineEnding::CrLf) << QChar(u'\t');
}

void TestCsv::writerRoundTrip()
{
    QFETCH(int, lineEnding);
    QFETCH(QChar, delimiter);

    const Records records{
        {u"email"_s, u"subject"_s, u"body"_s},
        {u"zoë@example.com"_s, u"Hi, \"friend\""_s, u"Line 1\nLine 2\r\nLine 3"_s},
        {u"x@example.com"_s, QString(), u"a;b\tc,d"_s},
        {u"山田@example.jp"_s, u"😀"_s, u"'); DROP TABLE leads;--"_s},
    };
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer);
    writer.setLineEnding(CsvWriter::LineEnding(lineEnding));
    writer.setDelimiter(delimiter);
    writer.setNeutralizeFormulas(false);
    for (const QStringList &record : records)
        QVERIFY(writer.writeRecord(record));
    buffer.close();

    const QByteArray bytes = buffer.data();
    QCOMPARE(bytes.endsWith("\r\n"), lineEnding == int(CsvWriter::LineEnding::CrLf));
    const ReadAll result = readAll(bytes);
    QVERIFY(result.problems.isEmpty());
    QCOMPARE(result.delimiter, delimiter);
    QCOMPARE(result.records, records);
}

void TestCsv::writerBom()
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer);
    writer.setWriteBom(true);
    QVERIFY(writer.writeRecord({u"=cmd|' /C calc'!A0"_s, u"ok"_s}));
    QVERIFY(writer.writeRecord({u"b"_s}));
    QCOMPARE(buffer.data(), "\xEF\xBB\xBF'=cmd|' /C calc'!A0,ok\r\nb\r\n"_ba);
    QCOMPARE(readAll(buffer.data()).records.first().first(), u"'=cmd|' /C calc'!A0"_s);
}

QTEST_GUILESS_MAIN(TestCsv)
#include "test_csv.moc"
