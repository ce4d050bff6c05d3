#include "importing/AddSourcesJob.h"

#include "store/CaseStore.h"

#include <QFileInfo>
#include <QtConcurrent/QtConcurrentRun>

namespace threadline::ui {

AddSourcesJob::AddSourcesJob(QString casePath, QStringList files, SourceMetadata metadata,
                             QObject* parent)
    : QObject(parent)
    , m_casePath(std::move(casePath))
    , m_files(std::move(files))
    , m_metadata(std::move(metadata)) {
    connect(&m_watcher, &QFutureWatcher<AddSourcesOutcome>::finished, this,
            [this] { Q_EMIT finished(m_watcher.result()); });
}

AddSourcesJob::~AddSourcesJob() {
    cancel();
    m_watcher.waitForFinished();
}

void AddSourcesJob::start() {
    m_watcher.setFuture(QtConcurrent::run([this] { return run(); }));
}

AddSourcesOutcome AddSourcesJob::run() {
    AddSourcesOutcome outcome;
    auto store = store::CaseStore::open(m_casePath);
    if (!store) {
        outcome.errors << store.error().toString();
        return outcome;
    }
    std::int64_t bytesTotal = 0;
    for (const QString& file : m_files)
        bytesTotal += 2 * QFileInfo(file).size(); // every file is read twice: hash, then store
    std::int64_t bytesBefore = 0;
    for (const QString& file : m_files) {
        const QString name = QFileInfo(file).fileName();
        auto added = store->addSource(file, m_metadata, [&](std::int64_t done, std::int64_t) {
            const std::int64_t all = std::max<std::int64_t>(bytesTotal, 1);
            Q_EMIT progress(int(100 * (bytesBefore + done) / all), name);
            return !m_cancelRequested.load();
        });
        bytesBefore += 2 * QFileInfo(file).size();
        if (m_cancelRequested) {
            outcome.cancelled = true;
            break;
        }
        if (!added)
            outcome.errors << added.error().toString();
        else
            ++(added->duplicate ? outcome.duplicates : outcome.added);
    }
    return outcome;
}

} // namespace threadline::ui
