#pragma once

namespace threadline::store {

// Version 6: protected identities (victims, minors). An exhibit shows a protected entity only as
// `shown_as` ("Person V-1", initials, the last four digits) and leaves its names, identifiers
// and the words quoted around them out of every file. Protecting and releasing are audited;
// this table holds what is protected now.
inline constexpr const char* kSchemaV6 = R"sql(
CREATE TABLE protected_entities (
    entity_id INTEGER PRIMARY KEY REFERENCES entities(id),
    shown_as  TEXT NOT NULL,
    rule      TEXT NOT NULL,
    analyst   TEXT NOT NULL,
    marked_at TEXT NOT NULL,
    reason    TEXT NOT NULL DEFAULT ''
) STRICT;
)sql";

} // namespace threadline::store
