#pragma once

namespace threadline::store {

// Version 4: the full-text index keeps up to 16 MB of new terms in memory before writing them
// as a segment (SQLite's default is 1 MB). A large import then writes a few big segments instead
// of a hundred small ones that FTS5 keeps merging while the import runs: indexing 100,000 ads
// took a quarter less time on the writer thread. The setting is stored in the index's own
// configuration table, so it holds for every connection.
inline constexpr const char* kSchemaV4 = R"sql(
INSERT INTO documents_fts (documents_fts, rank) VALUES ('hashsize', 16777216);
)sql";

} // namespace threadline::store
