// Checking an exhibit package against its manifest, and against the case it came from.
#include "exhibit/ExhibitPackage.h"
#include "exhibit/PackageFiles.h"
#include "util/Sha256.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace threadline::exhibit {

namespace {

// The package's files by name, from its folder or its zip.
Result<QHash<QString, QByteArray>> packageFiles(const QString& package) {
    const QFileInfo info(package);
    if (!info.exists())
        return fail(ErrorCode::NotFound, QStringLiteral("no such exhibit"), package);
    if (info.isFile())
        return readZip(package);
    QHash<QString, QByteArray> files;
    const QDir dir(package);
    for (const QString& name : dir.entryList(QDir::Files | QDir::Hidden, QDir::Name)) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            return fail(ErrorCode::Io, QStringLiteral("cannot read the file"), file.fileName());
        files.insert(name, file.readAll());
    }
    return files;
}

void checkFiles(const QJsonObject& manifest, const QHash<QString, QByteArray>& files,
                ExhibitCheck& check) {
    QSet<QString> listed{QStringLiteral("manifest.json")};
    for (const QJsonValue& value : manifest.value(QStringLiteral("files")).toArray()) {
        const QJsonObject entry = value.toObject();
        const QString name = entry.value(QStringLiteral("name")).toString();
        listed.insert(name);
        ++check.filesChecked;
        const auto file = files.constFind(name);
        if (file == files.constEnd()) {
            check.problems << QStringLiteral("%1: missing").arg(name);
            continue;
        }
        if (Sha256::hexOf(*file) != entry.value(QStringLiteral("sha256")).toString())
            check.problems
                << QStringLiteral("%1: changed (its SHA-256 is not the manifest's)").arg(name);
    }
    for (auto file = files.constBegin(); file != files.constEnd(); ++file)
        if (!listed.contains(file.key()))
            check.problems << QStringLiteral("%1: not in the manifest (added)").arg(file.key());
}

Result<void> checkAgainstCase(const QJsonObject& manifest, const store::CaseStore& store,
                              ExhibitCheck& check) {
    for (const QJsonValue& value : manifest.value(QStringLiteral("cited_sources")).toArray()) {
        const QJsonObject cited = value.toObject();
        const QString sha256 = cited.value(QStringLiteral("sha256")).toString();
        auto source = store.sourceBySha256(sha256);
        if (!source)
            return std::unexpected(source.error());
        ++check.sourcesChecked;
        if (!*source)
            check.problems << QStringLiteral("manifest.json: cites %1 (SHA-256 %2), which the "
                                             "case does not hold")
                                  .arg(cited.value(QStringLiteral("name")).toString(), sha256);
    }
    const QJsonObject caseInfo = manifest.value(QStringLiteral("case")).toObject();
    auto log = store.auditLog();
    if (!log)
        return std::unexpected(log.error());
    const QString head = caseInfo.value(QStringLiteral("audit_head")).toString();
    const bool sameCase =
        !log->empty() && log->front().hash == caseInfo.value(QStringLiteral("id")).toString();
    const bool headFound = std::any_of(log->begin(), log->end(),
                                       [&](const AuditEntry& entry) { return entry.hash == head; });
    if (!sameCase)
        check.problems << QStringLiteral("manifest.json: made from another case (case id %1)")
                              .arg(caseInfo.value(QStringLiteral("id")).toString());
    else if (!headFound)
        check.problems << QStringLiteral("manifest.json: the audit entry %1 it names is not in "
                                         "the case's chain")
                              .arg(head);
    return {};
}

} // namespace

Result<ExhibitCheck> verifyExhibit(const QString& package, const store::CaseStore* store) {
    auto files = packageFiles(package);
    if (!files)
        return std::unexpected(files.error());
    const auto manifestBytes = files->constFind(QStringLiteral("manifest.json"));
    if (manifestBytes == files->constEnd())
        return fail(ErrorCode::InvalidArgument, QStringLiteral("no manifest.json: not an exhibit"),
                    package);
    QJsonParseError parsed;
    const QJsonDocument manifest = QJsonDocument::fromJson(*manifestBytes, &parsed);
    if (parsed.error != QJsonParseError::NoError || !manifest.isObject() ||
        manifest.object().value(QStringLiteral("format")).toString() !=
            QLatin1String("threadline-exhibit"))
        return fail(ErrorCode::InvalidArgument,
                    QStringLiteral("manifest.json is not a Threadline exhibit manifest"), package);
    ExhibitCheck check;
    checkFiles(manifest.object(), *files, check);
    if (store)
        if (auto checked = checkAgainstCase(manifest.object(), *store, check); !checked)
            return std::unexpected(checked.error());
    return check;
}

} // namespace threadline::exhibit
