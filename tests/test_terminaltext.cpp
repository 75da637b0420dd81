// TerminalText::neutralized: what the CLI prints for humans can carry no
// terminal control sequence, whatever a CSV cell held (issue 11 item 10).
#include "text/TerminalText.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace outreach;

class TestTerminalText : public QObject
{
    Q_OBJECT

private slots:
    void neutralized_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("oneLine");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain text unchanged")
            << u"Ada Lovelace, Zürich €"_s << false << u"Ada Lovelace, Zürich €"_s;
        QTest::newRow("title and clear screen")
            << u"\x1b]0;owned\x07\x1b[2J"_s << false << u"\\x1B]0;owned\\x07\\x1B[2J"_s;
        QTest::newRow("newline and tab kept in messages") << u"a\tb\nc"_s << false << u"a\tb\nc"_s;
        QTest::newRow("newline and tab escaped in a cell") << u"a\tb\nc"_s << true << u"a\\tb\\nc"_s;
        QTest::newRow("carriage return overwrites a line") << u"ok\rEVIL"_s << false << u"ok\\rEVIL"_s;
        QTest::newRow("NUL, backspace, DEL") << u"a\0b\bc\x7f"_s << false << u"a\\x00b\\x08c\\x7F"_s;
        QTest::newRow("C1 CSI and OSC")
            << u"x\u009b2Jy\u009d0;t\u009c"_s << false << u"x\\x9B2Jy\\x9D0;t\\x9C"_s;
        QTest::newRow("bidi override") << u"invoice\u202Efdp.exe"_s << false << u"invoice\\u202Efdp.exe"_s;
        QTest::newRow("bidi isolate") << u"a\u2066b\u2069"_s << false << u"a\\u2066b\\u2069"_s;
        QTest::newRow("marks that do not reorder stay") << u"a\u200Fb"_s << false << u"a\u200Fb"_s;
    }

    void neutralized()
    {
        QFETCH(QString, input);
        QFETCH(bool, oneLine);
        QFETCH(QString, expected);
        const QString out = TerminalText::neutralized(input, oneLine ? TerminalText::Lines::Escape
                                                                     : TerminalText::Lines::Keep);
        QCOMPARE(out, expected);
        for (const QChar c : out) {
            const char16_t u = c.unicode();
            const bool allowedControl = !oneLine && (u == u'\n' || u == u'\t');
            QVERIFY2(allowedControl || (u >= 0x20 && u != 0x7F && !(u >= 0x80 && u <= 0x9F)),
                     qPrintable(u"U+%1 left in the output"_s.arg(int(u), 4, 16, QChar(u'0'))));
        }
    }
};

QTEST_GUILESS_MAIN(TestTerminalText)
#include "test_terminaltext.moc"
