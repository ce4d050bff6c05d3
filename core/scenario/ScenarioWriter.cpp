#include "scenario/ScenarioWriter.h"

#include "scenario/AnswerKey.h"

#include <QJsonDocument>
#include <QSaveFile>

namespace threadline::scenario {

FileSink::FileSink(QDir root, WrittenScenario& written)
    : m_root(std::move(root))
    , m_written(written) {}

Result<void> FileSink::write(const QString& relativePath, const QByteArray& bytes) {
    auto file = open(relativePath);
    if (!file)
        return std::unexpected(file.error());
    if ((*file)->write(bytes) != bytes.size())
        return fail(ErrorCode::Io, (*file)->errorString(), (*file)->fileName());
    return commit(**file, relativePath);
}

Result<std::unique_ptr<QSaveFile>> FileSink::open(const QString& relativePath) {
    const QString path = m_root.filePath(relativePath);
    if (!m_root.mkpath(QFileInfo(path).path()))
        return fail(ErrorCode::Io, QStringLiteral("cannot create the folder"),
                    QFileInfo(path).path());
    auto file = std::make_unique<QSaveFile>(path);
    if (!file->open(QIODevice::WriteOnly))
        return fail(ErrorCode::Io, file->errorString(), path);
    return file;
}

Result<void> FileSink::commit(QSaveFile& file, const QString& relativePath) {
    const qint64 size = file.size();
    if (!file.commit())
        return fail(ErrorCode::Io, file.errorString(), file.fileName());
    m_written.files << relativePath;
    m_written.bytes += size;
    return {};
}

Result<WrittenScenario> writeScenario(const Scenario& scenario, const QString& directory,
                                      const WriteProgress& progress) {
    WrittenScenario written;
    QDir root(directory);
    if (!root.mkpath(QStringLiteral(".")))
        return fail(ErrorCode::Io, QStringLiteral("cannot create the folder"), directory);
    FileSink sink(root, written);
    // The ads are nearly all the work; the rest is a few dozen small files.
    const auto adsProgress = [&](double fraction) {
        return !progress || progress(0.95 * fraction);
    };
    for (const auto& step : std::initializer_list<std::function<Result<void>()>>{
             [&] { return writeAds(scenario, sink, adsProgress); },
             [&] { return writePhones(scenario, sink); },
             [&] { return writeMoney(scenario, sink); },
             [&] { return writePapers(scenario, sink); }, [&] { return writeMail(scenario, sink); },
             [&] {
                 return sink.write(QStringLiteral("answer-key.json"),
                                   QJsonDocument(answerKeyJson(scenario)).toJson());
             }}) {
        if (auto done = step(); !done)
            return std::unexpected(done.error());
    }
    if (progress)
        progress(1.0);
    return written;
}

} // namespace threadline::scenario
