#pragma once

#include "model/CaseContents.h"
#include "util/Error.h"

#include <QStringList>

#include <vector>

namespace threadline::store {
class CaseStore;
}

namespace threadline::ui {

// What a search as you type finds: entities by name or identifier (a phone in any form), then
// documents by full text, best first.
struct SearchResults {
    QString query;
    std::vector<Entity> entities;
    std::vector<SearchHit> documents;
};

Result<SearchResults> searchCase(store::CaseStore& store, const QString& query);

// The words of a query to mark in a document: "\"cash app\" OR venmo*" -> cash, app, venmo.
QStringList searchTerms(const QString& query);

// A snippet with the matched words in [brackets] (FTS5's marks) as HTML with them in bold.
QString snippetHtml(const QString& snippet);

} // namespace threadline::ui
