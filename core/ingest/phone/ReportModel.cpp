#include "ingest/phone/ReportModel.h"

#include <QXmlStreamReader>

namespace threadline::ingest {

namespace {

// Reads one <model> element (the reader is on its start) and everything inside it.
ReportModel readModel(QXmlStreamReader& reader) {
    ReportModel model;
    model.type = reader.attributes().value(QLatin1String("type")).toString();
    model.id = reader.attributes().value(QLatin1String("id")).toString();
    model.deleted =
        reader.attributes().value(QLatin1String("deleted_state")) == QLatin1String("Deleted");
    model.line = int(reader.lineNumber());
    QString field;
    QString nested; // name of the multiModelField / modelField we are in
    while (!reader.atEnd()) {
        reader.readNext();
        const auto name = reader.name();
        if (reader.isEndElement()) {
            if (name == QLatin1String("model"))
                return model; // nested models consumed their own end tags
            if (name == QLatin1String("multiModelField") || name == QLatin1String("modelField"))
                nested.clear();
        } else if (!reader.isStartElement()) {
            continue;
        } else if (name == QLatin1String("field")) {
            field = reader.attributes().value(QLatin1String("name")).toString();
        } else if (name == QLatin1String("value")) {
            model.fields.insert(field, reader.readElementText().trimmed());
        } else if (name == QLatin1String("multiModelField") ||
                   name == QLatin1String("modelField")) {
            nested = reader.attributes().value(QLatin1String("name")).toString();
        } else if (name == QLatin1String("model")) {
            model.children[nested].push_back(readModel(reader));
        }
    }
    return model;
}

} // namespace

const std::vector<ReportModel>& ReportModel::list(const char* name) const {
    static const std::vector<ReportModel> none;
    const auto found = children.constFind(QLatin1String(name));
    return found == children.constEnd() ? none : *found;
}

const ReportModel* ReportModel::single(const char* name) const {
    const auto& models = list(name);
    return models.empty() ? nullptr : &models.front();
}

Result<PhoneReport> readPhoneReport(const QByteArray& xml) {
    PhoneReport report;
    QXmlStreamReader reader(xml);
    QString item;
    while (!reader.atEnd()) {
        if (reader.readNext() != QXmlStreamReader::StartElement)
            continue;
        const auto name = reader.name();
        if (name == QLatin1String("item")) {
            // Take the name before readElementText() moves the reader past the element.
            const QString key = reader.attributes().value(QLatin1String("name")).toString();
            report.deviceInfo.insert(key, reader.readElementText().trimmed());
        }
        if (name == QLatin1String("model"))
            report.models.push_back(readModel(reader));
    }
    if (reader.hasError())
        return fail(ErrorCode::InvalidArgument,
                    QStringLiteral("malformed report XML (%1)").arg(reader.errorString()), {},
                    QStringLiteral("line %1, column %2")
                        .arg(reader.lineNumber())
                        .arg(reader.columnNumber()));
    return report;
}

} // namespace threadline::ingest
