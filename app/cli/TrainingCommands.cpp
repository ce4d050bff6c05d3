// threadline-cli mark and roles: the roles an analyst or trainee gives entities.
#include "CommandLine.h"
#include "Commands.h"
#include "Output.h"
#include "scenario/Scoring.h"
#include "store/DecisionStore.h"

#include <QJsonArray>
#include <QJsonObject>

namespace threadline::cli {

namespace {

int runMark(const QStringList& arguments);
int runRoles(const QStringList& arguments);

const Command kMark{"mark", "CASE ENTITY --role R [--reason TEXT] [--remove]",
                    "Mark an entity as victim, controller, recruiter, money-mule, buyer, "
                    "suspect or key-player (or take the role away); audited.",
                    runMark};
int runLink(const QStringList& arguments);

const Command kLink{"link", "CASE FROM TO [--type T] --reason TEXT",
                    "Draw a link between two entities, as the analyst's own finding (types: "
                    "associate-of, controls, recruited, works-with, launders-for, buys-from); "
                    "audited.",
                    runLink};
const Command kRoles{"roles", "CASE [--json]", "The roles marked in a case, with who and why.",
                     runRoles};

QString describe(const RoleMark& mark) {
    return QStringLiteral("#%1 %2 %3")
        .arg(mark.entity.value)
        .arg(mark.entityType, mark.entityLabel);
}

std::optional<EntityId> entityArgument(const QString& text) {
    bool isNumber = false;
    const std::int64_t id = QString(text).remove(u'#').toLongLong(&isNumber);
    if (!isNumber) {
        printError(QStringLiteral("ENTITY must be an entity id, not '%1'").arg(text));
        return std::nullopt;
    }
    return EntityId{id};
}

int runMark(const QStringList& arguments) {
    QCommandLineParser parser;
    const QCommandLineOption role(QStringLiteral("role"), QStringLiteral("The role."),
                                  QStringLiteral("R"));
    const QCommandLineOption reason(QStringLiteral("reason"),
                                    QStringLiteral("Why: recorded with the mark."),
                                    QStringLiteral("TEXT"));
    const QCommandLineOption remove(QStringLiteral("remove"),
                                    QStringLiteral("Take the role away instead."));
    parser.addOptions({role, reason, remove});
    if (const auto exit = parseCommandLine(parser, kMark, arguments, 2, 2))
        return *exit;
    if (!parser.isSet(role))
        return printError(QStringLiteral("--role is required (one of: %1)")
                              .arg(knownRoles().join(QStringLiteral(", "))));
    const QStringList positional = parser.positionalArguments();
    const auto entity = entityArgument(positional[1]);
    if (!entity)
        return kExitFailure;
    auto store = openCase(positional[0], store::CaseStore::Access::ReadWrite);
    if (!store)
        return kExitFailure;
    auto mark =
        parser.isSet(remove)
            ? store->decisions().unmarkRole(*entity, parser.value(role), parser.value(reason))
            : store->decisions().markRole(*entity, parser.value(role), parser.value(reason));
    if (!mark)
        return printError(mark.error());
    printLine(
        QStringLiteral("%1 %2 %3")
            .arg(describe(*mark),
                 parser.isSet(remove) ? QStringLiteral("is no longer") : QStringLiteral("marked"),
                 mark->role));
    return kExitOk;
}

int runRoles(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.addOption(jsonOption());
    if (const auto exit = parseCommandLine(parser, kRoles, arguments, 1, 1))
        return *exit;
    auto store = openCase(parser.positionalArguments().front(), store::CaseStore::Access::ReadOnly);
    if (!store)
        return kExitFailure;
    auto marks = store->decisions().roleMarks();
    if (!marks)
        return printError(marks.error());
    QJsonArray rows;
    std::vector<QStringList> table;
    for (const RoleMark& mark : *marks) {
        rows.append(QJsonObject{{QStringLiteral("entity"), qint64(mark.entity.value)},
                                {QStringLiteral("type"), mark.entityType},
                                {QStringLiteral("label"), mark.entityLabel},
                                {QStringLiteral("role"), mark.role},
                                {QStringLiteral("analyst"), mark.analyst},
                                {QStringLiteral("at"), mark.at},
                                {QStringLiteral("reason"), mark.reason}});
        table.push_back({describe(mark), mark.role, mark.analyst, mark.at, mark.reason});
    }
    if (parser.isSet(jsonOption()))
        printJson(rows);
    else
        printTable({QStringLiteral("entity"), QStringLiteral("role"), QStringLiteral("by"),
                    QStringLiteral("at"), QStringLiteral("reason")},
                   table);
    return kExitOk;
}

int runLink(const QStringList& arguments) {
    QCommandLineParser parser;
    const QCommandLineOption type(QStringLiteral("type"), QStringLiteral("The kind of link."),
                                  QStringLiteral("T"), QStringLiteral("associate-of"));
    const QCommandLineOption reason(QStringLiteral("reason"),
                                    QStringLiteral("Why: recorded with the link."),
                                    QStringLiteral("TEXT"));
    parser.addOptions({type, reason});
    if (const auto exit = parseCommandLine(parser, kLink, arguments, 3, 3))
        return *exit;
    if (!scenario::traineeLinkTypes().contains(parser.value(type)))
        return printError(QStringLiteral("--type must be one of: %1")
                              .arg(scenario::traineeLinkTypes().join(QStringLiteral(", "))));
    if (parser.value(reason).trimmed().isEmpty())
        return printError(QStringLiteral("--reason is required: say what the link rests on"));
    const QStringList positional = parser.positionalArguments();
    const auto from = entityArgument(positional[1]), to = entityArgument(positional[2]);
    if (!from || !to)
        return kExitFailure;
    auto store = openCase(positional[0], store::CaseStore::Access::ReadWrite);
    if (!store)
        return kExitFailure;
    auto added = store->decisions().drawLink(*from, *to, parser.value(type), parser.value(reason));
    if (!added)
        return printError(added.error());
    printLine(*added ? QStringLiteral("linked #%1 %2 #%3")
                           .arg(from->value)
                           .arg(parser.value(type))
                           .arg(to->value)
                     : QStringLiteral("#%1 and #%2 were already linked that way")
                           .arg(from->value)
                           .arg(to->value));
    return kExitOk;
}

} // namespace

std::span<const Command> trainingCommands() {
    static const Command commands[] = {kMark, kRoles, kLink};
    return commands;
}

} // namespace threadline::cli
