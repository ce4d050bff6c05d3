#pragma once

#include "model/ImportResult.h"

#include <QHash>
#include <QString>

namespace threadline::ingest {

// Turns identifiers the extractors found (phones, e-mail, payment handles, wallets, social
// accounts) into entities of an ImportResult: one per identifier within the source; the store
// makes the same identifier one entity across the case.
class IdentifierEntities {
public:
    explicit IdentifierEntities(ImportResult& result)
        : m_result(result) {}

    // The entity's index, or -1 when `kind` is not an identifier (a price, an age, a URL).
    int add(const QString& kind, const QString& value, const Evidence& evidence);
    static bool isIdentifier(const QString& kind);

private:
    ImportResult& m_result;
    QHash<QString, int> m_entities; // "kind:value" -> entity index
};

// Runs every extractor over the text of each document in `result` and adds the identifiers it
// finds as entities, each with its document and character span as evidence: a phone number in
// a lease or on a scanned receipt is then the same Phone entity as in the seized phone.
void addMentionedIdentifiers(ImportResult& result, const QString& region);

} // namespace threadline::ingest
