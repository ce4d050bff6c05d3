#pragma once

#include "util/Error.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <vector>

namespace threadline::ingest {

// One record of a phone-extraction report ("model" in Cellebrite's XML): its fields, the models
// nested in it (a call's parties, a chat's messages), and whether it was recovered deleted.
struct ReportModel {
    QString type; // "Call", "SMS", "Contact", "Party" ...
    QString id;
    bool deleted = false;
    int line = 0;
    QHash<QString, QString> fields;
    QHash<QString, std::vector<ReportModel>>
        children; // multiModelField / modelField name -> models

    QString field(const char* name) const { return fields.value(QLatin1String(name)); }
    const std::vector<ReportModel>& list(const char* name) const;
    const ReportModel* single(const char* name) const;
};

struct PhoneReport {
    QHash<QString, QString> deviceInfo; // metadata item name -> value
    std::vector<ReportModel> models;    // the top-level decoded records, in file order
};

// Reads a Cellebrite-style report.xml (XML report format 2.0). QXmlStreamReader refuses
// external entities and caps entity expansion, so hostile XML fails cleanly with its line.
Result<PhoneReport> readPhoneReport(const QByteArray& xml);

} // namespace threadline::ingest
