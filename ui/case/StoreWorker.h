#pragma once

#include "store/CaseStore.h"

#include <QFuture>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>
#include <memory>

namespace threadline::ui {

// Runs store work off the UI thread, one job at a time in the order asked, on a connection of
// its own: a read asked after a write sees it. Views never touch SQL on the UI thread; they
// ask this and take the result with QFuture::then(context, ...).
class StoreWorker {
public:
    // Opens the worker's own connection to the case file (on the calling thread: opening reads
    // only the header).
    static Result<std::unique_ptr<StoreWorker>> open(const QString& path);
    ~StoreWorker(); // waits for the jobs asked so far

    template <typename Job>
    auto run(Job job) -> QFuture<decltype(job(std::declval<store::CaseStore&>()))> {
        return QtConcurrent::run(&m_pool,
                                 [this, job = std::move(job)]() mutable { return job(*m_store); });
    }
    // Blocks until every job asked so far has run (tests, closing a case).
    void waitForIdle();

private:
    explicit StoreWorker(std::unique_ptr<store::CaseStore> store);
    std::unique_ptr<store::CaseStore> m_store;
    QThreadPool m_pool; // one thread: jobs run in order, never two at once
};

} // namespace threadline::ui
