// threadline-cli info and list: what a case holds.
#include "CommandLine.h"
#include "Commands.h"
#include "GraphInput.h"
#include "Output.h"
#include "model/Locator.h"
#include "store/FactStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <numeric>

namespace threadline::cli {

using store::CaseStore;

namespace {

int runInfo(const QStringList& arguments);
int runList(const QStringList& arguments);

const Command kInfo{"info", "CASE [--json]",
                    "Counts of sources, documents, entities and links by type, and events.",
                    runInfo};
int runEvidence(const QStringList& arguments);
const Command kEvidence{"evidence", "CASE ITEM [--json]",
                        "Where the facts about an entity (named by id, identifier or label), a "
                        "link (link:ID) or an event (event:ID) come from: source file, what it "
                        "was found in, SHA-256, the place in it, the quoted text, and who "
                        "asserted it.",
                        runEvidence};
const Command kList{"list", "CASE sources|entities|links|events [--type T] [--json]",
                    "List the sources, entities, links or events of a case.", runList};

std::int64_t total(const std::map<QString, std::int64_t>& counts) {
    return std::accumulate(counts.begin(), counts.end(), std::int64_t(0),
                           [](std::int64_t sum, const auto& entry) { return sum + entry.second; });
}

QJsonObject countsJson(const std::map<QString, std::int64_t>& counts) {
    QJsonObject byType;
    for (const auto& [type, count] : counts)
        byType.insert(type, qint64(count));
    return QJsonObject{{QStringLiteral("total"), qint64(total(counts))},
                       {QStringLiteral("by_type"), byType}};
}

void printCounts(const QString& title, const std::map<QString, std::int64_t>& counts) {
    printLine(QStringLiteral("%1 %2").arg(title.leftJustified(18)).arg(total(counts)));
    for (const auto& [type, count] : counts)
        printLine(QStringLiteral("  %1 %2").arg(type.leftJustified(16)).arg(count));
}

int runInfo(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.addOption(jsonOption());
    if (const auto exit = parseCommandLine(parser, kInfo, arguments, 1, 1))
        return *exit;
    auto store = openCase(parser.positionalArguments().front(), CaseStore::Access::ReadOnly);
    if (!store)
        return kExitFailure;
    auto summary = store->summary();
    if (!summary)
        return printError(summary.error());
    if (parser.isSet(jsonOption())) {
        printJson(QJsonObject{{QStringLiteral("case"), store->path()},
                              {QStringLiteral("schema_version"), summary->schemaVersion},
                              {QStringLiteral("sources"), qint64(summary->sources)},
                              {QStringLiteral("source_bytes"), qint64(summary->sourceBytes)},
                              {QStringLiteral("documents"), qint64(summary->documents)},
                              {QStringLiteral("entities"), countsJson(summary->entitiesByType)},
                              {QStringLiteral("links"), countsJson(summary->linksByType)},
                              {QStringLiteral("events"), qint64(summary->events)},
                              {QStringLiteral("audit_entries"), qint64(summary->auditEntries)}});
        return kExitOk;
    }
    printLine(QStringLiteral("%1 %2").arg(QStringLiteral("Case").leftJustified(18), store->path()));
    printLine(QStringLiteral("%1 %2")
                  .arg(QStringLiteral("Schema").leftJustified(18))
                  .arg(summary->schemaVersion));
    printLine(QStringLiteral("%1 %2 (%3)")
                  .arg(QStringLiteral("Sources").leftJustified(18))
                  .arg(summary->sources)
                  .arg(humanSize(summary->sourceBytes)));
    printLine(QStringLiteral("%1 %2")
                  .arg(QStringLiteral("Documents").leftJustified(18))
                  .arg(summary->documents));
    printCounts(QStringLiteral("Entities"), summary->entitiesByType);
    printCounts(QStringLiteral("Links"), summary->linksByType);
    printLine(QStringLiteral("%1 %2")
                  .arg(QStringLiteral("Events").leftJustified(18))
                  .arg(summary->events));
    printLine(QStringLiteral("%1 %2")
                  .arg(QStringLiteral("Audit entries").leftJustified(18))
                  .arg(summary->auditEntries));
    return kExitOk;
}

// One kind of listable item: how to read it from the store and show it.
struct Listing {
    QStringList header;
    std::vector<QStringList> rows;
    QJsonArray json;
};

Listing listSources(const std::vector<Source>& sources) {
    Listing listing{{QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("size"),
                     QStringLiteral("type"), QStringLiteral("imported at (UTC)"),
                     QStringLiteral("status"), QStringLiteral("sha256")},
                    {},
                    {}};
    for (const Source& source : sources) {
        listing.rows.push_back({QString::number(source.id.value), source.name,
                                humanSize(source.size), source.mediaType, source.importedAt,
                                toString(source.status), source.sha256});
        listing.json.append(QJsonObject{{QStringLiteral("id"), qint64(source.id.value)},
                                        {QStringLiteral("name"), source.name},
                                        {QStringLiteral("size"), qint64(source.size)},
                                        {QStringLiteral("media_type"), source.mediaType},
                                        {QStringLiteral("sha256"), source.sha256},
                                        {QStringLiteral("imported_at"), source.importedAt},
                                        {QStringLiteral("imported_by"), source.importedBy},
                                        {QStringLiteral("custodian"), source.custodian},
                                        {QStringLiteral("exhibit_ref"), source.exhibitRef},
                                        {QStringLiteral("status"), toString(source.status)},
                                        {QStringLiteral("error"), source.error}});
    }
    return listing;
}

Listing listEntities(const std::vector<Entity>& entities) {
    Listing listing{
        {QStringLiteral("id"), QStringLiteral("type"), QStringLiteral("label")}, {}, {}};
    for (const Entity& entity : entities) {
        listing.rows.push_back({QString::number(entity.id.value), entity.type, entity.label});
        listing.json.append(
            QJsonObject{{QStringLiteral("id"), qint64(entity.id.value)},
                        {QStringLiteral("type"), entity.type},
                        {QStringLiteral("label"), entity.label},
                        {QStringLiteral("properties"),
                         QJsonDocument::fromJson(entity.propertiesJson.toUtf8()).object()}});
    }
    return listing;
}

Listing listLinks(const std::vector<Link>& links) {
    Listing listing{{QStringLiteral("id"), QStringLiteral("type"), QStringLiteral("from"),
                     QStringLiteral("to"), QStringLiteral("weight")},
                    {},
                    {}};
    for (const Link& link : links) {
        listing.rows.push_back({QString::number(link.id.value), link.type,
                                QString::number(link.from.value), QString::number(link.to.value),
                                QString::number(link.weight)});
        listing.json.append(QJsonObject{{QStringLiteral("id"), qint64(link.id.value)},
                                        {QStringLiteral("type"), link.type},
                                        {QStringLiteral("from"), qint64(link.from.value)},
                                        {QStringLiteral("to"), qint64(link.to.value)},
                                        {QStringLiteral("directed"), link.directed},
                                        {QStringLiteral("weight"), link.weight}});
    }
    return listing;
}

Listing listEvents(const std::vector<Event>& events) {
    Listing listing{{QStringLiteral("id"), QStringLiteral("type"), QStringLiteral("at (UTC)"),
                     QStringLiteral("summary")},
                    {},
                    {}};
    for (const Event& event : events) {
        listing.rows.push_back(
            {QString::number(event.id.value), event.type, event.occurredAt, event.summary});
        listing.json.append(QJsonObject{{QStringLiteral("id"), qint64(event.id.value)},
                                        {QStringLiteral("type"), event.type},
                                        {QStringLiteral("occurred_at"), event.occurredAt},
                                        {QStringLiteral("summary"), event.summary}});
    }
    return listing;
}

// Every event of `type` (empty: all), in time order, read page by page.
Result<std::vector<Event>> everyEvent(const store::FactStore& facts, const QString& type) {
    std::vector<Event> all;
    store::Page page{type, 0, 5000};
    QString afterTime;
    for (;;) {
        auto events = facts.events(page, afterTime);
        if (!events)
            return std::unexpected(events.error());
        all.insert(all.end(), events->begin(), events->end());
        if (int(events->size()) < page.limit)
            return all;
        page.after = events->back().id.value;
        afterTime = events->back().occurredAt;
    }
}

// Reads the items named by `what`; an unknown name is a usage error.
std::optional<Result<Listing>> readListing(const CaseStore& store, const QString& what,
                                           const QString& type) {
    auto convert = [](auto items, auto make) -> Result<Listing> {
        if (!items)
            return std::unexpected(items.error());
        return make(*items);
    };
    if (what == QLatin1String("sources"))
        return convert(store.sources(), listSources);
    if (what == QLatin1String("entities"))
        return convert(
            store::everyPage([&](const store::Page& page) { return store.facts().entities(page); },
                             type),
            listEntities);
    if (what == QLatin1String("links"))
        return convert(
            store::everyPage([&](const store::Page& page) { return store.facts().links(page); },
                             type),
            listLinks);
    if (what == QLatin1String("events"))
        return convert(everyEvent(store.facts(), type), listEvents);
    return std::nullopt;
}

// Each piece of evidence as a row and as JSON: where it was found, what was there, who said so.
Listing listEvidence(const std::vector<Evidence>& evidence) {
    Listing listing{{QStringLiteral("assertion"), QStringLiteral("source"), QStringLiteral("where"),
                     QStringLiteral("quoted"), QStringLiteral("asserted by")},
                    {},
                    {}};
    for (const Evidence& each : evidence) {
        QString source = each.source.isValid() ? QStringLiteral("%1 (#%2, SHA-256 %3…)")
                                                     .arg(each.sourceName)
                                                     .arg(each.source.value)
                                                     .arg(each.sha256.left(12))
                                               : QStringLiteral("analyst's assertion");
        if (!each.foundIn.isEmpty())
            source += QStringLiteral(" in %1").arg(each.foundIn.join(QStringLiteral(" in ")));
        listing.rows.push_back(
            {QString::number(each.assertion), source, describeLocator(each.locatorJson),
             each.quote.isEmpty() ? each.reason : each.quote.simplified(), each.assertedBy});
        listing.json.append(QJsonObject{
            {QStringLiteral("assertion"), qint64(each.assertion)},
            {QStringLiteral("subject"), each.subject},
            {QStringLiteral("source_id"),
             each.source.isValid() ? QJsonValue(qint64(each.source.value)) : QJsonValue()},
            {QStringLiteral("source"), each.sourceName},
            {QStringLiteral("found_in"), QJsonArray::fromStringList(each.foundIn)},
            {QStringLiteral("document_id"),
             each.document.isValid() ? QJsonValue(qint64(each.document.value)) : QJsonValue()},
            {QStringLiteral("sha256"), each.sha256},
            {QStringLiteral("locator"),
             QJsonDocument::fromJson(each.locatorJson.toUtf8()).object()},
            {QStringLiteral("where"), describeLocator(each.locatorJson)},
            {QStringLiteral("quote"), each.quote},
            {QStringLiteral("asserted_by"), each.assertedBy},
            {QStringLiteral("reason"), each.reason},
            {QStringLiteral("confidence"), each.confidence},
            {QStringLiteral("at"), each.at}});
    }
    return listing;
}

// The evidence of "link:ID", "event:ID" or an entity named any way entityNamed() takes;
// nullopt when the entity named is not there (entityNamed() has said so).
std::optional<Result<std::vector<Evidence>>> evidenceOfItem(const CaseStore& store,
                                                            const QString& item) {
    for (const char* kind : {"link:", "event:"}) {
        if (!item.startsWith(QLatin1String(kind)))
            continue;
        bool number = false;
        const qint64 id = item.mid(qsizetype(qstrlen(kind))).toLongLong(&number);
        if (!number)
            return Result<std::vector<Evidence>>(
                fail(ErrorCode::InvalidArgument,
                     QStringLiteral("'%1' names no item: write link:42 or event:42").arg(item)));
        return QLatin1String(kind) == QLatin1String("link:") ? store.facts().evidence(LinkId{id})
                                                             : store.facts().evidence(EventId{id});
    }
    const auto entity = entityNamed(store, item);
    if (!entity)
        return std::nullopt;
    return store.facts().evidence(*entity);
}

int runEvidence(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.addOptions({jsonOption()});
    if (const auto exit = parseCommandLine(parser, kEvidence, arguments, 2, 2))
        return *exit;
    const QStringList positional = parser.positionalArguments();
    auto store = openCase(positional[0], CaseStore::Access::ReadOnly);
    if (!store)
        return kExitFailure;
    auto evidence = evidenceOfItem(*store, positional[1]);
    if (!evidence)
        return kExitFailure;
    if (!*evidence)
        return printError(evidence->error());
    const Listing listing = listEvidence(**evidence);
    if (parser.isSet(jsonOption()))
        printJson(listing.json);
    else
        printTable(listing.header, listing.rows);
    return kExitOk;
}

int runList(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.addOptions({jsonOption(), typeOption()});
    if (const auto exit = parseCommandLine(parser, kList, arguments, 2, 2))
        return *exit;
    const QStringList positional = parser.positionalArguments();
    auto store = openCase(positional[0], CaseStore::Access::ReadOnly);
    if (!store)
        return kExitFailure;
    auto listing = readListing(*store, positional[1], parser.value(typeOption()));
    if (!listing) {
        printError(QStringLiteral("cannot list '%1'; choose sources, entities, links or events")
                       .arg(positional[1]));
        return kExitUsage;
    }
    if (!*listing)
        return printError(listing->error());
    if (parser.isSet(jsonOption()))
        printJson((*listing)->json);
    else
        printTable((*listing)->header, (*listing)->rows);
    return kExitOk;
}

} // namespace

std::span<const Command> inspectCommands() {
    static const Command commands[] = {kInfo, kList, kEvidence};
    return commands;
}

} // namespace threadline::cli
