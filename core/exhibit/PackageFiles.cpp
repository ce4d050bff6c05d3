#include "exhibit/PackageFiles.h"

#include "util/Sha256.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>

#include <archive.h>
#include <archive_entry.h>
#include <memory>

namespace threadline::exhibit {

namespace {

QString quoted(const QString& cell) {
    QString text = neutralisedCell(cell);
    text.replace(u'"', QStringLiteral("\"\""));
    return u'"' + text + u'"';
}

using ArchivePtr = std::unique_ptr<archive, int (*)(archive*)>;

} // namespace

QString neutralisedCell(const QString& text) {
    static const QString risky = QStringLiteral("=+-@\t\r");
    return !text.isEmpty() && risky.contains(text.front()) ? u'\'' + text : text;
}

QByteArray itemsCsv(const ExhibitModel& model) {
    QStringList lines{QStringLiteral(
        "ref,kind,type,name,from,to,protected,evidence,first_source,first_sha256,first_place")};
    for (const ShownItem& item : model.items) {
        const CitedEvidence first = item.evidence.empty() ? CitedEvidence{} : item.evidence.front();
        lines << QStringList{quoted(item.ref),
                             quoted(item.isLink ? QStringLiteral("link")
                                                : QStringLiteral("entity")),
                             quoted(item.type),
                             quoted(item.name),
                             quoted(item.fromRef),
                             quoted(item.toRef),
                             quoted(item.isProtected ? QStringLiteral("yes")
                                                     : QStringLiteral("no")),
                             quoted(QString::number(item.evidenceTotal)),
                             quoted(first.sourceName),
                             quoted(first.sha256),
                             quoted(first.place)}
                     .join(u',');
    }
    return (lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n")).toUtf8();
}

Result<QJsonObject> manifestOf(const QString& folder, const ExhibitModel& model) {
    QJsonArray files;
    const QDir dir(folder);
    for (const QString& name : dir.entryList(QDir::Files, QDir::Name)) {
        if (name == QLatin1String("manifest.json"))
            continue;
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            return fail(ErrorCode::Io, QStringLiteral("cannot read %1").arg(name), file.fileName());
        const QByteArray bytes = file.readAll();
        files.append(QJsonObject{{QStringLiteral("name"), name},
                                 {QStringLiteral("sha256"), Sha256::hexOf(bytes)},
                                 {QStringLiteral("bytes"), qint64(bytes.size())}});
    }
    QJsonArray sources;
    for (const Source& source : model.sources)
        sources.append(QJsonObject{{QStringLiteral("name"), source.name},
                                   {QStringLiteral("sha256"), source.sha256}});
    const ExhibitHeader& header = model.header;
    return QJsonObject{{QStringLiteral("format"), QStringLiteral("threadline-exhibit")},
                       {QStringLiteral("version"), 1},
                       {QStringLiteral("exhibit"), header.number},
                       {QStringLiteral("chart"), header.chart},
                       {QStringLiteral("prepared_by"), header.preparedBy},
                       {QStringLiteral("case"),
                        QJsonObject{{QStringLiteral("name"), header.caseName},
                                    {QStringLiteral("id"), header.caseId},
                                    {QStringLiteral("audit_head"), header.auditHead},
                                    {QStringLiteral("audit_head_at"), header.auditHeadAt}}},
                       {QStringLiteral("files"), files},
                       {QStringLiteral("cited_sources"), sources}};
}

Result<void> stampPdfTime(const QString& path, const QString& isoUtc) {
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite))
        return fail(ErrorCode::Io, QStringLiteral("cannot open the PDF written"), path);
    QByteArray bytes = file.readAll();
    const QByteArray stamp =
        "D:" +
        QDateTime::fromString(isoUtc, Qt::ISODate).toUTC().toString(u"yyyyMMddHHmmss").toLatin1() +
        'Z';
    static const QRegularExpression written(QStringLiteral("/CreationDate \\(D:[0-9]{14}Z\\)"));
    const auto found = written.match(QString::fromLatin1(bytes.left(4096)));
    if (!found.hasMatch() || stamp.size() != 17)
        return fail(ErrorCode::Io, QStringLiteral("the PDF writer's date was not where expected"),
                    path);
    bytes.replace(found.capturedStart() + 15, 17, stamp);
    file.seek(0);
    if (file.write(bytes) != bytes.size())
        return fail(ErrorCode::Io, QStringLiteral("cannot rewrite the PDF"), path);
    return {};
}

Result<void> zipFolder(const QString& folder, const QString& zipPath, const QString& isoUtc) {
    ArchivePtr zip(archive_write_new(), archive_write_free);
    archive_write_set_format_zip(zip.get());
    if (archive_write_open_filename(zip.get(), QFile::encodeName(zipPath).constData()) !=
        ARCHIVE_OK)
        return fail(ErrorCode::Io, QString::fromUtf8(archive_error_string(zip.get())), zipPath);
    const std::int64_t when = QDateTime::fromString(isoUtc, Qt::ISODate).toSecsSinceEpoch();
    const QDir dir(folder);
    for (const QString& name : dir.entryList(QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            return fail(ErrorCode::Io, QStringLiteral("cannot read %1").arg(name), file.fileName());
        const QByteArray bytes = file.readAll();
        std::unique_ptr<archive_entry, void (*)(archive_entry*)> entry(archive_entry_new(),
                                                                       archive_entry_free);
        archive_entry_set_pathname_utf8(entry.get(), name.toUtf8().constData());
        archive_entry_set_size(entry.get(), bytes.size());
        archive_entry_set_filetype(entry.get(), AE_IFREG);
        archive_entry_set_perm(entry.get(), 0644);
        archive_entry_set_mtime(entry.get(), when, 0);
        if (archive_write_header(zip.get(), entry.get()) != ARCHIVE_OK ||
            archive_write_data(zip.get(), bytes.constData(), std::size_t(bytes.size())) < 0)
            return fail(ErrorCode::Io, QString::fromUtf8(archive_error_string(zip.get())), zipPath);
    }
    if (archive_write_close(zip.get()) != ARCHIVE_OK)
        return fail(ErrorCode::Io, QString::fromUtf8(archive_error_string(zip.get())), zipPath);
    return {};
}

Result<QHash<QString, QByteArray>> readZip(const QString& zipPath) {
    ArchivePtr zip(archive_read_new(), archive_read_free);
    archive_read_support_format_zip(zip.get());
    if (archive_read_open_filename(zip.get(), QFile::encodeName(zipPath).constData(), 65536) !=
        ARCHIVE_OK)
        return fail(ErrorCode::Io, QString::fromUtf8(archive_error_string(zip.get())), zipPath);
    QHash<QString, QByteArray> files;
    archive_entry* entry = nullptr;
    while (archive_read_next_header(zip.get(), &entry) == ARCHIVE_OK) {
        QByteArray bytes;
        char buffer[65536];
        for (la_ssize_t read; (read = archive_read_data(zip.get(), buffer, sizeof buffer)) > 0;)
            bytes.append(buffer, read);
        files.insert(QString::fromUtf8(archive_entry_pathname_utf8(entry)), bytes);
    }
    return files;
}

} // namespace threadline::exhibit
