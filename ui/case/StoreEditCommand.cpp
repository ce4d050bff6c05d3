#include "case/StoreEditCommand.h"

namespace threadline::ui {

StoreEditCommand::StoreEditCommand(CaseDocument& document, const QString& text, Step redo,
                                   Step undo, CaseChange change, QUndoCommand* parent)
    : QUndoCommand(text, parent)
    , m_document(&document)
    , m_redo(std::move(redo))
    , m_undo(std::move(undo))
    , m_change(std::move(change)) {}

void StoreEditCommand::redo() {
    run(m_redo);
}

void StoreEditCommand::undo() {
    run(m_undo);
}

void StoreEditCommand::run(const Step& step) {
    CaseDocument* document = m_document;
    if (!document)
        return;
    const QString text = this->text();
    document->worker()
        .run([step](store::CaseStore& store) { return step(store); })
        .then(document, [document, text, change = m_change](Result<void> done) {
            if (!done)
                document->reportError(
                    QObject::tr("%1 failed: %2").arg(text, done.error().toString()));
            document->notifyChanged(change);
        });
}

} // namespace threadline::ui
