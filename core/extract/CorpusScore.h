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

// Runs extractAll over a labelled corpus (JSON lines: {"id", "region", "text", "labels":
// [{"kind","value"}]}) and counts, per kind, the (kind, value) pairs found and expected in each
// text. Kinds absent from the labels are not scored.
Result<CorpusScore> scoreCorpus(const QString& jsonlPath);

} // namespace threadline::extract
