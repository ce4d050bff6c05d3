#pragma once

#include "model/Ids.h"
#include "model/ImportResult.h"
#include "store/Database.h"
#include "store/WriteBatch.h"

#include <QHash>
#include <QSet>

#include <utility>
#include <vector>

namespace threadline::store {

// How many rows one import wrote, for the audit log and the import summary.
struct ImportCounts {
    int documents = 0;
    int entitiesCreated = 0;
    int entitiesMatched = 0; // already in the case through a shared identifier
    int links = 0;
    int events = 0;
};

// Writes an importer's result into the store inside the caller's transaction. Entities that
// share a normalised identifier with one already in the case become that entity. Every entity,
// link and event gets an assertion naming the source, document, place and extractor.
class ImportWriter {
public:
    ImportWriter(Database& database, SourceId source, QString extractor, QString version);
    // May be called once per part of a source; returns the counts of every part so far.
    Result<ImportCounts> write(const ingest::ImportResult& result);
    const ImportCounts& counts() const { return m_counts; }
    // The documents written since the last call (of every part since), for the caller to index
    // (indexForSearch) now or when its batch commits.
    std::vector<SearchRow> takeSearchRows() { return std::exchange(m_searchRows, {}); }

private:
    Result<void> writeDocuments(const std::vector<ingest::ExtractedDocument>& documents);
    Result<EntityId> writeEntity(const ingest::ExtractedEntity& entity);
    Result<std::optional<EntityId>> findByIdentifiers(const std::vector<ingest::Identifier>& ids);
    Result<void> addIdentifiers(EntityId entity, const std::vector<ingest::Identifier>& ids);
    // Whether every one of these identifiers had its mention asserted already; notes them.
    bool mentionedBefore(const std::vector<ingest::Identifier>& ids);
    Result<LinkId> writeLink(const ingest::ExtractedLink& link);
    Result<void> writeEvent(const ingest::ExtractedEvent& event, const std::vector<LinkId>& links);
    Result<void> assertion(const QByteArray& kind, std::int64_t subject,
                           const ingest::Evidence& evidence);

    Database& m_database;
    SourceId m_source;
    QString m_extractor;
    // What every row of this import repeats, in UTF-8 once (the writer thread sets the pace).
    QByteArray m_extractorUtf8;
    QByteArray m_versionUtf8;
    QByteArray m_nowUtf8;
    std::vector<DocumentId> m_documents;
    std::vector<SearchRow> m_searchRows;
    std::vector<EntityId> m_entities;
    // Identifiers this import has stored or found: a phone named in a thousand ads is looked up
    // once.
    QHash<ingest::Identifier, EntityId> m_known;
    // Identifiers whose mention this import has asserted (ExtractedEntity::mention).
    QSet<ingest::Identifier> m_mentioned;
    // Entities this import created: a later part naming one again has not "matched" the case.
    QSet<std::int64_t> m_created;
    ImportCounts m_counts;
};

} // namespace threadline::store
