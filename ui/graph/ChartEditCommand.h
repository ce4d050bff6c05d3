#pragma once

#include "chart/ChartChange.h"

#include <QUndoCommand>

namespace threadline::ui {

class ChartSession;

// One chart edit on the case's undo stack (Tiled's changevalue pattern): redo applies the
// change, undo its inverse; both are saved and audited, as "chart.edited" the first time,
// "chart.redone" and "chart.undone" after.
class ChartEditCommand final : public QUndoCommand {
public:
    ChartEditCommand(ChartSession& session, chart::ChartChange change, const QString& text);

    void redo() override;
    void undo() override;

private:
    ChartSession& m_session;
    chart::ChartChange m_change;
    bool m_done = false;
};

} // namespace threadline::ui
