#pragma once

#include "extract/PhoneNumbers.h"
#include "ingest/phone/ReportModel.h"
#include "model/ImportResult.h"

#include <QHash>

namespace threadline::ingest {

// Turns a parsed phone report into entities, links, events and documents. The seized phone is
// "self": its own number when the report gives one, else the device itself.
class PhoneReportReader {
public:
    PhoneReportReader(QString region, ImportResult& result)
        : m_normalise(std::move(region))
        , m_result(result) {}
    void read(const PhoneReport& report);

private:
    void readDevice(const PhoneReport& report);
    void readContact(const ReportModel& contact);
    void readCall(const ReportModel& call);
    void readSms(const ReportModel& sms);
    void readChat(const ReportModel& chat);
    void readAccount(const ReportModel& account);
    void readLocation(const ReportModel& location);

    int phone(const QString& identifier, const QString& name, const Evidence& evidence);
    Evidence evidenceFor(const ReportModel& model, int document = -1) const;
    QJsonObject flags(const ReportModel& model, QJsonObject properties = {}) const;
    void addEvent(const QString& type, const ReportModel& model, const QString& summary, int link,
                  std::vector<std::pair<int, QString>> participants, const Evidence& evidence);

    extract::PhoneNormaliser m_normalise;
    ImportResult& m_result;
    int m_self = -1;
    QString m_selfNumber;           // E.164 of the seized phone, when known
    QHash<QString, int> m_entities; // "kind:value" -> entity index
};

} // namespace threadline::ingest
