#include "ingest/tabular/CsvImporter.h"

#include "ingest/tabular/CsvReader.h"
#include "ingest/tabular/TableRows.h"
#include "ingest/text/TextDecoding.h"

namespace threadline::ingest {

namespace {

// A part of a table read in parts: whole rows, at most this many bytes (or a quarter of the
// limit for one file, when lower, so that tests with a small limit read several parts).
constexpr qint64 kTablePartBytes = 8 << 20;

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

// A part of a table read a part at a time: where its rows start in the whole file, and what
// fraction of the file it spans (for progress).
struct TablePlace {
    int rowsBefore = 0;
    double from = 0;
    double to = 1;
};

// The profile the table is read by: the analyst's, or one recognised from its header.
Result<TableProfile> profileFor(const QStringList& header, const QString& title,
                                const ImportContext& context) {
    if (header.isEmpty() || (header.size() == 1 && header.front().isEmpty()))
        return fail(ErrorCode::InvalidArgument, QStringLiteral("the table is empty"),
                    context.fileName, QStringLiteral("%1, line 1").arg(title));
    const TableProfile profile = context.tableProfile.isEmpty()
                                     ? detectProfile(header)
                                     : TableProfile::fromJson(context.tableProfile);
    if (auto missing = missingColumn(profile, header))
        return fail(ErrorCode::InvalidArgument, *missing, context.fileName,
                    QStringLiteral("%1, line 1").arg(title));
    return profile;
}

Result<void> addRows(const std::vector<CsvRow>& tableRows, const QStringList& header,
                     const TableProfile& profile, const QString& title, TablePlace place,
                     const ImportContext& context, ImportResult& result) {
    TableRows rows(profile, header, context.region, result);
    int rowNumber = place.rowsBefore;
    for (const CsvRow& row : tableRows) {
        ++rowNumber;
        if (row.cells.size() != header.size())
            result.warnings << QStringLiteral("%1, line %2: %3 cells where the header has %4")
                                   .arg(title)
                                   .arg(row.line)
                                   .arg(row.cells.size())
                                   .arg(header.size());
        const int document =
            result.addDocument({QStringLiteral("row"),
                                QStringLiteral("%1, row %2").arg(title).arg(rowNumber),
                                rowText(header, row.cells),
                                {},
                                {},
                                QJsonObject{{QStringLiteral("table"), title},
                                            {QStringLiteral("row"), rowNumber},
                                            {QStringLiteral("line"), row.line},
                                            {QStringLiteral("profile"), profile.name},
                                            {QStringLiteral("kind"), toString(profile.kind)}}});
        rows.add(row, rowNumber, document);
        const double done = double(rowNumber - place.rowsBefore) / double(tableRows.size());
        if (rowNumber % 1000 == 0 && context.cancelled(place.from + (place.to - place.from) * done))
            return fail(ErrorCode::Cancelled, QStringLiteral("cancelled"), context.fileName);
    }
    return {};
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
    auto profile = profileFor(table.header, title, context);
    if (!profile)
        return std::unexpected(profile.error());
    return addRows(table.rows, table.header, *profile, title, {}, context, result);
}

Result<ImportResult> CsvImporter::import(const QByteArray& bytes,
                                         const ImportContext& context) const {
    ImportResult result;
    if (auto added = addTable(readCsv(decodeText(bytes).text), context.fileName, context, result);
        !added)
        return std::unexpected(added.error());
    return result;
}

bool CsvImporter::readsInParts(const QByteArray& head) const {
    return looksLikeText(head) && !decodeText(head).encoding.startsWith(QLatin1String("UTF-16"));
}

// A table of millions of rows (a year of call records) a part of whole rows at a time, each
// written while the next is read: the header and profile come from the first part.
Result<ImportResult> CsvImporter::importInParts(QIODevice& device,
                                                const ImportContext& context) const {
    const qint64 partBytes = std::min<qint64>(kTablePartBytes, context.limits.maxBytes / 4 + 1);
    const double total = double(std::max<qint64>(device.size(), 1));
    ImportResult left; // the warnings
    QStringList header;
    TableProfile profile;
    char delimiter = 0;
    int linesBefore = 0;
    qint64 bytesBefore = 0;
    TablePlace place;
    QByteArray pending;
    for (bool end = false; !end;) {
        pending += device.read(partBytes);
        end = device.atEnd();
        const qsizetype headerEnd = pending.indexOf('\n');
        if (!delimiter && (headerEnd >= 0 || end)) // the header line whole, to count its delimiters
            delimiter = detectDelimiter(
                QByteArrayView(pending).first(headerEnd >= 0 ? headerEnd : pending.size()));
        const qsizetype cut = end         ? pending.size()
                              : delimiter ? lastRowEnd(pending, delimiter)
                                          : -1;
        if (cut < 0) {
            if (pending.size() > context.limits.maxBytes)
                return fail(ErrorCode::InvalidArgument,
                            QStringLiteral("a row is longer than %1 bytes; not read")
                                .arg(context.limits.maxBytes),
                            context.fileName, QStringLiteral("line %1").arg(linesBefore + 1));
            continue;
        }
        const QByteArray bytes = pending.left(cut);
        pending.remove(0, cut);
        const QString text = decodeText(bytes).text;
        std::vector<CsvRow> rows;
        if (header.isEmpty()) {
            CsvTable first = readCsv(text);
            auto detected = profileFor(first.header, context.fileName, context);
            if (!detected)
                return std::unexpected(detected.error());
            header = first.header;
            profile = *detected;
            rows = std::move(first.rows);
        } else {
            rows = readCsvRows(text, QLatin1Char(delimiter), linesBefore + 1);
        }
        place.from = double(bytesBefore) / total;
        place.to = double(bytesBefore + cut) / total;
        ImportResult part;
        if (auto added = addRows(rows, header, profile, context.fileName, place, context, part);
            !added)
            return std::unexpected(added.error());
        place.rowsBefore += int(rows.size());
        linesBefore += int(bytes.count('\n'));
        bytesBefore += cut;
        left.warnings << std::exchange(part.warnings, {});
        if (auto written = context.writePart(std::move(part)); !written)
            return std::unexpected(written.error());
    }
    return left;
}

} // namespace threadline::ingest
