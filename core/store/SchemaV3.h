#pragma once

namespace threadline::store {

// Version 3: roles an analyst or trainee assigns to entities (victim, controller, ...), which
// the scoring of training cases and the workspace read. Marking and unmarking are also written
// to the audit log; this table holds what is marked now. Role names are checked by CaseStore,
// which can say which ones exist.
inline constexpr const char* kSchemaV3 = R"sql(
CREATE TABLE entity_roles (
    entity_id INTEGER NOT NULL REFERENCES entities(id),
    role      TEXT NOT NULL,
    analyst   TEXT NOT NULL,
    marked_at TEXT NOT NULL,
    reason    TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (entity_id, role)
) STRICT, WITHOUT ROWID;
)sql";

} // namespace threadline::store
