#include "ingest/tabular/CsvImporter.h"

#include "ingest/tabular/CsvReader.h"
#include "ingest/tabular/TableRows.h"
#include "ingest/text/TextDecoding.h"

namespace threadline::ingest {

namespace {

bool hasTableExtension(const QString& fileName) {
    for (const char* extension : {".csv", ".tsv", ".tab"})
        if (fileName.endsWith(QLatin1String(extension), Qt::CaseInsensitive))
            return true;
    return false;
}

// The analyst's profile must name columns the file has; say which one is missing.
std::optional<QString> missingColumn(const TableProfile& profile, const QStringList& header) {
    for (auto it = profile.columns.begin(); it != profile.columns.end(); ++it)
        if (!header.contains(it.value()))
            return QStringLiteral("column '%1' (for %2) of profile '%3' is not in the file; its "
                                  "columns are: %4")
                .arg(it.value(), it.key(), profile.name, header.join(QStringLiteral(", ")));
    return std::nullopt;
}

QString rowText(const QStringList& header, const QStringList& cells) {
    QString text;
    for (qsizetype column = 0; column < cells.size(); ++column) {
        const QString name =
            column < header.size() ? header[column] : QStringLiteral("column %1").arg(column + 1);
        if (!cells[column].trimmed().isEmpty())
            text += name + QStringLiteral(": ") + cells[column].trimmed() + QLatin1Char('\n');
    }
    return text;
}

} // namespace

int CsvImporter::fitness(const QByteArray& head, const ImportContext& context) const {
    if (!looksLikeText(head))
        return 0;
    if (hasTableExtension(context.fileName) || context.mediaType == QLatin1String("text/csv") ||
        context.mediaType == QLatin1String("text/tab-separated-values"))
        return 60;
    return 0;
}

Result<void> addTable(const CsvTable& table, const QString& title, const ImportContext& context,
                      ImportResult& result) {
    if (table.header.isEmpty() || (table.header.size() == 1 && table.header.front().isEmpty()))
        return fail(ErrorCode::InvalidArgument, QStringLiteral("the table is empty"),
                    context.fileName, QStringLiteral("%1, line 1").arg(title));
    const TableProfile profile = context.tableProfile.isEmpty()
                                     ? detectProfile(table.header)
                                     : TableProfile::fromJson(context.tableProfile);
    if (auto missing = missingColumn(profile, table.header))
        return fail(ErrorCode::InvalidArgument, *missing, context.fileName,
                    QStringLiteral("%1, line 1").arg(title));

    TableRows rows(profile, table.header, context.region, result);
    int rowNumber = 0;
    for (const CsvRow& row : table.rows) {
        ++rowNumber;
        if (row.cells.size() != table.header.size())
            result.warnings << QStringLiteral("%1, line %2: %3 cells where the header has %4")
                                   .arg(title)
                                   .arg(row.line)
                                   .arg(row.cells.size())
                                   .arg(table.header.size());
        const int document =
            result.addDocument({QStringLiteral("row"),
                                QStringLiteral("%1, row %2").arg(title).arg(rowNumber),
                                rowText(table.header, row.cells),
                                {},
                                {},
                                QJsonObject{{QStringLiteral("table"), title},
                                            {QStringLiteral("row"), rowNumber},
                                            {QStringLiteral("line"), row.line},
                                            {QStringLiteral("profile"), profile.name},
                                            {QStringLiteral("kind"), toString(profile.kind)}}});
        rows.add(row, rowNumber, document);
        if (rowNumber % 1000 == 0 &&
            context.cancelled(double(rowNumber) / double(table.rows.size())))
            return fail(ErrorCode::Cancelled, QStringLiteral("cancelled"), context.fileName);
    }
    return {};
}

Result<ImportResult> CsvImporter::import(const QByteArray& bytes,
                                         const ImportContext& context) const {
    ImportResult result;
    if (auto added = addTable(readCsv(decodeText(bytes).text), context.fileName, context, result);
        !added)
        return std::unexpected(added.error());
    return result;
}

} // namespace threadline::ingest
