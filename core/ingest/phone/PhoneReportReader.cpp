#include "ingest/phone/PhoneReportReader.h"

#include "extract/PhoneNumbers.h"

#include <QDateTime>

namespace threadline::ingest {

namespace {

// "2026-03-01T21:05:00.000-07:00" -> "2026-03-02T04:05:00Z"
QString utc(const QString& timestamp) {
    const QDateTime time = QDateTime::fromString(timestamp, Qt::ISODateWithMs);
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

// Messenger identifiers carry the number: "14805550177@s.whatsapp.net" is +1 480 555 0177.
QString numberPart(const QString& identifier) {
    const qsizetype at = identifier.indexOf(QLatin1Char('@'));
    if (at > 0 && identifier.left(at).toLongLong() > 0)
        return QLatin1Char('+') + identifier.left(at);
    return identifier;
}

QString valueOf(const QHash<QString, QString>& info, const QStringList& hints) {
    for (auto it = info.begin(); it != info.end(); ++it)
        for (const QString& hint : hints)
            if (it.key().contains(hint, Qt::CaseInsensitive) && !it.value().isEmpty())
                return it.value();
    return {};
}

} // namespace

Evidence PhoneReportReader::evidenceFor(const ReportModel& model, int document) const {
    return {document,
            QJsonObject{{QStringLiteral("model"), model.type},
                        {QStringLiteral("id"), model.id},
                        {QStringLiteral("line"), model.line},
                        {QStringLiteral("deleted"), model.deleted}},
            {},
            1.0};
}

QJsonObject PhoneReportReader::flags(const ReportModel& model, QJsonObject properties) const {
    if (model.deleted)
        properties.insert(QStringLiteral("deleted"), true);
    return properties;
}

int PhoneReportReader::phone(const QString& identifier, const QString& name,
                             const Evidence& evidence) {
    const QString written = numberPart(identifier.trimmed());
    if (written.isEmpty())
        return -1;
    const auto normalised = m_normalise(written);
    if (normalised && normalised->e164 == m_selfNumber && m_self >= 0)
        return m_self;
    const Identifier key = normalised ? Identifier{QStringLiteral("phone"), normalised->e164}
                                      : Identifier{QStringLiteral("phone-raw"), written};
    const QString mapKey = key.kind + QLatin1Char(':') + key.value;
    if (const auto found = m_entities.constFind(mapKey); found != m_entities.constEnd())
        return *found;
    QJsonObject properties{{QStringLiteral("written"), identifier}};
    if (!name.isEmpty())
        properties.insert(QStringLiteral("name_on_phone"), name);
    const int entity =
        m_result.addEntity({QStringLiteral("Phone"), key.value, properties, {key}, evidence});
    m_entities.insert(mapKey, entity);
    return entity;
}

void PhoneReportReader::addEvent(const QString& type, const ReportModel& model,
                                 const QString& summary, int link,
                                 std::vector<std::pair<int, QString>> participants,
                                 const Evidence& evidence) {
    ExtractedEvent event;
    event.type = type;
    event.occurredAt = utc(model.field("TimeStamp"));
    event.summary = summary;
    event.properties = flags(model);
    event.link = link;
    event.participants = std::move(participants);
    event.evidence = evidence;
    if (!event.occurredAt.isEmpty())
        m_result.events.push_back(std::move(event));
}

void PhoneReportReader::readDevice(const PhoneReport& report) {
    const QString imei = valueOf(report.deviceInfo, {QStringLiteral("IMEI")});
    const QString make = valueOf(report.deviceInfo, {QStringLiteral("Manufacturer")});
    const QString model =
        valueOf(report.deviceInfo, {QStringLiteral("DeviceName"), QStringLiteral("Model")});
    const Evidence evidence{
        -1, QJsonObject{{QStringLiteral("section"), QStringLiteral("Device Info")}}, {}, 1.0};
    QJsonObject properties;
    for (auto it = report.deviceInfo.begin(); it != report.deviceInfo.end(); ++it)
        properties.insert(it.key(), it.value());
    const int device = m_result.addEntity(
        {QStringLiteral("Device"),
         QStringLiteral("%1 %2").arg(make, model).trimmed() +
             (imei.isEmpty() ? QString() : QStringLiteral(" (IMEI %1)").arg(imei)),
         properties,
         imei.isEmpty() ? std::vector<Identifier>{}
                        : std::vector<Identifier>{{QStringLiteral("imei"), imei}},
         evidence});
    m_self = device;
    const auto own = m_normalise(
        valueOf(report.deviceInfo, {QStringLiteral("MSISDN"), QStringLiteral("PhoneNumber")}));
    if (!own)
        return;
    m_selfNumber = own->e164;
    m_self = m_result.addEntity({QStringLiteral("Phone"),
                                 own->e164,
                                 QJsonObject{{QStringLiteral("seized_device"), true}},
                                 {{QStringLiteral("phone"), own->e164}},
                                 evidence});
    m_result.links.push_back({QStringLiteral("sim-in"), m_self, device, true, 1, {}, evidence});
}

void PhoneReportReader::readContact(const ReportModel& contact) {
    const QString name = contact.field("Name");
    const int document = m_result.addDocument({QStringLiteral("contact"),
                                               name,
                                               QStringLiteral("Contact: %1").arg(name),
                                               {},
                                               {},
                                               evidenceFor(contact).locator});
    const Evidence evidence = evidenceFor(contact, document);
    const int person =
        m_result.addEntity({QStringLiteral("Person"), name, flags(contact), {}, evidence});
    m_result.links.push_back(
        {QStringLiteral("in-contacts-of"), person, m_self, true, 1, flags(contact), evidence});
    for (const ReportModel& entry : contact.list("Entries")) {
        int target = -1;
        if (entry.type == QLatin1String("PhoneNumber")) {
            target = phone(entry.field("Value"), name, evidenceFor(entry, document));
        } else if (entry.type == QLatin1String("EmailAddress")) {
            const QString address = entry.field("Value").toLower();
            target = m_result.addEntity({QStringLiteral("EmailAddress"),
                                         address,
                                         {},
                                         {{QStringLiteral("email"), address}},
                                         evidenceFor(entry, document)});
        }
        if (target >= 0)
            m_result.links.push_back({QStringLiteral("uses"), person, target, true, 1, flags(entry),
                                      evidenceFor(entry, document)});
    }
}

void PhoneReportReader::readCall(const ReportModel& call) {
    const bool outgoing =
        call.field("Direction").compare(QLatin1String("Outgoing"), Qt::CaseInsensitive) == 0;
    const int document = m_result.addDocument(
        {QStringLiteral("call"),
         QStringLiteral("%1 call").arg(call.field("Direction")),
         QStringLiteral("%1 call, %2, duration %3")
             .arg(call.field("Direction"), call.field("TimeStamp"), call.field("Duration")),
         {},
         utc(call.field("TimeStamp")),
         evidenceFor(call).locator});
    const Evidence evidence = evidenceFor(call, document);
    for (const ReportModel& party : call.list("Parties")) {
        const int other = phone(party.field("Identifier"), party.field("Name"), evidence);
        if (other < 0)
            continue;
        const int link = int(m_result.links.size());
        m_result.links.push_back(
            {QStringLiteral("called"), outgoing ? m_self : other, outgoing ? other : m_self, true,
             1,
             flags(call, {{QStringLiteral("direction"), call.field("Direction")},
                          {QStringLiteral("duration"), call.field("Duration")}}),
             evidence});
        addEvent(QStringLiteral("call"), call,
                 QStringLiteral("%1 call with %2")
                     .arg(call.field("Direction"), party.field("Identifier")),
                 link, {{m_self, QStringLiteral("device")}, {other, QStringLiteral("party")}},
                 evidence);
    }
}

void PhoneReportReader::readSms(const ReportModel& sms) {
    const int document = m_result.addDocument({QStringLiteral("sms"),
                                               QStringLiteral("SMS"),
                                               sms.field("Body"),
                                               {},
                                               utc(sms.field("TimeStamp")),
                                               evidenceFor(sms).locator});
    Evidence evidence = evidenceFor(sms, document);
    evidence.quote = sms.field("Body");
    for (const ReportModel& party : sms.list("Parties")) {
        const bool from =
            party.field("Role").compare(QLatin1String("From"), Qt::CaseInsensitive) == 0;
        const int other = phone(party.field("Identifier"), party.field("Name"), evidence);
        if (other < 0)
            continue;
        const int link = int(m_result.links.size());
        m_result.links.push_back(
            {QStringLiteral("texted"), from ? other : m_self, from ? m_self : other, true, 1,
             flags(sms, {{QStringLiteral("folder"), sms.field("Folder")}}), evidence});
        addEvent(QStringLiteral("sms"), sms, sms.field("Body").left(80), link,
                 {{m_self, QStringLiteral("device")}, {other, QStringLiteral("party")}}, evidence);
    }
}

void PhoneReportReader::readChat(const ReportModel& chat) {
    const QString app = chat.field("Source");
    std::vector<int> participants;
    for (const ReportModel& party : chat.list("Participants"))
        participants.push_back(
            phone(party.field("Identifier"), party.field("Name"), evidenceFor(party)));
    for (const ReportModel& message : chat.list("Messages")) {
        const ReportModel* from = message.single("From");
        const int sender =
            from ? phone(from->field("Identifier"), from->field("Name"), evidenceFor(message)) : -1;
        // The chat each message belongs to and who wrote it, so the evidence viewer can show
        // it in its thread.
        Evidence evidence = evidenceFor(message);
        evidence.locator.insert(QLatin1String("chat"), chat.id);
        if (from)
            evidence.locator.insert(QLatin1String("from"), from->field("Name").isEmpty()
                                                               ? from->field("Identifier")
                                                               : from->field("Name"));
        evidence.document = m_result.addDocument({QStringLiteral("chat-message"),
                                                  app,
                                                  message.field("Body"),
                                                  {},
                                                  utc(message.field("TimeStamp")),
                                                  evidence.locator});
        evidence.quote = message.field("Body");
        for (int recipient : participants) {
            if (sender < 0 || recipient < 0 || recipient == sender)
                continue;
            const int link = int(m_result.links.size());
            m_result.links.push_back({QStringLiteral("messaged"), sender, recipient, true, 1,
                                      flags(message, {{QStringLiteral("app"), app}}), evidence});
            addEvent(QStringLiteral("chat-message"), message,
                     QStringLiteral("%1: %2").arg(app, message.field("Body").left(80)), link,
                     {{sender, QStringLiteral("from")}, {recipient, QStringLiteral("to")}},
                     evidence);
        }
    }
}

void PhoneReportReader::readAccount(const ReportModel& account) {
    const QString service = account.field("ServiceType");
    const QString user = account.field("Username");
    if (user.isEmpty())
        return;
    const Evidence evidence = evidenceFor(account);
    const QString key = QStringLiteral("%1:%2").arg(service.toLower(), user.toLower());
    const int entity = m_result.addEntity(
        {QStringLiteral("SocialAccount"),
         QStringLiteral("%1 @%2").arg(service, user),
         flags(account, {{QStringLiteral("service"), service},
                         {QStringLiteral("display_name"), account.field("Name")}}),
         {{QStringLiteral("account"), key}},
         evidence});
    m_result.links.push_back(
        {QStringLiteral("logged-in-on"), entity, m_self, true, 1, flags(account), evidence});
}

void PhoneReportReader::readLocation(const ReportModel& location) {
    const ReportModel* position = location.single("Position");
    if (!position)
        return;
    const double latitude = position->field("Latitude").toDouble();
    const double longitude = position->field("Longitude").toDouble();
    const QString where =
        QStringLiteral("%1, %2").arg(latitude, 0, 'f', 5).arg(longitude, 0, 'f', 5);
    const Evidence evidence = evidenceFor(location);
    const int place =
        m_result.addEntity({QStringLiteral("Place"),
                            location.field("Name").isEmpty() ? where : location.field("Name"),
                            QJsonObject{{QStringLiteral("latitude"), latitude},
                                        {QStringLiteral("longitude"), longitude}},
                            {{QStringLiteral("geo"), where}},
                            evidence});
    const int link = int(m_result.links.size());
    m_result.links.push_back(
        {QStringLiteral("was-at"), m_self, place, true, 1, flags(location), evidence});
    addEvent(QStringLiteral("location"), location, QStringLiteral("Device at %1").arg(where), link,
             {{m_self, QStringLiteral("device")}, {place, QStringLiteral("place")}}, evidence);
}

void PhoneReportReader::read(const PhoneReport& report) {
    readDevice(report);
    for (const ReportModel& model : report.models) {
        if (model.type == QLatin1String("Contact"))
            readContact(model);
        else if (model.type == QLatin1String("Call"))
            readCall(model);
        else if (model.type == QLatin1String("SMS"))
            readSms(model);
        else if (model.type == QLatin1String("Chat"))
            readChat(model);
        else if (model.type == QLatin1String("UserAccount"))
            readAccount(model);
        else if (model.type == QLatin1String("Location"))
            readLocation(model);
    }
}

} // namespace threadline::ingest
