#pragma once

#include "jobs/ImportJob.h"

#include <QFutureWatcher>
#include <QObject>

#include <atomic>

namespace threadline::ui {

// Runs an import on a worker thread, with its own connection to the case file, so the window
// stays responsive while originals are stored and read. The registry's importers are
// stateless, so the worker shares the application's registry.
class ImportRunner final : public QObject {
    Q_OBJECT

public:
    ImportRunner(QString casePath, const ingest::ImporterRegistry& registry,
                 jobs::ImportOptions options, QObject* parent = nullptr);
    ~ImportRunner() override;

    void start(const QStringList& paths);
    // Stops after the current step; the source being imported stays stored, importable again.
    void cancel() { m_cancelRequested = true; }
    const jobs::ImportSummary& summary() const { return m_summary; }

Q_SIGNALS:
    // Emitted from the worker thread and delivered queued: the file at work and 0..1000 overall.
    void progress(const QString& file, int permille);
    void finished();

private:
    jobs::ImportSummary run(const QStringList& paths);

    QString m_casePath;
    const ingest::ImporterRegistry& m_registry;
    jobs::ImportOptions m_options;
    std::atomic<bool> m_cancelRequested = false;
    jobs::ImportSummary m_summary;
    QFutureWatcher<jobs::ImportSummary> m_watcher;
};

} // namespace threadline::ui
