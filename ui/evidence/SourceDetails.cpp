#include "evidence/SourceDetails.h"

#include "store/CaseStore.h"
#include "store/FactStore.h"
#include "tables/CaseTableSpecs.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QJsonObject>
#include <QLocale>
#include <QMessageBox>
#include <QSaveFile>

namespace threadline::ui {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("SourceDetails", text);
}

QString row(const QString& name, const QString& value) {
    return QStringLiteral("<tr><td style='color:#5b6770; padding-right:12px'>%1</td>"
                          "<td>%2</td></tr>")
        .arg(name.toHtmlEscaped(), value.isEmpty() ? QStringLiteral("—") : value.toHtmlEscaped());
}

} // namespace

Result<SourceDetails> readSourceDetails(store::CaseStore& store, SourceId source) {
    auto found = store.source(source);
    if (!found)
        return std::unexpected(found.error());
    auto chain = store.facts().containersOf(source);
    if (!chain)
        return std::unexpected(chain.error());
    return SourceDetails{*found, *chain};
}

QString sourceDetailsHtml(const SourceDetails& details) {
    const Source& source = details.source;
    QString html = QStringLiteral("<h3>%1</h3><table>").arg(source.name.toHtmlEscaped());
    html += row(tr("SHA-256"), source.sha256);
    html += row(tr("Size"), QLocale().formattedDataSize(source.size, 1, QLocale::DataSizeSIFormat) +
                                tr(" (%1 bytes)").arg(QLocale().toString(qlonglong(source.size))));
    html += row(tr("Type"), source.mediaType);
    html += row(tr("Found in"), details.foundIn.join(QStringLiteral(" ‹ ")));
    html += row(tr("Custodian"), source.custodian);
    html += row(tr("Exhibit reference"), source.exhibitRef);
    html += row(tr("Imported"), displayTime(source.importedAt));
    html += row(tr("Imported by"), source.importedBy);
    html += row(tr("Read by"),
                QStringLiteral("%1 %2").arg(source.importer, source.importerVersion).trimmed());
    html += row(tr("Original path"), source.originalPath);
    html += row(tr("Status"), toString(source.status));
    for (const QString& warning : source.warnings)
        html += row(tr("Warning"), warning);
    return html + QStringLiteral("</table>");
}

void showSourceDetails(const SourceDetails& details, QWidget* parent) {
    auto* box = new QMessageBox(QMessageBox::NoIcon, tr("Source Details"),
                                sourceDetailsHtml(details), QMessageBox::Close, parent);
    box->setTextFormat(Qt::RichText);
    box->setTextInteractionFlags(Qt::TextSelectableByMouse);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

Result<QString> saveOriginalCopy(store::CaseStore& store, SourceId source, const QString& path) {
    auto found = store.source(source);
    if (!found)
        return std::unexpected(found.error());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(ErrorCode::Io, QStringLiteral("cannot write: %1").arg(file.errorString()),
                    path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    bool written = true;
    auto read = store.readOriginal(source, [&](const QByteArray& chunk) {
        hash.addData(chunk);
        written = written && file.write(chunk) == chunk.size();
    });
    if (!read)
        return std::unexpected(read.error());
    const QString sha256 = QString::fromLatin1(hash.result().toHex());
    if (!written || sha256 != found->sha256)
        return fail(ErrorCode::Io,
                    QStringLiteral("the copy does not match the original's SHA-256; not saved"),
                    path);
    if (!file.commit())
        return fail(ErrorCode::Io, QStringLiteral("cannot write: %1").arg(file.errorString()),
                    path);
    auto logged = store.recordAction(QStringLiteral("source.copied"),
                                     {{QStringLiteral("source"), qint64(source.value)},
                                      {QStringLiteral("sha256"), sha256},
                                      {QStringLiteral("to"), path}});
    if (!logged)
        return std::unexpected(logged.error());
    return tr("Saved a copy of %1 to %2; its SHA-256 matches the original's.")
        .arg(found->name, path);
}

} // namespace threadline::ui
