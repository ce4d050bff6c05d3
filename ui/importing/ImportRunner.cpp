#include "importing/ImportRunner.h"

#include <QtConcurrent/QtConcurrentRun>

namespace threadline::ui {

ImportRunner::ImportRunner(QString casePath, const ingest::ImporterRegistry& registry,
                           jobs::ImportOptions options, QObject* parent)
    : QObject(parent)
    , m_casePath(std::move(casePath))
    , m_registry(registry)
    , m_options(std::move(options)) {
    connect(&m_watcher, &QFutureWatcher<jobs::ImportSummary>::finished, this, [this] {
        m_summary = m_watcher.result();
        Q_EMIT finished();
    });
}

ImportRunner::~ImportRunner() {
    cancel();
    m_watcher.waitForFinished();
}

void ImportRunner::start(const QStringList& paths) {
    m_watcher.setFuture(QtConcurrent::run([this, paths] { return run(paths); }));
}

jobs::ImportSummary ImportRunner::run(const QStringList& paths) {
    auto store = store::CaseStore::open(m_casePath);
    if (!store) {
        jobs::ImportSummary failed;
        jobs::ImportedFile file;
        file.name = m_casePath;
        file.error = store.error().toString();
        failed.files.push_back(file);
        return failed;
    }
    return jobs::ImportJob(*store, m_registry, m_options)
        .run(paths, [this](const QString& file, double fraction) {
            Q_EMIT progress(file, int(fraction * 1000));
            return !m_cancelRequested.load();
        });
}

} // namespace threadline::ui
