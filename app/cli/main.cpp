// `outreach`: everything the GUI does, headless. See docs/CLI.md.
#include "Cli.h"
#include "Version.h"
#include "text/TerminalText.h"

#include <QCoreApplication>
#include <QTimer>
#include <algorithm>

using namespace Qt::StringLiterals;
using namespace outreach;
using namespace outreach::cli;

namespace {

QtMessageHandler g_qtHandler = nullptr;

// Qt's own warnings can quote data too (a file name, a server's answer):
// they reach the terminal neutralized, like everything else.
void neutralizingHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    g_qtHandler(type, context, TerminalText::neutralized(message));
}

void printHelp(const Context &ctx)
{
    QString text = QCoreApplication::translate(
        "Cli", "Usage: outreach COMMAND [options]\n\n"
               "Global options: --db URL, --json, --help, --version\n\nCommands:\n");
    QList<Command> commands = Registry::commands();
    std::sort(commands.begin(), commands.end(),
              [](const Command &a, const Command &b) { return a.words < b.words; });
    for (const Command &c : commands)
        text += u"  "_s + QString(c.words.join(u' ') + u' ' + c.synopsis).leftJustified(44) + u' ' +
                c.summary + u'\n';
    ctx.print(text);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    g_qtHandler = qInstallMessageHandler(neutralizingHandler);
    QCoreApplication::setOrganizationName(u"OutreachStudio"_s);
    QCoreApplication::setApplicationName(u"Outreach Studio"_s);
    QCoreApplication::setApplicationVersion(applicationVersion());

    // Global options may come before the command ("outreach --db F campaigns
    // list"): they are moved behind it, where every command parses them.
    QStringList args = app.arguments();
    QStringList globals;
    while (args.size() > 1) {
        const QString &first = args.at(1);
        if (first == u"--json" || first.startsWith(u"--db=")) {
            globals.append(args.takeAt(1));
        } else if (first == u"--db" && args.size() > 2) {
            globals.append(args.takeAt(1));
            globals.append(args.takeAt(1));
        } else {
            break;
        }
    }
    if (args.size() < 2 || args.at(1) == u"--help" || args.at(1) == u"-h" || args.at(1) == u"help") {
        printHelp(Context({}, {}));
        return args.size() < 2 ? Usage : Success;
    }
    if (args.at(1) == u"--version") {
        Context({}, {}).print(u"outreach "_s + applicationVersion());
        return Success;
    }

    // Longest match of command words: "leads import" before "leads".
    const Command *match = nullptr;
    for (const Command &c : Registry::commands()) {
        if (args.size() - 1 < c.words.size())
            continue;
        if (args.mid(1, c.words.size()) == c.words && (!match || c.words.size() > match->words.size()))
            match = &c;
    }
    if (!match) {
        Context({}, {}).error(
            QCoreApplication::translate("Cli", "outreach: unknown command \"%1\". Run outreach --help.")
                .arg(args.mid(1).join(u' ')));
        return Usage;
    }
    QStringList own = {args.at(0)};
    own += args.mid(1 + match->words.size());
    own += globals;
    Context ctx(own, match->words.join(u' '));
    const int code = match->run(ctx);
    if (code == Failure && ctx.databaseInputRefused())
        return Usage;
    if (code != Pending)
        return code;
    return app.exec();
}
