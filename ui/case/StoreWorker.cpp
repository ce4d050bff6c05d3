#include "case/StoreWorker.h"

namespace threadline::ui {

Result<std::unique_ptr<StoreWorker>> StoreWorker::open(const QString& path) {
    auto store = store::CaseStore::open(path);
    if (!store)
        return std::unexpected(store.error());
    return std::unique_ptr<StoreWorker>(
        new StoreWorker(std::make_unique<store::CaseStore>(std::move(*store))));
}

StoreWorker::StoreWorker(std::unique_ptr<store::CaseStore> store)
    : m_store(std::move(store)) {
    m_pool.setMaxThreadCount(1);
    m_pool.setExpiryTimeout(-1); // keep the one thread: the connection stays on it
}

StoreWorker::~StoreWorker() {
    m_pool.waitForDone();
}

void StoreWorker::waitForIdle() {
    m_pool.waitForDone();
}

} // namespace threadline::ui
