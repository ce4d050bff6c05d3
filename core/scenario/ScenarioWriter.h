#pragma once

#include "scenario/Scenario.h"
#include "util/Error.h"

#include <QDir>
#include <QSaveFile>
#include <QStringList>

#include <functional>
#include <memory>

namespace threadline::scenario {

// Fraction of the files written so far; returning false cancels.
using WriteProgress = std::function<bool(double fraction)>;

struct WrittenScenario {
    QStringList files; // relative to the output folder, in the order written
    qint64 bytes = 0;
};

// Where the writers put their files: under one folder, each file written whole or not at all,
// each recorded for the summary.
class FileSink {
public:
    FileSink(QDir root, WrittenScenario& written);

    Result<void> write(const QString& relativePath, const QByteArray& bytes);
    // For files written piece by piece: open, write to it, then commit.
    Result<std::unique_ptr<QSaveFile>> open(const QString& relativePath);
    Result<void> commit(QSaveFile& file, const QString& relativePath);

private:
    QDir m_root;
    WrittenScenario& m_written;
};

// Writes every file of the case into `directory` (created if need be), as the importers expect
// them, and answer-key.json beside them:
//   ads/scraped/<site>.jsonl, ads/saved-pages/*.html  the ad market, scraped and saved by hand
//   phones/<ring>-<owner>/report.xml, calls.csv, contacts.csv  seized phones
//   money/*.csv                                      payment-app and bank exports
//   papers/*.pdf                                     hotel receipts (one a scan), a lease
//   mail/<owner>.mbox                                a seized mailbox
Result<WrittenScenario> writeScenario(const Scenario& scenario, const QString& directory,
                                      const WriteProgress& progress = {});

// The writers writeScenario() runs, one per kind of material.
Result<void> writeAds(const Scenario& scenario, FileSink& sink, const WriteProgress& progress);
Result<void> writePhones(const Scenario& scenario, FileSink& sink);
Result<void> writeMoney(const Scenario& scenario, FileSink& sink);
Result<void> writePapers(const Scenario& scenario, FileSink& sink);
Result<void> writeMail(const Scenario& scenario, FileSink& sink);

} // namespace threadline::scenario
