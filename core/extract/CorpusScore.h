#pragma once

#include "util/Error.h"

#include <QString>
#include <QStringList>

#include <map>

namespace threadline::extract {

struct KindScore {
    int truePositives = 0;
    int falsePositives = 0;
    int falseNegatives = 0;

    double precision() const;
    double recall() const;
};

struct CorpusScore {
    std::map<QString, KindScore> byKind;
    int texts = 0;
    qint64 characters = 0;
    QStringList misses; // "ad-0012: missed phone +16025550142" / "... extra ...", for tuning
};

struct CorpusOptions {
    // Where the texts of items given by "file" (a path relative to it) are read from: real
    // mail is scored where it lies, in the shared data, not copied into the corpus.
    QString filesRoot;
    // Only these kinds are scored (a corpus of real text labelled for phones only); empty: all.
    QStringList kinds;
};

// Runs extractAll over a labelled corpus (JSON lines: {"id", "region", "text" or "file",
// "labels": [{"kind","value"}]}) and counts, per kind, the (kind, value) pairs found and
// expected in each text.
Result<CorpusScore> scoreCorpus(const QString& jsonlPath, const CorpusOptions& options = {});

} // namespace threadline::extract
