#include "graph/ChartEditCommand.h"

#include "graph/ChartSession.h"

namespace threadline::ui {

ChartEditCommand::ChartEditCommand(ChartSession& session, chart::ChartChange change,
                                   const QString& text)
    : QUndoCommand(text)
    , m_session(session)
    , m_change(std::move(change)) {}

void ChartEditCommand::redo() {
    m_session.applyChange(m_change, m_done ? store::EditKind::Redo : store::EditKind::Do);
    m_done = true;
}

void ChartEditCommand::undo() {
    m_session.applyChange(m_change.inverse(), store::EditKind::Undo);
}

} // namespace threadline::ui
