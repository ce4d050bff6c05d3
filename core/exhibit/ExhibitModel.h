#pragma once

#include "chart/ChartScene.h"
#include "model/CaseContents.h"
#include "model/Source.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace threadline::exhibit {

// What the prosecutor asks for: which chart, under which exhibit number, by whom.
struct ExhibitRequest {
    QString chart;
    QString number;     // "GX-14"
    QString preparedBy; // empty: the user exporting
    bool timeline = false;
    int pngDpi = 200;
    bool zip = false;
    // Protected identities shown by the US public-filing rules (initials, last four digits,
    // city and state) instead of as each was protected.
    bool publicFilingRules = false;
    // A preview: the case's originals are not re-hashed (the export does it), and the methods
    // say so.
    bool preview = false;
};

// The title block of every page, and what the manifest says the exhibit was made from. Times
// come from the case (its last audited change), never the clock, so an exhibit exported twice
// is the same bytes.
struct ExhibitHeader {
    QString caseName;  // the case file's name
    QString caseId;    // the hash of the case's first audit entry (case.created)
    QString auditHead; // the hash of its last audited change: the state exported
    QString auditHeadAt;
    QString number;
    QString chart;
    QString preparedBy;
    QString preparedAt; // auditHeadAt in words: "6 Dec 2026, 02:06 UTC"
};

// One piece of evidence as an exhibit cites it: redacted.
struct CitedEvidence {
    QString sourceName;
    QString sha256;
    QString place; // "page 2, characters 10–22"
    QString quote;
    QString assertedBy;
    double confidence = 1;
};

// An entity or a link shown on the chart, as the appendix and items.csv list it.
struct ShownItem {
    QString ref; // "E12" for entity #12, "L5" for link #5
    bool isLink = false;
    std::int64_t id = 0;
    QString type;
    QString name; // redacted; a protected entity's pseudonym
    QString fromRef, toRef;
    bool isProtected = false;
    std::vector<CitedEvidence> evidence; // the first kEvidencePerItem
    int evidenceTotal = 0;
    // Every other source the rest of its evidence comes from, once each: (file name, SHA-256).
    std::vector<std::pair<QString, QString>> otherSources;
};

// Everything an exhibit package is written from, read once from the case and redacted.
struct ExhibitModel {
    ExhibitHeader header;
    chart::ChartScene scene;
    std::vector<ShownItem> items;                  // entities, then links, by id
    std::vector<Source> sources;                   // every source the items cite, by name
    std::vector<ProtectedIdentity> protectedShown; // pseudonyms only are ever printed
    int analystAssertions = 0;
    int softwareAssertions = 0;
};

inline constexpr int kEvidencePerItem = 5;

} // namespace threadline::exhibit
