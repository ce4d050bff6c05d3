#include "tables/CaseTableSpecs.h"

#include "store/CaseStore.h"
#include "store/TableStore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace threadline::ui {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("CaseTables", text);
}

// Turns the typed rows of a page into the words a table shows, on the worker thread.
template <typename Row, typename Read, typename Cells> auto pageReader(Read read, Cells cells) {
    return [read, cells](store::CaseStore& store,
                         const TableQuery& query) -> Result<std::vector<TableRow>> {
        auto rows = read(store.tables(), query);
        if (!rows)
            return std::unexpected(rows.error());
        std::vector<TableRow> shown;
        shown.reserve(rows->size());
        for (const Row& row : *rows)
            shown.push_back(cells(row));
        return shown;
    };
}

TableRow entityCells(const EntityRow& row) {
    return {row.id.value,
            {row.label, row.type, row.roles.join(QStringLiteral(", ")),
             QLocale().toString(row.links), QString::number(row.id.value)},
            {},
            {row.id}};
}

TableRow linkCells(const LinkRow& row) {
    const QString arrow = row.directed ? QStringLiteral("→") : QStringLiteral("—");
    return {row.id.value,
            {row.type, row.fromLabel, arrow, row.toLabel, displayTime(row.firstAt),
             QLocale().toString(row.weight), QString::number(row.id.value)},
            QStringLiteral("%1 %2 %3 (%4)").arg(row.fromLabel, arrow, row.toLabel, row.type),
            {row.from, row.to}};
}

TableRow eventCells(const EventRow& row) {
    return {row.id.value,
            {displayTime(row.occurredAt), row.type, row.summary.simplified(),
             row.entityLabels.join(QStringLiteral(", ")), QString::number(row.id.value)},
            row.summary,
            row.entities};
}

QString statusText(const Source& source) {
    switch (source.status) {
    case threadline::SourceStatus::Stored:
        return tr("Stored");
    case threadline::SourceStatus::Imported:
        return tr("Imported");
    case threadline::SourceStatus::Partial:
        return tr("Imported with warnings");
    case threadline::SourceStatus::Failed:
        return tr("Failed: %1").arg(source.error);
    }
    return {};
}

TableRow sourceCells(const SourceRow& row) {
    const Source& source = row.source;
    QString tip = statusText(source);
    if (!source.warnings.isEmpty())
        tip += u'\n' + source.warnings.join(u'\n');
    if (!source.originalPath.isEmpty())
        tip += u'\n' + tr("Read from %1").arg(source.originalPath);
    return {source.id.value,
            {source.name, row.foundIn,
             QLocale().formattedDataSize(source.size, 1, QLocale::DataSizeSIFormat),
             source.mediaType, statusText(source), displayTime(source.importedAt),
             source.importedBy, source.exhibitRef, source.sha256},
            tip,
            {},
            source.status == threadline::SourceStatus::Failed};
}

} // namespace

QString displayTime(const QString& utcIso) {
    if (utcIso.isEmpty())
        return {};
    QDateTime time = QDateTime::fromString(utcIso, Qt::ISODateWithMs);
    if (!time.isValid())
        return utcIso;
    if (time.timeSpec() == Qt::LocalTime) // an ISO time without a zone is UTC in the store
        time.setTimeSpec(Qt::UTC);
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}

TableSpec entitiesTable() {
    using namespace table_columns;
    return {tr("entities"),
            {{tr("Label"), kLabel, false, true},
             {tr("Type"), kType},
             {tr("Roles"), {}},
             {tr("Links"), {}, true},
             {tr("Id"), kId, true}},
            kLabel,
            pageReader<EntityRow>(std::mem_fn(&store::TableStore::entities), entityCells),
            [](store::CaseStore& store, const TableQuery& query) {
                return store.tables().countEntities(query);
            },
            [](store::CaseStore& store) { return store.tables().entityTypes(); },
            [](store::CaseStore& store, const TableQuery& query, std::int64_t id) {
                return store.tables().entityPosition(query, EntityId{id});
            }};
}

TableSpec linksTable() {
    using namespace table_columns;
    return {tr("links"),
            {{tr("Type"), kType},
             {tr("From"), {}},
             {QString(), {}},
             {tr("To"), {}, false, true},
             {tr("First event"), {}},
             {tr("Weight"), {}, true},
             {tr("Id"), kId, true}},
            kId,
            pageReader<LinkRow>(std::mem_fn(&store::TableStore::links), linkCells),
            [](store::CaseStore& store, const TableQuery& query) {
                return store.tables().countLinks(query);
            },
            [](store::CaseStore& store) { return store.tables().linkTypes(); },
            {}};
}

TableSpec sourcesTable() {
    using namespace table_columns;
    return {tr("files"),
            {{tr("Name"), kLabel},
             {tr("Found in"), {}},
             {tr("Size"), kSize, true},
             {tr("Type"), kType},
             {tr("Status"), {}},
             {tr("Imported"), kId},
             {tr("Imported by"), {}},
             {tr("Exhibit ref"), {}},
             {tr("SHA-256"), {}, false, true}},
            kId,
            pageReader<SourceRow>(std::mem_fn(&store::TableStore::sources), sourceCells),
            [](store::CaseStore& store, const TableQuery& query) {
                return store.tables().countSources(query);
            },
            [](store::CaseStore& store) { return store.tables().sourceTypes(); },
            {}};
}

TableSpec eventsTable() {
    using namespace table_columns;
    return {tr("events"),
            {{tr("When"), kTime},
             {tr("Type"), kType},
             {tr("What"), {}, false, true},
             {tr("Who"), {}},
             {tr("Id"), kId, true}},
            kTime,
            pageReader<EventRow>(std::mem_fn(&store::TableStore::events), eventCells),
            [](store::CaseStore& store, const TableQuery& query) {
                return store.tables().countEvents(query);
            },
            [](store::CaseStore& store) { return store.tables().eventTypes(); },
            {}};
}

} // namespace threadline::ui
