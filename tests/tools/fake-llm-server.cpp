// fake-llm-server: the tests' OpenAI-compatible fake server as a process.
// Prints the port on stdout, serves until SIGTERM/SIGINT or --max-seconds,
// then prints its counters as JSON on stderr.
#include "FakeLlmServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSocketNotifier>
#include <QTimer>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

int signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(signalPipe[1], &byte, 1);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"fake-llm-server"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(u"OpenAI-compatible fake chat-completions server on 127.0.0.1."_s);
    parser.addHelpOption();
    const QCommandLineOption port(u"port"_s, u"Port to listen on (0: any free port)."_s, u"N"_s, u"0"_s);
    const QCommandLineOption latency(u"latency-ms"_s, u"Delay before each answer."_s, u"MS"_s, u"0"_s);
    const QCommandLineOption rpm(u"rpm-limit"_s, u"Requests per minute before answering 429 (0: none)."_s,
                                 u"N"_s, u"0"_s);
    const QCommandLineOption burst(u"rpm-burst"_s, u"Requests allowed at once under --rpm-limit."_s, u"N"_s,
                                   u"0"_s);
    const QCommandLineOption maxSeconds(u"max-seconds"_s, u"Exit after this many seconds (0: never)."_s,
                                        u"S"_s, u"0"_s);
    const QCommandLineOption apiKey(u"api-key"_s, u"Answer 401 unless this key is sent."_s, u"KEY"_s);
    const QCommandLineOption channel(
        u"channel"_s, u"Channel of the answers: email, sms, linkedin (default: detect)."_s, u"C"_s);
    parser.addOptions({port, latency, rpm, burst, maxSeconds, apiKey, channel});
    parser.process(app);

    outreach::test::FakeLlmServer server;
    server.setLatencyMs(parser.value(latency).toInt());
    if (parser.value(rpm).toInt() > 0)
        server.setRpmLimit(parser.value(rpm).toInt(), parser.value(burst).toInt());
    server.setRequiredApiKey(parser.value(apiKey));
    server.setChannel(parser.value(channel));
    if (!server.listen(quint16(parser.value(port).toUInt()))) {
        std::fprintf(stderr, "fake-llm-server: cannot listen on 127.0.0.1:%s\n",
                     qPrintable(parser.value(port)));
        return 1;
    }
    std::printf("%u\n", unsigned(server.port()));
    std::fflush(stdout);

    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) == 0) {
        std::signal(SIGTERM, onSignal);
        std::signal(SIGINT, onSignal);
        auto *notifier = new QSocketNotifier(signalPipe[0], QSocketNotifier::Read, &app);
        QObject::connect(notifier, &QSocketNotifier::activated, &app, &QCoreApplication::quit);
    }
    if (const int seconds = parser.value(maxSeconds).toInt(); seconds > 0)
        QTimer::singleShot(seconds * 1000, &app, &QCoreApplication::quit);

    const int status = app.exec();
    const QJsonObject stats{{u"requests"_s, server.chatRequestCount()},
                            {u"answered"_s, int(server.answeredLeads().size())},
                            {u"rate_limited"_s, server.rateLimitedCount()},
                            {u"max_in_flight"_s, server.maxInFlight()}};
    std::fprintf(stderr, "%s\n", QJsonDocument(stats).toJson(QJsonDocument::Compact).constData());
    return status;
}
