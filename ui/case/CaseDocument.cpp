#include "case/CaseDocument.h"

#include "graph/ChartSession.h"

#include <QFileInfo>

#include <algorithm>

namespace threadline::ui {

Result<std::unique_ptr<CaseDocument>> CaseDocument::wrap(Result<store::CaseStore> store) {
    // The store was opened here to create or check (and migrate) the case; from now on only
    // the worker's connection reads and writes it.
    if (!store)
        return std::unexpected(store.error());
    const QString path = store->path();
    auto worker = StoreWorker::open(path);
    if (!worker)
        return std::unexpected(worker.error());
    return std::unique_ptr<CaseDocument>(new CaseDocument(path, std::move(*worker)));
}

Result<std::unique_ptr<CaseDocument>> CaseDocument::create(const QString& path) {
    return wrap(store::CaseStore::create(path));
}

Result<std::unique_ptr<CaseDocument>> CaseDocument::open(const QString& path) {
    return wrap(store::CaseStore::open(path));
}

CaseDocument::CaseDocument(QString path, std::unique_ptr<StoreWorker> worker)
    : m_path(std::move(path))
    , m_worker(std::move(worker)) {}

CaseDocument::~CaseDocument() {
    // Commands point at the charts: clear them first, then let the worker finish its writes.
    m_undoStack.clear();
    m_worker->waitForIdle();
    m_charts.clear();
}

QString CaseDocument::displayName() const {
    return QFileInfo(path()).completeBaseName();
}

void CaseDocument::setSelection(Selection selection) {
    std::sort(selection.entities.begin(), selection.entities.end());
    selection.entities.erase(std::unique(selection.entities.begin(), selection.entities.end()),
                             selection.entities.end());
    if (selection == m_selection)
        return;
    m_selection = std::move(selection);
    Q_EMIT selectionChanged();
}

void CaseDocument::selectEntities(std::vector<EntityId> entities) {
    setSelection(Selection{std::move(entities), {}, {}});
}

ChartSession* CaseDocument::chart(const QString& name) {
    auto& session = m_charts[name];
    if (!session)
        session = std::make_unique<ChartSession>(*this, name);
    return session.get();
}

void CaseDocument::notifyChanged(const CaseChange& change) {
    Q_EMIT changed(change);
}

void CaseDocument::reportError(const QString& message) {
    Q_EMIT errorOccurred(message);
}

void CaseDocument::reportDone(const QString& message) {
    Q_EMIT workDone(message);
}

QFuture<Result<void>> CaseDocument::saveTableProfile(const QString& name,
                                                     const QJsonObject& profile) {
    return m_worker
        ->run([name, profile](store::CaseStore& store) {
            return store.saveTableProfile(name, profile);
        })
        .then(this, [this](Result<void> saved) {
            if (saved)
                Q_EMIT changed({CaseChange::What::Sources, {}, {}});
            return saved;
        });
}

} // namespace threadline::ui
