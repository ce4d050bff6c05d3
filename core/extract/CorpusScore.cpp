#include "extract/CorpusScore.h"

#include "extract/Extractors.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace threadline::extract {

double KindScore::precision() const {
    const int found = truePositives + falsePositives;
    return found == 0 ? 1.0 : double(truePositives) / found;
}

double KindScore::recall() const {
    const int expected = truePositives + falseNegatives;
    return expected == 0 ? 1.0 : double(truePositives) / expected;
}

namespace {

void scoreText(const QJsonObject& ad, const QString& text, const QStringList& kinds,
               CorpusScore& score) {
    QStringList expected;
    for (const QJsonValue& label : ad.value(QStringLiteral("labels")).toArray())
        expected << label[QStringLiteral("kind")].toString() + QLatin1Char('\t') +
                        label[QStringLiteral("value")].toString();
    QStringList found;
    for (const Match& match : extractAll(text, ad.value(QStringLiteral("region")).toString()))
        if (kinds.isEmpty() || kinds.contains(match.kind))
            found << match.kind + QLatin1Char('\t') + match.value;
    // What a text gives, not how often it repeats it: a number written twice is one number.
    found.removeDuplicates();
    expected.removeDuplicates();
    const QString id = ad.value(QStringLiteral("id")).toString();
    for (const QString& pair : found) {
        KindScore& kind = score.byKind[pair.section(QLatin1Char('\t'), 0, 0)];
        if (expected.removeOne(pair)) {
            ++kind.truePositives;
        } else {
            ++kind.falsePositives;
            score.misses << QStringLiteral("%1: extra %2")
                                .arg(id,
                                     QString(pair).replace(QLatin1Char('\t'), QLatin1Char(' ')));
        }
    }
    for (const QString& pair : expected) {
        ++score.byKind[pair.section(QLatin1Char('\t'), 0, 0)].falseNegatives;
        score.misses << QStringLiteral("%1: missed %2")
                            .arg(id, QString(pair).replace(QLatin1Char('\t'), QLatin1Char(' ')));
    }
    ++score.texts;
    score.characters += text.size();
}

// The item's text, or that of the file it names under `filesRoot`.
Result<QString> itemText(const QJsonObject& ad, const QString& filesRoot) {
    const QString file = ad.value(QStringLiteral("file")).toString();
    if (file.isEmpty())
        return ad.value(QStringLiteral("text")).toString();
    QFile text(filesRoot + QLatin1Char('/') + file);
    if (!text.open(QIODevice::ReadOnly))
        return fail(ErrorCode::NotFound, QStringLiteral("cannot read the labelled text"),
                    text.fileName());
    return QString::fromUtf8(text.readAll());
}

} // namespace

Result<CorpusScore> scoreCorpus(const QString& jsonlPath, const CorpusOptions& options) {
    QFile file(jsonlPath);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::NotFound, QStringLiteral("cannot read the corpus"), jsonlPath);
    CorpusScore score;
    int line = 0;
    while (!file.atEnd()) {
        ++line;
        const QByteArray row = file.readLine().trimmed();
        if (row.isEmpty())
            continue;
        QJsonParseError error;
        const QJsonDocument ad = QJsonDocument::fromJson(row, &error);
        if (error.error != QJsonParseError::NoError)
            return fail(ErrorCode::InvalidArgument, error.errorString(), jsonlPath,
                        QStringLiteral("line %1").arg(line));
        const auto text = itemText(ad.object(), options.filesRoot);
        if (!text)
            return fail(text.error().code, text.error().message, jsonlPath,
                        QStringLiteral("line %1: %2").arg(line).arg(text.error().file));
        scoreText(ad.object(), *text, options.kinds, score);
    }
    return score;
}

} // namespace threadline::extract
