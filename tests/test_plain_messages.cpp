// Error texts a user reads are sentences: a server's "Wrong API Key" gets
// its full stop before the advice, and a D-Bus answer about a missing or
// locked keyring is explained in plain words with what to do.
#include "net/HttpErrors.h"
#include "secrets/KeychainSecretStore.h"

#include <QUrl>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace outreach;

class TestPlainMessages : public QObject
{
    Q_OBJECT

private slots:
    void httpErrorsArePunctuated_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("expected");
        QTest::newRow("401 without stop") << 401 << QByteArray(R"({"error":{"message":"Wrong API Key"}})")
                                          << u"answered 401: Wrong API Key. Check the API key"_s;
        QTest::newRow("401 with stop") << 401 << QByteArray(R"({"error":{"message":"Bad key."}})")
                                       << u"answered 401: Bad key. Check the API key"_s;
        QTest::newRow("404") << 404 << QByteArray(R"({"error":"no such model"})")
                             << u"answered 404: no such model. Check the base URL"_s;
    }

    void httpErrorsArePunctuated()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QString, expected);
        const QString message =
            HttpErrors::describeHttpError(QUrl(u"http://127.0.0.1:9/v1"_s), status, body, {});
        QVERIFY2(message.contains(expected), qPrintable(message));
    }

    void keychainErrorsAreExplained_data()
    {
        QTest::addColumn<QString>("jobText");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no login collection")
            << u"Object does not exist at path \"/org/freedesktop/secrets/collection/login\""_s
            << KeychainSecretStore::noUnlockedKeyringMessage();
        QTest::newRow("other") << u"Unknown error"_s
                               << u"Could not read \"api\" in the system keychain: Unknown error."_s;
    }

    void keychainErrorsAreExplained()
    {
        QFETCH(QString, jobText);
        QFETCH(QString, expected);
        const QString message = KeychainSecretStore::failureMessage(jobText, u"api"_s, u"read"_s);
        QCOMPARE(message, expected);
        QVERIFY(!message.contains(u"/org/freedesktop"_s));
    }
};

QTEST_GUILESS_MAIN(TestPlainMessages)
#include "test_plain_messages.moc"
