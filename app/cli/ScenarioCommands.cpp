// threadline-cli scenario and score: synthetic cases for training, and scoring what trainees
// flagged in them against the answer key.
#include "CommandLine.h"
#include "Commands.h"
#include "DefaultImporters.h"
#include "Output.h"
#include "jobs/ImportJob.h"
#include "scenario/ScenarioWriter.h"
#include "scenario/Scoring.h"
#include "util/PlainPdf.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSaveFile>

namespace threadline::cli {

namespace {

int runScenario(const QStringList& arguments);
int runScore(const QStringList& arguments);

const Command kScenario{
    "scenario", "--seed N --size small|medium|large|huge --out DIR [--import CASE]",
    "Write the files of a fictitious trafficking case and its answer key (and import them).",
    runScenario};
const Command kScore{"score", "--case CASE --key answer-key.json [--pdf FILE]",
                     "Score the roles and links a trainee flagged in a case against the answer "
                     "key: precision, recall, and a printable PDF.",
                     runScore};

constexpr const char* kAnswerKey = "answer-key.json";

// Imports every written file but the answer key, into CASE (created when it does not exist).
int importScenario(const QString& casePath, const QString& directory,
                   const scenario::WrittenScenario& written) {
    if (!QFileInfo::exists(casePath))
        if (auto created = store::CaseStore::create(casePath); !created)
            return printError(created.error());
    auto store = openCase(casePath, store::CaseStore::Access::ReadWrite);
    if (!store)
        return kExitFailure;
    QStringList paths;
    for (const QString& file : written.files)
        if (file != QLatin1String(kAnswerKey))
            paths << QDir(directory).filePath(file);
    const ingest::ImporterRegistry registry = app::makeDefaultImporters();
    jobs::ImportOptions options;
    options.metadata.custodian = QStringLiteral("Training scenario");
    ProgressBar bar(QStringLiteral("importing"));
    const jobs::ImportSummary summary =
        jobs::ImportJob(*store, registry, options).run(paths, [&](const QString&, double done) {
            bar.update(std::int64_t(done * 1000), 1000);
            return true;
        });
    bar.update(0, 0);
    for (const jobs::ImportedFile& file : summary.files)
        if (!file.ok)
            printLine(QStringLiteral("FAILED %1: %2").arg(file.name, file.error));
    printLine(QStringLiteral("imported %1 files into %2, %3 failed")
                  .arg(summary.imported())
                  .arg(casePath)
                  .arg(summary.failed()));
    return summary.failed() == 0 ? kExitOk : kExitFailure;
}

int runScenario(const QStringList& arguments) {
    QCommandLineParser parser;
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Any whole number."),
                                  QStringLiteral("N"));
    const QCommandLineOption size(QStringLiteral("size"),
                                  QStringLiteral("small (about 200 ads, 30 people), medium (5k "
                                                 "ads), large (100k), huge (1M)."),
                                  QStringLiteral("SIZE"), QStringLiteral("small"));
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("Folder to write into."),
                                 QStringLiteral("DIR"));
    const QCommandLineOption import(QStringLiteral("import"),
                                    QStringLiteral("Also import the files into this case."),
                                    QStringLiteral("CASE"));
    parser.addOptions({seed, size, out, import});
    if (const auto exit = parseCommandLine(parser, kScenario, arguments, 0, 0))
        return *exit;
    bool isNumber = false;
    const std::uint64_t seedValue = parser.value(seed).toULongLong(&isNumber);
    const auto sizeValue = scenario::scenarioSizeFromString(parser.value(size));
    if (!parser.isSet(seed) || !isNumber || !sizeValue || !parser.isSet(out))
        return printError(QStringLiteral("give --seed as a whole number, --size as small, medium, "
                                         "large or huge, and --out")),
               kExitUsage;
    const QString directory = parser.value(out);
    if (QDir(directory).exists() && !QDir(directory).isEmpty())
        return printError(QStringLiteral("%1: the folder is not empty; choose a new one so no "
                                         "earlier case's files get mixed in")
                              .arg(directory));
    QElapsedTimer clock;
    clock.start();
    const scenario::Scenario world(seedValue, *sizeValue);
    ProgressBar bar(QStringLiteral("writing"));
    auto written = scenario::writeScenario(world, directory, [&](double done) {
        bar.update(std::int64_t(done * 1000), 1000);
        return true;
    });
    bar.update(0, 0);
    if (!written)
        return printError(written.error());
    printLine(QStringLiteral("wrote %1 files (%2 MB) to %3 in %4 s: %5 ads, %6 people in the key; "
                             "the answer key is %7")
                  .arg(written->files.size())
                  .arg(double(written->bytes) / 1e6, 0, 'f', 1)
                  .arg(directory)
                  .arg(double(clock.elapsed()) / 1000, 0, 'f', 1)
                  .arg(world.market().adCount())
                  .arg(world.people().size())
                  .arg(QDir(directory).filePath(QLatin1String(kAnswerKey))));
    return parser.isSet(import) ? importScenario(parser.value(import), directory, *written)
                                : kExitOk;
}

// A report line without its heading mark, table cells padded to columns.
QString forTerminal(const QString& line) {
    QStringList cells =
        (line.startsWith(QLatin1String("# ")) ? line.mid(2) : line).split(QLatin1Char('\t'));
    for (qsizetype cell = 0; cell + 1 < cells.size(); ++cell)
        cells[cell] = cells[cell].leftJustified(cell == 0 ? 14 : 11);
    return cells.join(QString());
}

Result<void> writePdf(const QString& path, const QStringList& lines) {
    PlainPdf pdf(QStringLiteral("Threadline exercise score"));
    pdf.addText(lines);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf.bytes()) < 0 || !file.commit())
        return fail(ErrorCode::Io, file.errorString(), path);
    return {};
}

int runScore(const QStringList& arguments) {
    QCommandLineParser parser;
    const QCommandLineOption casePath(QStringLiteral("case"), QStringLiteral("The trainee's case."),
                                      QStringLiteral("CASE"));
    const QCommandLineOption key(QStringLiteral("key"), QStringLiteral("The answer key."),
                                 QStringLiteral("FILE"));
    const QCommandLineOption pdf(QStringLiteral("pdf"),
                                 QStringLiteral("Also write the report as a PDF."),
                                 QStringLiteral("FILE"));
    parser.addOptions({casePath, key, pdf, jsonOption()});
    if (const auto exit = parseCommandLine(parser, kScore, arguments, 0, 0))
        return *exit;
    if (!parser.isSet(casePath) || !parser.isSet(key))
        return printError(QStringLiteral("give --case and --key")), kExitUsage;
    auto answers = scenario::readAnswerKey(parser.value(key));
    if (!answers)
        return printError(answers.error());
    auto store = openCase(parser.value(casePath), store::CaseStore::Access::ReadOnly);
    if (!store)
        return kExitFailure;
    auto submission = scenario::readSubmission(*store);
    if (!submission)
        return printError(submission.error());
    const scenario::ScoreCard card = scenario::scoreSubmission(*answers, *submission);
    if (parser.isSet(jsonOption())) {
        const auto tally = [](const scenario::Tally& t) {
            return QJsonObject{{QStringLiteral("precision"), t.precision()},
                               {QStringLiteral("recall"), t.recall()},
                               {QStringLiteral("f1"), t.f1()},
                               {QStringLiteral("flagged"), t.flagged},
                               {QStringLiteral("correct"), t.correct},
                               {QStringLiteral("expected"), t.expected}};
        };
        printJson(QJsonObject{{QStringLiteral("score"), card.overall()},
                              {QStringLiteral("roles"), tally(card.roles)},
                              {QStringLiteral("key_players"), tally(card.keyPlayers)},
                              {QStringLiteral("links"), tally(card.links)}});
    } else {
        for (const QString& line :
             scenario::scoreReport(card, QFileInfo(parser.value(casePath)).fileName()))
            printLine(forTerminal(line));
    }
    if (parser.isSet(pdf)) {
        const QStringList lines = scenario::scoreReport(
            card, QFileInfo(parser.value(casePath)).fileName(), std::numeric_limits<int>::max());
        if (auto written = writePdf(parser.value(pdf), lines); !written)
            return printError(written.error());
    }
    return kExitOk;
}

} // namespace

std::span<const Command> scenarioCommands() {
    static const Command commands[] = {kScenario, kScore};
    return commands;
}

} // namespace threadline::cli
