#pragma once

namespace threadline::store {

// Version 2: the assertions table checks its subject kind with comparisons instead of an IN list.
// SQLite evaluates a CHECK with an IN list of more than two constants by building a temporary
// table on every insert; with one assertion per imported fact that was a quarter of import time.
// SQLite cannot change a CHECK in place, so the table is rebuilt (rows and ids unchanged).
inline constexpr const char* kSchemaV2 = R"sql(
CREATE TABLE assertions_v2 (
    id                INTEGER PRIMARY KEY,
    subject_kind      TEXT NOT NULL
                      CHECK (subject_kind = 'entity' OR subject_kind = 'identifier'
                             OR subject_kind = 'link' OR subject_kind = 'event'
                             OR subject_kind = 'property' OR subject_kind = 'document'),
    subject_id        INTEGER NOT NULL,
    property          TEXT,
    source_id         INTEGER REFERENCES sources(id),
    document_id       INTEGER REFERENCES documents(id),
    locator           TEXT NOT NULL DEFAULT '{}',
    quote             TEXT,
    extractor         TEXT,
    extractor_version TEXT,
    analyst           TEXT,
    reason            TEXT,
    confidence        REAL NOT NULL DEFAULT 1 CHECK (confidence BETWEEN 0 AND 1),
    created_at        TEXT NOT NULL,
    CHECK ((source_id IS NOT NULL AND extractor IS NOT NULL) OR analyst IS NOT NULL)
) STRICT;
INSERT INTO assertions_v2 SELECT * FROM assertions;
DROP TABLE assertions;
ALTER TABLE assertions_v2 RENAME TO assertions;
CREATE INDEX assertions_subject ON assertions(subject_kind, subject_id);
CREATE INDEX assertions_source ON assertions(source_id);
)sql";

} // namespace threadline::store
