#pragma once

#include "chart/ChartChange.h"
#include "model/Chart.h"
#include "util/Error.h"

#include <vector>

namespace threadline::store {

class Database;

// Whether a chart change is the analyst's edit, or the undo or redo of one: all three are
// written to the audit log, under "chart.edited", "chart.undone" and "chart.redone".
enum class EditKind { Do, Undo, Redo };

// The named charts of a case: the part of CaseStore that the chart views and `threadline-cli
// chart` need. A handle on the case's connection, valid while its CaseStore lives; the same
// threading rules hold (one thread at a time).
class ChartStore {
public:
    explicit ChartStore(Database& database)
        : m_database(database) {}

    Result<std::vector<ChartSummary>> list() const;
    // The chart as saved (NotFound if the case has none of that name).
    Result<Chart> load(const QString& name) const;
    // An empty chart, audited; InvalidArgument if the name is empty or taken.
    Result<void> create(const QString& name);
    // Saves a change made from the chart as saved (see ChartEdits.h), in one transaction with
    // its audit row. Undoing an edit is saving its inverse with EditKind::Undo.
    Result<void> apply(const QString& name, const chart::ChartChange& change,
                       EditKind kind = EditKind::Do);
    // As apply(), logged under `auditAction` with `how` (the layouts of `threadline-cli
    // layout`: "chart.laid-out").
    Result<void> applyAs(const QString& name, const chart::ChartChange& change,
                         const QString& auditAction, const QString& how);

    // Puts the items where `items` says (creating the chart if needed; items not given stay as
    // they were), as one change audited as "chart.laid-out" with `how` ("multilevel layout").
    Result<void> savePositions(const QString& name, const std::vector<ChartItem>& items,
                               const QString& how);

private:
    Database& m_database;
};

} // namespace threadline::store
