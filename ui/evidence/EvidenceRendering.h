#pragma once

#include "model/CaseContents.h"
#include "model/CaseTables.h"
#include "util/Error.h"

#include <QImage>
#include <QRectF>
#include <QStringList>

#include <vector>

namespace threadline::store {
class CaseStore;
}

namespace threadline::ui {

// A piece of evidence as the evidence viewer shows it: the original drawn with the place
// marked (a PDF page or a photo with its word boxes), or the text of an e-mail, ad, table row
// or phone record with the span marked. Built on the store worker.
struct EvidenceSight {
    enum class Shows { Picture, Text, Note };
    Shows shows = Shows::Note;
    QImage picture; // Picture: with the marks painted on it
    QRectF marked;  // Picture: where the marks are, in its pixels (to scroll to)
    QString html;   // Text and Note; an ad's photos are <img src="photo:N">
    std::vector<QImage> photos;
    int marks = 0; // word boxes or spans marked
    QString place; // "page 1 (read by OCR), characters 130–144"
    DocumentId document;
    SourceId source; // the file shown (a document's source)
};

// Draws `evidence` at `width` pixels; a source that can no longer be read is a Note saying so.
Result<EvidenceSight> seeEvidence(store::CaseStore& store, const Evidence& evidence, int width);
// Draws a document (a search result) with the words of `terms` marked.
Result<EvidenceSight> seeDocument(store::CaseStore& store, DocumentId document,
                                  const QStringList& terms, int width);

} // namespace threadline::ui
