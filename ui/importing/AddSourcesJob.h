#pragma once

#include "model/Source.h"

#include <QFutureWatcher>
#include <QObject>
#include <QStringList>

#include <atomic>

namespace threadline::ui {

// What an AddSourcesJob did, file by file.
struct AddSourcesOutcome {
    int added = 0;
    int duplicates = 0;
    QStringList errors; // one line per file that could not be added
    bool cancelled = false;
};

// Stores files in a case on a worker thread, with its own connection to the case file, so the
// window stays responsive while large originals are hashed and copied in.
class AddSourcesJob final : public QObject {
    Q_OBJECT

public:
    AddSourcesJob(QString casePath, QStringList files, SourceMetadata metadata,
                  QObject* parent = nullptr);
    ~AddSourcesJob() override;

    void start();
    // Asks the worker to stop; the file being stored is rolled back, earlier ones stay.
    void cancel() { m_cancelRequested = true; }

Q_SIGNALS:
    // `percent` covers all files; emitted from the worker thread, delivered queued.
    void progress(int percent, const QString& fileName);
    void finished(const threadline::ui::AddSourcesOutcome& outcome);

private:
    AddSourcesOutcome run();

    QString m_casePath;
    QStringList m_files;
    SourceMetadata m_metadata;
    std::atomic<bool> m_cancelRequested = false;
    QFutureWatcher<AddSourcesOutcome> m_watcher;
};

} // namespace threadline::ui
