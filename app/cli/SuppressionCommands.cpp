// outreach suppressions add | remove | list | import | export: the list of
// addresses, numbers and domains never sent to, shared by all campaigns.
// CSV columns: value, kind, reason, source (kind and reason optional on
// import: the kind is guessed from the value, the reason is do_not_contact).
#include "Cli.h"
#include "SuppressionRepository.h"
#include "csv/CsvReader.h"
#include "csv/CsvWriter.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;
using namespace outreach;
using namespace outreach::cli;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Cli", text);
}

void addKindAndReason(QCommandLineParser &p)
{
    p.addOption({u"kind"_s, tr("email, phone or domain (default: from the value)."), u"kind"_s});
    p.addOption({u"reason"_s, tr("unsubscribed, hard_bounce, complained or do_not_contact (default)."),
                 u"reason"_s, u"do_not_contact"_s});
}

std::optional<SuppressionKind> kindOf(Context &ctx, const QCommandLineParser &p, const QString &value)
{
    if (!p.isSet(u"kind"_s))
        return SuppressionRepository::guessKind(value);
    const auto kind = suppressionKindFromString(p.value(u"kind"_s));
    if (!kind)
        ctx.error(tr("--kind must be email, phone or domain, not \"%1\".").arg(p.value(u"kind"_s)));
    return kind;
}

int add(Context &ctx)
{
    QCommandLineParser p;
    addKindAndReason(p);
    if (!ctx.parse(p, {u"VALUE"_s}))
        return ctx.parseExit();
    const QString value = ctx.positional().at(0);
    const auto kind = kindOf(ctx, p, value);
    const auto reason = suppressionReasonFromString(p.value(u"reason"_s));
    if (!kind)
        return Usage;
    if (!reason) {
        ctx.error(tr("--reason must be unsubscribed, hard_bounce, complained or do_not_contact, not \"%1\".")
                      .arg(p.value(u"reason"_s)));
        return Usage;
    }
    Database *db = ctx.database();
    if (!db)
        return Failure;
    const auto added = SuppressionRepository(*db).add(*kind, value, *reason, u"manual"_s);
    if (!added)
        return ctx.fail(added.error());
    const QString stored = SuppressionRepository::normalize(*kind, value);
    if (ctx.json())
        ctx.printJson(
            QJsonObject{{u"kind"_s, toString(*kind)}, {u"value"_s, stored}, {u"added"_s, added.value()}});
    else
        ctx.print(added.value() ? tr("Suppressed %1 %2.").arg(toString(*kind), stored)
                                : tr("%1 %2 was already suppressed.").arg(toString(*kind), stored));
    return Success;
}

int remove(Context &ctx)
{
    QCommandLineParser p;
    p.addOption({u"kind"_s, tr("email, phone or domain (default: from the value)."), u"kind"_s});
    if (!ctx.parse(p, {u"VALUE"_s}))
        return ctx.parseExit();
    const QString value = ctx.positional().at(0);
    const auto kind = kindOf(ctx, p, value);
    if (!kind)
        return Usage;
    Database *db = ctx.database();
    if (!db)
        return Failure;
    const auto removed = SuppressionRepository(*db).remove(*kind, value);
    if (!removed)
        return ctx.fail(removed.error());
    if (ctx.json())
        ctx.printJson(QJsonObject{{u"removed"_s, removed.value()}});
    else
        ctx.print(removed.value() ? tr("Removed %1 from the suppression list.").arg(value)
                                  : tr("%1 was not on the suppression list.").arg(value));
    return removed.value() ? Success : Usage;
}

QJsonObject suppressionJson(const Suppression &s)
{
    return {{u"kind"_s, toString(s.kind)},
            {u"value"_s, s.value},
            {u"reason"_s, toString(s.reason)},
            {u"source"_s, s.source},
            {u"created_at"_s, s.createdAt.toString(Qt::ISODateWithMs)}};
}

int list(Context &ctx)
{
    QCommandLineParser p;
    if (!ctx.parse(p, {}))
        return ctx.parseExit();
    Database *db = ctx.database();
    if (!db)
        return Failure;
    const auto all = SuppressionRepository(*db).list();
    if (!all)
        return ctx.fail(all.error());
    if (ctx.json()) {
        QJsonArray a;
        for (const Suppression &s : all.value())
            a.append(suppressionJson(s));
        ctx.printJson(a);
        return Success;
    }
    for (const Suppression &s : all.value())
        ctx.print(u"%1\t%2\t%3\t%4"_s.arg(toString(s.kind), s.value, toString(s.reason), s.source));
    return Success;
}

int exportList(Context &ctx)
{
    QCommandLineParser p;
    if (!ctx.parse(p, {u"FILE"_s}))
        return ctx.parseExit();
    Database *db = ctx.database();
    if (!db)
        return Failure;
    const auto all = SuppressionRepository(*db).list();
    if (!all)
        return ctx.fail(all.error());
    QFile file(ctx.positional().at(0));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        ctx.error(tr("Cannot write %1: %2").arg(file.fileName(), file.errorString()));
        return Failure;
    }
    CsvWriter writer(&file);
    bool ok = writer.writeRecord({u"value"_s, u"kind"_s, u"reason"_s, u"source"_s});
    for (const Suppression &s : all.value())
        ok = ok && writer.writeRecord({s.value, toString(s.kind), toString(s.reason), s.source});
    if (!ok) {
        ctx.error(tr("Cannot write %1: %2").arg(file.fileName(), writer.errorString()));
        return Failure;
    }
    if (ctx.json())
        ctx.printJson(QJsonObject{{u"exported"_s, all->size()}});
    else
        ctx.print(tr("Exported %1 suppression(s) to %2.").arg(all->size()).arg(file.fileName()));
    return Success;
}

int importList(Context &ctx)
{
    QCommandLineParser p;
    if (!ctx.parse(p, {u"FILE"_s}))
        return ctx.parseExit();
    QFile file(ctx.positional().at(0));
    if (!file.open(QIODevice::ReadOnly)) {
        ctx.error(tr("Cannot read %1: %2").arg(file.fileName(), file.errorString()));
        return Usage;
    }
    Database *db = ctx.database();
    if (!db)
        return Failure;
    CsvReader reader(&file);
    QStringList header;
    int added = 0, known = 0;
    QStringList problems;
    SuppressionRepository repo(*db);
    Transaction transaction(*db);
    if (!transaction.status())
        return ctx.fail(transaction.status().error());
    for (;;) {
        const auto status = reader.readNext();
        if (status == CsvReader::Status::End)
            break;
        if (status != CsvReader::Status::Record) {
            problems.append(u"%1: %2"_s.arg(file.fileName(), reader.error().toString()));
            if (status == CsvReader::Status::Failed)
                break;
            continue;
        }
        const QStringList f = reader.fields();
        if (header.isEmpty()) {
            for (const QString &h : f)
                header.append(h.trimmed().toLower());
            if (!header.contains(u"value"_s)) {
                ctx.error(tr("%1:%2: the header has no \"value\" column (value, kind, reason, source).")
                              .arg(file.fileName())
                              .arg(reader.line()));
                return Usage;
            }
            continue;
        }
        auto column = [&](const QString &name) { return f.value(header.indexOf(name)).trimmed(); };
        const QString value = column(u"value"_s);
        if (value.isEmpty())
            continue;
        const QString kindText = column(u"kind"_s);
        const QString reasonText = column(u"reason"_s);
        const auto kind = kindText.isEmpty() ? SuppressionRepository::guessKind(value)
                                             : suppressionKindFromString(kindText);
        const auto reason =
            reasonText.isEmpty() ? SuppressionReason::DoNotContact : suppressionReasonFromString(reasonText);
        if (!kind || !reason) {
            problems.append(tr("%1:%2: column %3: \"%4\" is not valid")
                                .arg(file.fileName())
                                .arg(reader.line())
                                .arg(!kind ? u"kind"_s : u"reason"_s, !kind ? kindText : reasonText));
            continue;
        }
        const QString source = column(u"source"_s).isEmpty() ? u"import"_s : column(u"source"_s);
        const auto r = repo.add(*kind, value, *reason, source);
        if (!r) {
            if (r.error().kind == DbError::Kind::Invalid) {
                problems.append(tr("%1:%2: column value: %3")
                                    .arg(file.fileName())
                                    .arg(reader.line())
                                    .arg(r.errorMessage()));
                continue;
            }
            return ctx.fail(r.error());
        }
        (r.value() ? added : known) += 1;
    }
    if (auto status = transaction.commit(); !status)
        return ctx.fail(status.error());
    for (const QString &problem : problems)
        ctx.error(problem);
    if (ctx.json())
        ctx.printJson(QJsonObject{
            {u"added"_s, added}, {u"already_suppressed"_s, known}, {u"errors"_s, problems.size()}});
    else
        ctx.print(tr("Added %1, already suppressed %2, %3 row(s) with errors.")
                      .arg(added)
                      .arg(known)
                      .arg(problems.size()));
    return problems.isEmpty() ? Success : Usage;
}

const Registrar r1({u"suppressions"_s, u"add"_s}, u"VALUE [--kind K] [--reason R]"_s,
                   tr("Never send to an address, number or domain"), &add);
const Registrar r2({u"suppressions"_s, u"remove"_s}, u"VALUE [--kind K]"_s,
                   tr("Remove from the suppression list"), &remove);
const Registrar r3({u"suppressions"_s, u"list"_s}, QString(), tr("List the suppression list"), &list);
const Registrar r4({u"suppressions"_s, u"import"_s}, u"FILE"_s, tr("Add a CSV file to the suppression list"),
                   &importList);
const Registrar r5({u"suppressions"_s, u"export"_s}, u"FILE"_s,
                   tr("Write the suppression list to a CSV file"), &exportList);

} // namespace
