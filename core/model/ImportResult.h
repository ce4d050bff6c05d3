#pragma once

#include "util/JsonText.h"

#include <QByteArray>
#include <QHashFunctions>
#include <QString>
#include <QStringList>

#include <vector>

namespace threadline::ingest {

// Where inside a source a fact was found. `document` indexes ImportResult::documents (-1: the
// source as a whole); `locator` says where inside it, e.g. {"page":2,"box":[x,y,w,h]},
// {"chars":[120,134]}, {"row":7,"column":"caller"}, {"header":"From"}.
struct Evidence {
    int document = -1;
    JsonText locator;
    QString quote;
    double confidence = 1.0;
};

// A normalised key that identifies an entity across the whole case: ("phone", "+16025550142"),
// ("email", "candy@example.com"). The same key anywhere is the same entity.
struct Identifier {
    QString kind;
    QString value;

    friend bool operator==(const Identifier&, const Identifier&) = default;
    friend size_t qHash(const Identifier& id, size_t seed = 0) {
        return qHashMulti(seed, id.kind, id.value);
    }
};

// A text-bearing unit of a source: a PDF page, an e-mail body, an SMS, a spreadsheet row.
struct ExtractedDocument {
    QString kind; // "page", "email", "text", "sms", "row", "ocr" ...
    QString title;
    QString text;
    QString language;
    QString occurredAt; // UTC ISO 8601, empty when unknown
    JsonText locator;
};

struct ExtractedEntity {
    QString type; // "Person", "Phone", "EmailAddress", "Account" ...
    QString label;
    JsonText properties;
    std::vector<Identifier> identifiers; // empty: a new entity every time
    Evidence evidence;
    // An identifier found in text (IdentifierEntities): a source asserts it at its first mention
    // only, whether it is read whole or in parts (where each part names it afresh). Every
    // mention keeps its own evidence where the importer links it ("lists" from an ad).
    bool mention = false;
};

// Entities are referred to by their index in ImportResult::entities.
struct ExtractedLink {
    QString type; // "e-mailed", "called", "paid", "uses" ...
    int from = -1;
    int to = -1;
    bool directed = true;
    double weight = 1;
    JsonText properties;
    Evidence evidence;
};

struct ExtractedEvent {
    QString type; // "email", "call", "sms", "payment", "photo-taken" ...
    QString occurredAt;
    QString endsAt;
    QString summary;
    JsonText properties;
    std::vector<std::pair<int, QString>> participants; // entity index, role
    int link = -1;                                     // index into links, or -1
    Evidence evidence;
};

// A file found inside a source (an e-mail attachment, an archive member). It becomes a source of
// its own with this one as parent, and is imported in turn.
struct ChildFile {
    QString name;
    QByteArray bytes;
    JsonText locator; // where in the parent: {"attachment":2} or {"member":"a/b.txt"}
};

// Everything an importer found in one source.
struct ImportResult {
    std::vector<ExtractedDocument> documents;
    std::vector<ExtractedEntity> entities;
    std::vector<ExtractedLink> links;
    std::vector<ExtractedEvent> events;
    std::vector<ChildFile> children;
    QStringList warnings; // with their place: "message 12: no Date header"

    // Adds an entity and returns its index, for links and events to refer to.
    int addEntity(ExtractedEntity entity) {
        entities.push_back(std::move(entity));
        return int(entities.size()) - 1;
    }
    int addDocument(ExtractedDocument document) {
        documents.push_back(std::move(document));
        return int(documents.size()) - 1;
    }
    // Adds everything in `part` after what is here, renumbering its indices, so an importer can
    // read a big file in pieces on several threads and still hand over one result.
    void append(ImportResult&& part);
};

} // namespace threadline::ingest
