#pragma once

#include "case/CaseDocument.h"

#include <QPointer>
#include <QUndoCommand>

#include <functional>

namespace threadline::ui {

// An edit of the case's facts (a role marked, a link drawn, two entities merged) on the case's
// undo stack: redo and undo each run one store call on the document's worker, in order with
// every other job, and the store audits both. When a step fails the window is told and the
// views are refreshed from the store, so nothing shows what the case does not hold.
class StoreEditCommand final : public QUndoCommand {
public:
    using Step = std::function<Result<void>(store::CaseStore&)>;

    StoreEditCommand(CaseDocument& document, const QString& text, Step redo, Step undo,
                     CaseChange change, QUndoCommand* parent = nullptr);

    void redo() override;
    void undo() override;

private:
    void run(const Step& step);

    QPointer<CaseDocument> m_document;
    Step m_redo;
    Step m_undo;
    CaseChange m_change;
};

} // namespace threadline::ui
