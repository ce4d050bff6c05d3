#pragma once

namespace threadline::store {

// Version 5: the orders the window's tables sort by, as indexes, so a case of a million
// entities opens a table sorted by label in milliseconds and re-sorts in well under a second;
// and search's lookups of a label, of an identifier value whatever its kind, and of what a
// document asserts.
inline constexpr const char* kSchemaV5 = R"sql(
CREATE INDEX entities_label ON entities(label COLLATE NOCASE, id);
CREATE INDEX entities_type_label ON entities(type, label COLLATE NOCASE, id);
-- ... which serves every lookup by type too: one index fewer to write on every import.
DROP INDEX entities_type;
-- Counts of live entities, in all and by type (a table's heading and its facet), are the
-- counts of all minus those of the few merged into another, which this small index holds. It
-- is partial so that no query for live entities is ever planned through it.
CREATE INDEX entities_merged ON entities(type) WHERE merged_into IS NOT NULL;
CREATE INDEX events_type_time ON events(type, occurred_at, id);
CREATE INDEX events_link ON events(link_id);
CREATE INDEX entity_roles_role ON entity_roles(role, entity_id);
CREATE INDEX identifiers_value ON identifiers(value);
CREATE INDEX assertions_document ON assertions(document_id);
)sql";

} // namespace threadline::store
