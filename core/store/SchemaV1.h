#pragma once

// Version 1 of the case schema. Kept verbatim forever: later versions are new migrations.
namespace threadline::store {

inline constexpr const char* kSchemaV1 = R"sql(
CREATE TABLE case_settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;

-- JSON columns are validated by the code that writes them: with trusted_schema off, SQLite 3.40
-- refuses json_valid() in CHECK constraints.

-- Every file brought into the case. Originals are kept, chunked, in source_content.
CREATE TABLE sources (
    id               INTEGER PRIMARY KEY,
    parent_id        INTEGER REFERENCES sources(id),
    name             TEXT NOT NULL,
    original_path    TEXT,
    size             INTEGER NOT NULL CHECK (size >= 0),
    media_type       TEXT NOT NULL,
    sha256           TEXT NOT NULL UNIQUE CHECK (length(sha256) = 64),
    imported_at      TEXT NOT NULL,
    imported_by      TEXT NOT NULL,
    custodian        TEXT,
    exhibit_ref      TEXT,
    importer         TEXT,
    importer_version TEXT,
    status           TEXT NOT NULL DEFAULT 'stored'
                     CHECK (status IN ('stored', 'imported', 'partial', 'failed')),
    warnings         TEXT NOT NULL DEFAULT '[]',
    error            TEXT
) STRICT;
CREATE INDEX sources_parent ON sources(parent_id);

CREATE TABLE source_content (
    id        INTEGER PRIMARY KEY,
    source_id INTEGER NOT NULL REFERENCES sources(id),
    seq       INTEGER NOT NULL CHECK (seq >= 0),
    bytes     BLOB NOT NULL,
    UNIQUE (source_id, seq)
) STRICT;

-- Text-bearing units of a source: a PDF page, an e-mail, an ad, a spreadsheet row, an SMS.
CREATE TABLE documents (
    id          INTEGER PRIMARY KEY,
    source_id   INTEGER NOT NULL REFERENCES sources(id),
    kind        TEXT NOT NULL,
    locator     TEXT NOT NULL DEFAULT '{}',
    title       TEXT,
    text        TEXT NOT NULL,
    language    TEXT,
    occurred_at TEXT
) STRICT;
CREATE INDEX documents_source ON documents(source_id);

CREATE VIRTUAL TABLE documents_fts USING fts5(
    title, text, content = 'documents', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2');
-- Kept in step by the code that writes documents (ImportWriter): with trusted_schema off, SQLite
-- does not let triggers write to a virtual table.

-- People, phones, accounts, ads, places, photos ... merged_into is set when an analyst merges.
CREATE TABLE entities (
    id          INTEGER PRIMARY KEY,
    type        TEXT NOT NULL,
    label       TEXT NOT NULL,
    properties  TEXT NOT NULL DEFAULT '{}',
    flags       INTEGER NOT NULL DEFAULT 0,
    created_at  TEXT NOT NULL,
    created_by  TEXT NOT NULL,
    merged_into INTEGER REFERENCES entities(id)
) STRICT;
CREATE INDEX entities_type ON entities(type);

-- Normalised keys: identical (kind, value) means the same entity.
CREATE TABLE identifiers (
    id        INTEGER PRIMARY KEY,
    kind      TEXT NOT NULL,
    value     TEXT NOT NULL,
    entity_id INTEGER NOT NULL REFERENCES entities(id),
    UNIQUE (kind, value)
) STRICT;
CREATE INDEX identifiers_entity ON identifiers(entity_id);

CREATE TABLE links (
    id          INTEGER PRIMARY KEY,
    type        TEXT NOT NULL,
    from_id     INTEGER NOT NULL REFERENCES entities(id),
    to_id       INTEGER NOT NULL REFERENCES entities(id),
    directed    INTEGER NOT NULL DEFAULT 1 CHECK (directed IN (0, 1)),
    weight      REAL NOT NULL DEFAULT 1,
    properties  TEXT NOT NULL DEFAULT '{}',
    created_at  TEXT NOT NULL
) STRICT;
CREATE INDEX links_from ON links(from_id);
CREATE INDEX links_to ON links(to_id);
CREATE INDEX links_type ON links(type);

CREATE TABLE events (
    id          INTEGER PRIMARY KEY,
    type        TEXT NOT NULL,
    occurred_at TEXT NOT NULL,
    ends_at     TEXT,
    summary     TEXT NOT NULL DEFAULT '',
    properties  TEXT NOT NULL DEFAULT '{}',
    link_id     INTEGER REFERENCES links(id)
) STRICT;
CREATE INDEX events_time ON events(occurred_at);

CREATE TABLE event_entities (
    event_id  INTEGER NOT NULL REFERENCES events(id),
    entity_id INTEGER NOT NULL REFERENCES entities(id),
    role      TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (event_id, entity_id, role)
) STRICT, WITHOUT ROWID;
CREATE INDEX event_entities_entity ON event_entities(entity_id);

-- Provenance: where each fact came from (a span of a source, by an extractor), or which analyst
-- asserted it and why.
CREATE TABLE assertions (
    id                INTEGER PRIMARY KEY,
    subject_kind      TEXT NOT NULL
                      CHECK (subject_kind IN ('entity', 'identifier', 'link', 'event',
                                              'property', 'document')),
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
CREATE INDEX assertions_subject ON assertions(subject_kind, subject_id);
CREATE INDEX assertions_source ON assertions(source_id);

-- The merge/split ledger: every analyst decision, reversible and explained.
CREATE TABLE merges (
    id          INTEGER PRIMARY KEY,
    action      TEXT NOT NULL CHECK (action IN ('merge', 'split')),
    survivor_id INTEGER NOT NULL REFERENCES entities(id),
    absorbed_id INTEGER NOT NULL REFERENCES entities(id),
    analyst     TEXT NOT NULL,
    reason      TEXT NOT NULL,
    at          TEXT NOT NULL,
    undoes      INTEGER REFERENCES merges(id),
    details     TEXT NOT NULL DEFAULT '{}'
) STRICT;

CREATE TABLE charts (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    settings   TEXT NOT NULL DEFAULT '{}'
) STRICT;

CREATE TABLE chart_items (
    chart_id  INTEGER NOT NULL REFERENCES charts(id) ON DELETE CASCADE,
    entity_id INTEGER NOT NULL REFERENCES entities(id),
    x         REAL NOT NULL DEFAULT 0,
    y         REAL NOT NULL DEFAULT 0,
    pinned    INTEGER NOT NULL DEFAULT 0 CHECK (pinned IN (0, 1)),
    style     TEXT NOT NULL DEFAULT '{}',
    PRIMARY KEY (chart_id, entity_id)
) STRICT, WITHOUT ROWID;

-- Append-only, hash-chained record of every change; see AuditLog.
CREATE TABLE audit (
    id        INTEGER PRIMARY KEY,
    at        TEXT NOT NULL,
    os_user   TEXT NOT NULL,
    action    TEXT NOT NULL,
    details   TEXT NOT NULL,
    prev_hash TEXT NOT NULL CHECK (length(prev_hash) = 64),
    hash      TEXT NOT NULL CHECK (length(hash) = 64)
) STRICT;

-- Evidence is never changed or removed once stored.
CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;
CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;
CREATE TRIGGER source_content_no_update BEFORE UPDATE ON source_content BEGIN
    SELECT RAISE(ABORT, 'stored originals cannot be changed');
END;
CREATE TRIGGER source_content_no_delete BEFORE DELETE ON source_content BEGIN
    SELECT RAISE(ABORT, 'stored originals cannot be removed');
END;
CREATE TRIGGER sources_identity_fixed
BEFORE UPDATE OF parent_id, name, original_path, size, media_type, sha256, imported_at, imported_by
ON sources BEGIN
    SELECT RAISE(ABORT, 'the identity of a stored source cannot be changed');
END;
CREATE TRIGGER sources_no_delete BEFORE DELETE ON sources BEGIN
    SELECT RAISE(ABORT, 'stored sources cannot be removed');
END;
)sql";

} // namespace threadline::store
