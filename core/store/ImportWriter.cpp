#include "store/ImportWriter.h"

#include "store/EntityLookup.h"
#include "util/Environment.h"

namespace threadline::store {

using namespace threadline::ingest;

namespace {

template <typename T> std::unexpected<Error> failed(const Result<T>& result) {
    return std::unexpected(result.error());
}

// An entity's label, never none: a record without a name is called by its first identifier,
// or by its type ("(a Person without a name)"), so that one nameless record in a file never
// fails the file.
QString labelOf(const ExtractedEntity& entity) {
    if (!entity.label.trimmed().isEmpty())
        return entity.label;
    if (!entity.identifiers.empty() && !entity.identifiers.front().value.isEmpty())
        return entity.identifiers.front().value;
    return QStringLiteral("(a %1 without a name)").arg(entity.type);
}

} // namespace

ImportWriter::ImportWriter(Database& database, SourceId source, QString extractor, QString version)
    : m_database(database)
    , m_source(source)
    , m_extractor(std::move(extractor))
    , m_extractorUtf8(m_extractor.toUtf8())
    , m_versionUtf8(version.toUtf8())
    , m_nowUtf8(utcNowIso().toUtf8()) {}

Result<ImportCounts> ImportWriter::write(const ImportResult& result) {
    m_documents.clear();
    m_entities.clear();
    if (auto written = writeDocuments(result.documents); !written)
        return failed(written);
    for (const ExtractedEntity& entity : result.entities) {
        auto id = writeEntity(entity);
        if (!id)
            return failed(id);
        m_entities.push_back(*id);
    }
    std::vector<LinkId> links;
    for (const ExtractedLink& link : result.links) {
        auto id = writeLink(link);
        if (!id)
            return failed(id);
        links.push_back(*id);
    }
    for (const ExtractedEvent& event : result.events)
        if (auto written = writeEvent(event, links); !written)
            return failed(written);
    return m_counts;
}

Result<void> ImportWriter::writeDocuments(const std::vector<ExtractedDocument>& documents) {
    auto insert = m_database.cached("INSERT INTO documents (source_id, kind, locator, title, text, "
                                    "language, occurred_at) VALUES (?, ?, ?, ?, ?, ?, ?)");
    if (!insert)
        return std::unexpected(insert.error());
    for (const ExtractedDocument& document : documents) {
        (*insert)->bind(1, m_source.value).bind(2, document.kind);
        (*insert)->bindUtf8(3, document.locator.utf8());
        (*insert)
            ->bind(4, document.title)
            .bind(5, document.text.isNull() ? QStringLiteral("") : document.text);
        (*insert)
            ->bind(6, document.language)
            .bind(7, document.occurredAt.isEmpty() ? QString() : document.occurredAt);
        if (auto inserted = (*insert)->run(); !inserted)
            return inserted;
        m_documents.push_back(DocumentId{m_database.lastInsertId()});
        m_searchRows.push_back({m_documents.back().value, document.title, document.text});
        ++m_counts.documents;
    }
    return {};
}

Result<std::optional<EntityId>>
ImportWriter::findByIdentifiers(const std::vector<Identifier>& ids) {
    for (const Identifier& id : ids)
        if (const auto known = m_known.constFind(id); known != m_known.constEnd())
            return std::optional<EntityId>(*known);
    for (const Identifier& id : ids) {
        auto found = entityWithIdentifier(m_database, id.kind, id.value);
        if (!found || found->has_value())
            return found;
    }
    return std::optional<EntityId>();
}

Result<void> ImportWriter::addIdentifiers(EntityId entity, const std::vector<Identifier>& ids) {
    auto insert = m_database.cached(
        "INSERT OR IGNORE INTO identifiers (kind, value, entity_id) VALUES (?, ?, ?)");
    if (!insert)
        return failed(insert);
    for (const Identifier& id : ids) {
        if (m_known.contains(id))
            continue; // stored by an earlier fact of this import
        if (auto inserted =
                (*insert)->bind(1, id.kind).bind(2, id.value).bind(3, entity.value).run();
            !inserted)
            return inserted;
        m_known.insert(id, entity);
    }
    return {};
}

bool ImportWriter::mentionedBefore(const std::vector<Identifier>& ids) {
    bool before = !ids.empty();
    for (const Identifier& id : ids) {
        if (!m_mentioned.contains(id)) {
            m_mentioned.insert(id);
            before = false;
        }
    }
    return before;
}

Result<EntityId> ImportWriter::writeEntity(const ExtractedEntity& entity) {
    auto existing = findByIdentifiers(entity.identifiers);
    if (!existing)
        return failed(existing);
    EntityId id;
    if (existing->has_value()) {
        id = **existing;
        m_counts.entitiesMatched += int(!m_created.contains(id.value));
    } else {
        auto insert =
            m_database.cached("INSERT INTO entities (type, label, properties, created_at, "
                              "created_by) VALUES (?, ?, ?, ?, ?)");
        if (!insert)
            return failed(insert);
        (*insert)->bind(1, entity.type).bind(2, labelOf(entity));
        (*insert)->bindUtf8(3, entity.properties.utf8());
        (*insert)->bindUtf8(4, m_nowUtf8).bindUtf8(5, m_extractorUtf8);
        if (auto inserted = (*insert)->run(); !inserted)
            return failed(inserted);
        id = EntityId{m_database.lastInsertId()};
        m_created.insert(id.value);
        ++m_counts.entitiesCreated;
    }
    if (auto added = addIdentifiers(id, entity.identifiers); !added)
        return failed(added);
    if (entity.mention && mentionedBefore(entity.identifiers))
        return id;
    if (auto asserted = assertion(QByteArrayLiteral("entity"), id.value, entity.evidence);
        !asserted)
        return failed(asserted);
    return id;
}

Result<LinkId> ImportWriter::writeLink(const ExtractedLink& link) {
    if (link.from < 0 || link.to < 0 || std::size_t(link.from) >= m_entities.size() ||
        std::size_t(link.to) >= m_entities.size())
        return fail(ErrorCode::InvalidArgument,
                    QStringLiteral("importer %1 made a '%2' link to an unknown entity")
                        .arg(m_extractor, link.type));
    auto insert = m_database.cached("INSERT INTO links (type, from_id, to_id, directed, weight, "
                                    "properties, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)");
    if (!insert)
        return failed(insert);
    (*insert)->bind(1, link.type).bind(2, m_entities[std::size_t(link.from)].value);
    (*insert)->bind(3, m_entities[std::size_t(link.to)].value).bind(4, int(link.directed));
    (*insert)->bind(5, link.weight).bindUtf8(6, link.properties.utf8());
    (*insert)->bindUtf8(7, m_nowUtf8);
    if (auto inserted = (*insert)->run(); !inserted)
        return failed(inserted);
    const LinkId id{m_database.lastInsertId()};
    ++m_counts.links;
    if (auto asserted = assertion(QByteArrayLiteral("link"), id.value, link.evidence); !asserted)
        return failed(asserted);
    return id;
}

Result<void> ImportWriter::writeEvent(const ExtractedEvent& event,
                                      const std::vector<LinkId>& links) {
    auto insert = m_database.cached("INSERT INTO events (type, occurred_at, ends_at, summary, "
                                    "properties, link_id) VALUES (?, ?, ?, ?, ?, ?)");
    auto participant = m_database.cached(
        "INSERT OR IGNORE INTO event_entities (event_id, entity_id, role) VALUES (?, ?, ?)");
    if (!insert || !participant)
        return std::unexpected(insert ? participant.error() : insert.error());
    (*insert)->bind(1, event.type).bind(2, event.occurredAt);
    (*insert)->bind(3, event.endsAt.isEmpty() ? QString() : event.endsAt);
    (*insert)->bind(4, event.summary.isNull() ? QStringLiteral("") : event.summary);
    (*insert)->bindUtf8(5, event.properties.utf8());
    if (event.link >= 0 && std::size_t(event.link) < links.size())
        (*insert)->bind(6, links[std::size_t(event.link)].value);
    if (auto inserted = (*insert)->run(); !inserted)
        return inserted;
    const std::int64_t id = m_database.lastInsertId();
    ++m_counts.events;
    for (const auto& [entity, role] : event.participants) {
        if (entity < 0 || std::size_t(entity) >= m_entities.size())
            continue;
        if (auto added = (*participant)
                             ->bind(1, id)
                             .bind(2, m_entities[std::size_t(entity)].value)
                             .bind(3, role)
                             .run();
            !added)
            return added;
    }
    return assertion(QByteArrayLiteral("event"), id, event.evidence);
}

Result<void> ImportWriter::assertion(const QByteArray& kind, std::int64_t subject,
                                     const Evidence& evidence) {
    auto insert = m_database.cached(
        "INSERT INTO assertions (subject_kind, subject_id, source_id, document_id, locator, quote, "
        "extractor, extractor_version, confidence, created_at) VALUES (?,?,?,?,?,?,?,?,?,?)");
    if (!insert)
        return failed(insert);
    (*insert)->bindUtf8(1, kind).bind(2, subject).bind(3, m_source.value);
    if (evidence.document >= 0 && std::size_t(evidence.document) < m_documents.size())
        (*insert)->bind(4, m_documents[std::size_t(evidence.document)].value);
    (*insert)
        ->bindUtf8(5, evidence.locator.utf8())
        .bind(6, evidence.quote.isEmpty() ? QString() : evidence.quote);
    (*insert)->bindUtf8(7, m_extractorUtf8).bindUtf8(8, m_versionUtf8);
    (*insert)->bind(9, evidence.confidence).bindUtf8(10, m_nowUtf8);
    return (*insert)->run();
}

} // namespace threadline::store
