// Seized phones: the controller's as a Cellebrite-style report.xml (contacts, calls, SMS, a
// WhatsApp chat with the recruiter), and one victim's as the CSV tables a reader exports.
#include "scenario/CaseTime.h"
#include "scenario/ScenarioWriter.h"

#include <QRegularExpression>

namespace threadline::scenario {

namespace {

constexpr std::uint64_t kPhoneStream = 0x9407E;

// One call or message on the seized phone, seen from its owner.
struct PhoneEvent {
    QDateTime at;
    const Person* other = nullptr;
    bool outgoing = false;
    int seconds = 0; // calls
    QString body;    // messages; empty for a call
};

QString field(const char* name, const QString& value) {
    return QStringLiteral("<field name=\"%1\" type=\"String\"><value type=\"String\"><![CDATA[%2]]>"
                          "</value></field>")
        .arg(QLatin1String(name), value);
}

QString stamp(const QDateTime& at) {
    return at.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.000+00:00"));
}

QString party(const QString& id, const Person& person, const char* role) {
    return QStringLiteral("<model type=\"Party\" id=\"%1\">%2%3%4</model>")
        .arg(id, field("Identifier", dashedPhone(person.phone)), field("Role", QLatin1String(role)),
             field("Name", person.nickname));
}

QString contactModel(int number, const Person& person) {
    QString entries = QStringLiteral("<model type=\"PhoneNumber\" id=\"c-%1-p\">%2%3</model>")
                          .arg(number)
                          .arg(field("Category", QStringLiteral("Mobile")),
                               field("Value", dashedPhone(person.phone)));
    if (!person.email.isEmpty())
        entries += QStringLiteral("<model type=\"EmailAddress\" id=\"c-%1-e\">%2</model>")
                       .arg(number)
                       .arg(field("Value", person.email));
    return QStringLiteral("<model type=\"Contact\" id=\"c-%1\" deleted_state=\"Intact\" "
                          "decoding_confidence=\"High\" extractionId=\"0\">%2"
                          "<multiModelField name=\"Entries\" type=\"ContactEntry\">%3"
                          "</multiModelField></model>\n")
        .arg(number)
        .arg(field("Name", person.nickname), entries);
}

QString callModel(int number, const PhoneEvent& call) {
    const QTime length = QTime(0, 0).addSecs(call.seconds);
    return QStringLiteral("<model type=\"Call\" id=\"k-%1\" deleted_state=\"Intact\" "
                          "decoding_confidence=\"High\" extractionId=\"0\">%2"
                          "<field name=\"TimeStamp\" type=\"TimeStamp\"><value type=\"TimeStamp\">"
                          "<![CDATA[%3]]></value></field>%4%5"
                          "<multiModelField name=\"Parties\" type=\"Party\">%6</multiModelField>"
                          "</model>\n")
        .arg(number)
        .arg(field("Direction",
                   call.outgoing ? QStringLiteral("Outgoing") : QStringLiteral("Incoming")),
             stamp(call.at), field("Duration", length.toString(QStringLiteral("HH:mm:ss"))),
             field("Type", QStringLiteral("Voice")),
             party(QStringLiteral("k-%1-p").arg(number), *call.other,
                   call.outgoing ? "To" : "From"));
}

QString smsModel(int number, const PhoneEvent& sms) {
    return QStringLiteral("<model type=\"SMS\" id=\"s-%1\" deleted_state=\"Intact\" "
                          "decoding_confidence=\"High\" extractionId=\"0\">"
                          "<field name=\"TimeStamp\" type=\"TimeStamp\"><value type=\"TimeStamp\">"
                          "<![CDATA[%2]]></value></field>%3%4"
                          "<multiModelField name=\"Parties\" type=\"Party\">%5</multiModelField>"
                          "</model>\n")
        .arg(number)
        .arg(stamp(sms.at), field("Body", sms.body),
             field("Folder", sms.outgoing ? QStringLiteral("Sent") : QStringLiteral("Inbox")),
             party(QStringLiteral("s-%1-p").arg(number), *sms.other, sms.outgoing ? "To" : "From"));
}

QString whatsAppId(const Person& person) {
    return QStringLiteral("1%1@s.whatsapp.net").arg(person.phone);
}

QString chatModel(const Person& owner, const Person& other, const std::vector<PhoneEvent>& chat) {
    QString messages;
    int number = 0;
    for (const PhoneEvent& message : chat) {
        const Person& from = message.outgoing ? owner : other;
        messages +=
            QStringLiteral("<model type=\"InstantMessage\" id=\"w-m%1\" deleted_state=\"Intact\">"
                           "<modelField name=\"From\" type=\"Party\"><model type=\"Party\" "
                           "id=\"w-m%1-f\">%2%3</model></modelField>%4"
                           "<field name=\"TimeStamp\" type=\"TimeStamp\"><value type=\"TimeStamp\">"
                           "<![CDATA[%5]]></value></field></model>\n")
                .arg(++number)
                .arg(field("Identifier", whatsAppId(from)), field("Name", from.nickname),
                     field("Body", message.body), stamp(message.at));
    }
    return QStringLiteral("<model type=\"Chat\" id=\"w-1\" deleted_state=\"Intact\" "
                          "decoding_confidence=\"High\" extractionId=\"0\">%1"
                          "<multiModelField name=\"Participants\" type=\"Party\">"
                          "<model type=\"Party\" id=\"w-p1\">%2%3</model>"
                          "<model type=\"Party\" id=\"w-p2\">%4%5</model></multiModelField>"
                          "<multiModelField name=\"Messages\" type=\"InstantMessage\">\n%6"
                          "</multiModelField></model>\n")
        .arg(field("Source", QStringLiteral("WhatsApp")), field("Identifier", whatsAppId(owner)),
             field("Name", owner.nickname), field("Identifier", whatsAppId(other)),
             field("Name", other.nickname), messages);
}

// What a controller texts with the women he controls, and they with him.
QString controllerText(Random& random, const Person& controller, bool outgoing) {
    static const char* const kOrders[] = {"How many today?",
                                          "Send it to %1 tonight, all of it.",
                                          "New date at 9, room %2. Be ready.",
                                          "Dont talk to anyone at the desk.",
                                          "Post the new pics, same number as before.",
                                          "You owe me %3 for the room this week."};
    static const char* const kReplies[] = {"ok",         "3 today. sending now",
                                           "sent to %1", "im tired can I stop tonight",
                                           "ok room %2", "he paid cash, I have %3"};
    QString text = QString::fromLatin1(outgoing ? random.pick(kOrders) : random.pick(kReplies));
    return text.replace(QLatin1String("%1"), controller.cashtag)
        .replace(QLatin1String("%2"), QString::number(random.between(101, 420)))
        .replace(QLatin1String("%3"), QString::number(50 * random.between(4, 20)));
}

QString recruiterMessage(Random& random, const Person& victim, bool outgoing) {
    static const char* const kToRecruiter[] = {
        "When does the next one arrive?", "I need two more girls for %2.",
        "Paid for the tickets. Send me her name.", "The last one talks too much."};
    static const char* const kFromRecruiter[] = {
        "%1 arrives Tuesday, bus from %2. She thinks it is a restaurant job.",
        "Found one more, she owes me for the visa.", "Tickets are %3, send by Cash App.",
        "%1 is ready, she knows nothing."};
    QString text =
        QString::fromLatin1(outgoing ? random.pick(kToRecruiter) : random.pick(kFromRecruiter));
    return text.replace(QLatin1String("%1"), victim.nickname)
        .replace(QLatin1String("%2"), QStringLiteral("Las Vegas"))
        .replace(QLatin1String("%3"), QString::number(100 * random.between(3, 9)));
}

std::vector<PhoneEvent> contactWith(Random& random, const Person& other, int calls, int texts,
                                    const std::function<QString(bool outgoing)>& text) {
    std::vector<PhoneEvent> events;
    for (const QDateTime& at : caseMoments(random, calls))
        events.push_back({at, &other, random.chance(0.5), random.between(15, 600), {}});
    for (const QDateTime& at : caseMoments(random, texts)) {
        const bool outgoing = random.chance(0.5);
        events.push_back({at, &other, outgoing, 0, text(outgoing)});
    }
    return events;
}

QByteArray controllerReport(const Scenario& scenario, const Ring& ring, Random& random) {
    const Person& owner = scenario.person(ring.controller);
    std::vector<const Person*> contacts;
    std::vector<PhoneEvent> events;
    for (const int victim : ring.victims) {
        contacts.push_back(&scenario.person(victim));
        const auto toVictim = contactWith(random, scenario.person(victim), 10, 8, [&](bool out) {
            return controllerText(random, owner, out);
        });
        events.insert(events.end(), toVictim.begin(), toVictim.end());
    }
    for (const int helper : {ring.recruiter, ring.moneyMule}) {
        contacts.push_back(&scenario.person(helper));
        const auto calls = contactWith(random, scenario.person(helper), 8, 0, {});
        events.insert(events.end(), calls.begin(), calls.end());
    }
    for (const int friendly : ring.acquaintances) {
        contacts.push_back(&scenario.person(friendly));
        const auto calls = contactWith(random, scenario.person(friendly), 3, 0, {});
        events.insert(events.end(), calls.begin(), calls.end());
    }
    std::stable_sort(events.begin(), events.end(),
                     [](const PhoneEvent& a, const PhoneEvent& b) { return a.at < b.at; });
    std::vector<PhoneEvent> chat;
    const Person& recruiter = scenario.person(ring.recruiter);
    for (const QDateTime& at : caseMoments(random, 12, 0, 90)) {
        const bool outgoing = random.chance(0.5);
        const Person& about = scenario.person(ring.victims[random.below(ring.victims.size())]);
        chat.push_back({at, &recruiter, outgoing, 0, recruiterMessage(random, about, outgoing)});
    }

    QString contactsXml, callsXml, smsXml;
    int number = 0;
    for (const Person* contact : contacts)
        contactsXml += contactModel(++number, *contact);
    for (const PhoneEvent& event : events) {
        if (event.body.isEmpty())
            callsXml += callModel(++number, event);
        else
            smsXml += smsModel(++number, event);
    }
    const QString imei = QStringLiteral("35693803%1").arg(random.between(1000000, 9999999));
    return QStringLiteral(
               "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
               "<!-- Synthetic extraction report made by threadline-cli scenario. Fictitious. -->\n"
               "<project id=\"scenario-%1\" name=\"Seized phone of %2\" "
               "reportVersion=\"7.60.0.101\" "
               "xmlns=\"http://pa.cellebrite.com/report/2.0\">\n"
               "<metadata section=\"Device Info\">\n"
               "<item name=\"DeviceInfoSelectedManufacturer\"><![CDATA[Samsung]]></item>\n"
               "<item name=\"DeviceInfoSelectedDeviceName\"><![CDATA[SM-A146B Galaxy "
               "A14]]></item>\n"
               "<item name=\"IMEI\"><![CDATA[%3]]></item>\n"
               "<item name=\"MSISDN\"><![CDATA[%4]]></item>\n"
               "<item name=\"DeviceInfoOwnerName\"><![CDATA[%2]]></item>\n</metadata>\n"
               "<decodedData>\n<modelType type=\"Contact\">\n%5</modelType>\n"
               "<modelType type=\"Call\">\n%6</modelType>\n<modelType "
               "type=\"SMS\">\n%7</modelType>\n"
               "<modelType type=\"Chat\">\n%8</modelType>\n</decodedData>\n</project>\n")
        .arg(scenario.seed())
        .arg(owner.name, imei, internationalPhone(owner.phone), contactsXml, callsXml, smsXml,
             chatModel(owner, recruiter, chat))
        .toUtf8();
}

// The victim's own phone: who called her (buyers, the controller, the recruiter early on).
QByteArray victimCalls(const Scenario& scenario, const Ring& ring, const Person& victim,
                       Random& random) {
    std::vector<PhoneEvent> calls;
    for (const int buyer : ring.buyers) {
        const auto some = contactWith(random, scenario.person(buyer), random.between(3, 9), 0, {});
        calls.insert(calls.end(), some.begin(), some.end());
    }
    for (const auto& [other, count] : {std::pair{ring.controller, 12}, {ring.recruiter, 3}}) {
        const auto some = contactWith(random, scenario.person(other), count, 0, {});
        calls.insert(calls.end(), some.begin(), some.end());
    }
    std::stable_sort(calls.begin(), calls.end(),
                     [](const PhoneEvent& a, const PhoneEvent& b) { return a.at < b.at; });
    QString csv = QStringLiteral("Direction,From,To,Timestamp,Duration (s)\n");
    for (const PhoneEvent& call : calls) {
        const QString mine = dashedPhone(victim.phone), theirs = dashedPhone(call.other->phone);
        csv += QStringLiteral("%1,%2,%3,%4,%5\n")
                   .arg(call.outgoing ? QStringLiteral("Outgoing") : QStringLiteral("Incoming"),
                        call.outgoing ? mine : theirs, call.outgoing ? theirs : mine,
                        call.at.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")))
                   .arg(call.seconds);
    }
    return csv.toUtf8();
}

QByteArray victimContacts(const Scenario& scenario, const Ring& ring, Random& random) {
    static const char* const kBuyerTags[] = {"regular", "hotel", "tue", "$$", "nice one"};
    QString csv = QStringLiteral("Name,Mobile,Email\n");
    const Person& controller = scenario.person(ring.controller);
    csv += QStringLiteral("%1,%2,\n")
               .arg(csvField(controller.nickname), dashedPhone(controller.phone));
    const Person& recruiter = scenario.person(ring.recruiter);
    csv += QStringLiteral("%1,%2,%3\n")
               .arg(csvField(recruiter.nickname), dashedPhone(recruiter.phone), recruiter.email);
    for (const int index : ring.buyers) {
        const Person& buyer = scenario.person(index);
        csv += QStringLiteral("%1,%2,\n")
                   .arg(csvField(buyer.nickname + QLatin1Char(' ') +
                                 QString::fromLatin1(random.pick(kBuyerTags))),
                        dashedPhone(buyer.phone));
    }
    return csv.toUtf8();
}

QString folderName(const Person& person) {
    return person.name.section(QLatin1Char(' '), -1)
        .toLower()
        .normalized(QString::NormalizationForm_KD)
        .remove(QRegularExpression(QStringLiteral("[^a-z]")));
}

} // namespace

Result<void> writePhones(const Scenario& scenario, FileSink& sink) {
    for (std::size_t index = 0; index < scenario.rings().size(); ++index) {
        const Ring& ring = scenario.rings()[index];
        if (!ring.investigated || ring.victims.empty())
            continue;
        Random random = scenario.random(kPhoneStream + index);
        const QString controllerFolder = QStringLiteral("phones/ring%1-%2-phone")
                                             .arg(index + 1)
                                             .arg(folderName(scenario.person(ring.controller)));
        if (auto written = sink.write(controllerFolder + QStringLiteral("/report.xml"),
                                      controllerReport(scenario, ring, random));
            !written)
            return written;
        const Person& victim = scenario.person(ring.victims.front());
        const QString victimFolder =
            QStringLiteral("phones/ring%1-%2-phone").arg(index + 1).arg(folderName(victim));
        if (auto written = sink.write(victimFolder + QStringLiteral("/calls.csv"),
                                      victimCalls(scenario, ring, victim, random));
            !written)
            return written;
        if (auto written = sink.write(victimFolder + QStringLiteral("/contacts.csv"),
                                      victimContacts(scenario, ring, random));
            !written)
            return written;
    }
    return {};
}

} // namespace threadline::scenario
