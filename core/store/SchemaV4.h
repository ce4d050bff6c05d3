#pragma once

namespace threadline::store {

// Version 4: charts as the analyst edits them. Items can be hidden and drawn inside a group
// (several entities as one node, until ungrouped); a chart's style and viewport are kept in its
// `settings` JSON ({"style": {...}, "viewport": {...}}). Every edit of a chart, and every undo and
// redo of one, is also written to the audit log by ChartStore.
inline constexpr const char* kSchemaV4 = R"sql(
ALTER TABLE chart_items ADD COLUMN hidden INTEGER NOT NULL DEFAULT 0 CHECK (hidden IN (0, 1));
ALTER TABLE chart_items ADD COLUMN group_id INTEGER NOT NULL DEFAULT 0 CHECK (group_id >= 0);

CREATE TABLE chart_groups (
    chart_id INTEGER NOT NULL REFERENCES charts(id) ON DELETE CASCADE,
    group_id INTEGER NOT NULL CHECK (group_id > 0),
    label    TEXT NOT NULL DEFAULT '',
    x        REAL NOT NULL DEFAULT 0,
    y        REAL NOT NULL DEFAULT 0,
    PRIMARY KEY (chart_id, group_id)
) STRICT, WITHOUT ROWID;
)sql";

} // namespace threadline::store
