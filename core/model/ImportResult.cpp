#include "model/ImportResult.h"

namespace threadline::ingest {

namespace {

template <typename T> void moveAll(std::vector<T>& into, std::vector<T>& from) {
    into.insert(into.end(), std::make_move_iterator(from.begin()),
                std::make_move_iterator(from.end()));
}

int shifted(int index, int offset) {
    return index < 0 ? index : index + offset;
}

} // namespace

void ImportResult::append(ImportResult&& part) {
    const int documentOffset = int(documents.size());
    const int entityOffset = int(entities.size());
    const int linkOffset = int(links.size());
    for (ExtractedEntity& entity : part.entities)
        entity.evidence.document = shifted(entity.evidence.document, documentOffset);
    for (ExtractedLink& link : part.links) {
        link.from = shifted(link.from, entityOffset);
        link.to = shifted(link.to, entityOffset);
        link.evidence.document = shifted(link.evidence.document, documentOffset);
    }
    for (ExtractedEvent& event : part.events) {
        for (auto& participant : event.participants)
            participant.first = shifted(participant.first, entityOffset);
        event.link = shifted(event.link, linkOffset);
        event.evidence.document = shifted(event.evidence.document, documentOffset);
    }
    moveAll(documents, part.documents);
    moveAll(entities, part.entities);
    moveAll(links, part.links);
    moveAll(events, part.events);
    moveAll(children, part.children);
    warnings << part.warnings;
}

} // namespace threadline::ingest
