#include "ingest/phone/PhoneReportImporter.h"

#include "ingest/IdentifierEntities.h"
#include "ingest/archive/ArchiveImporter.h"
#include "ingest/phone/PhoneReportReader.h"

namespace threadline::ingest {

namespace {

bool isReportXml(const QByteArray& head) {
    return head.contains("<project") && head.contains("pa.cellebrite.com/report");
}

bool isUfdr(const QByteArray& head, const QString& fileName) {
    return head.startsWith("PK\x03\x04") &&
           fileName.endsWith(QLatin1String(".ufdr"), Qt::CaseInsensitive);
}

Result<ImportResult> importReport(const QByteArray& xml, const ImportContext& context) {
    auto report = readPhoneReport(xml);
    if (!report) {
        Error error = report.error();
        error.file = context.fileName;
        return std::unexpected(error);
    }
    ImportResult result;
    PhoneReportReader(context.region, result).read(*report);
    // Numbers, e-mail addresses and payment handles written in messages ("send it to $candy22")
    // become the same entities as the contacts and parties that carry them.
    addMentionedIdentifiers(result, context.region);
    return result;
}

// A .ufdr is a ZIP of report.xml and the files it refers to (photos, databases ...).
Result<ImportResult> importPackage(const QByteArray& bytes, const ImportContext& context) {
    auto members = readArchiveMembers(bytes, context,
                                      [](const QString& name) { return !pathClimbsOut(name); });
    if (!members)
        return std::unexpected(members.error());
    const auto report = members->find(QStringLiteral("report.xml"));
    if (report == members->end())
        return fail(ErrorCode::InvalidArgument, QStringLiteral("the package holds no report.xml"),
                    context.fileName);
    auto result = importReport(report->second, context);
    if (!result)
        return result;
    for (auto& [name, content] : *members)
        if (name != QLatin1String("report.xml"))
            result->children.push_back(
                {name, std::move(content), QJsonObject{{QStringLiteral("member"), name}}});
    return result;
}

} // namespace

int PhoneReportImporter::fitness(const QByteArray& head, const ImportContext& context) const {
    return isReportXml(head) || isUfdr(head, context.fileName) ? 95 : 0;
}

Result<ImportResult> PhoneReportImporter::import(const QByteArray& bytes,
                                                 const ImportContext& context) const {
    return isUfdr(bytes.left(8), context.fileName) ? importPackage(bytes, context)
                                                   : importReport(bytes, context);
}

} // namespace threadline::ingest
