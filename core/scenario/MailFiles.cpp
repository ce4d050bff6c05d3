// A seized mailbox: the controller's, as an mbox file. The recruiter announces new arrivals,
// hotels confirm bookings, the mule reports deposits; shop newsletters and friends' notes are
// the noise around them.
#include "scenario/CaseTime.h"
#include "scenario/ScenarioWriter.h"

namespace threadline::scenario {

namespace {

constexpr std::uint64_t kMailStream = 0x3A1B0;

struct Mail {
    QDateTime at;
    QString from; // "Name <address>"
    QString subject;
    QString body;
};

QString mailbox(const Person& person) {
    return QStringLiteral("%1 <%2>").arg(person.name, person.email);
}

QByteArray mboxEntry(const Mail& mail, const QString& to, int number) {
    const QString address = mail.from.section(QLatin1Char('<'), 1).chopped(1);
    QString body = mail.body;
    body.replace(QLatin1String("\nFrom "), QLatin1String("\n>From ")); // mboxrd quoting
    return QStringLiteral("From %1 %2\n"
                          "From: %3\nTo: %4\nSubject: %5\nDate: %6\n"
                          "Message-ID: <scenario-%7@mail.example>\nMIME-Version: 1.0\n"
                          "Content-Type: text/plain; charset=utf-8\n"
                          "Content-Transfer-Encoding: 8bit\n\n%8\n\n")
        .arg(address, mail.at.toString(QStringLiteral("ddd MMM dd HH:mm:ss yyyy")), mail.from, to,
             mail.subject, mail.at.toString(Qt::RFC2822Date))
        .arg(number)
        .arg(body)
        .toUtf8();
}

std::vector<Mail> ringMail(const Scenario& scenario, const Ring& ring, Random& random) {
    std::vector<Mail> mails;
    const Person& recruiter = scenario.person(ring.recruiter);
    const Person& mule = scenario.person(ring.moneyMule);
    for (const int index : ring.victims) {
        const Person& victim = scenario.person(index);
        mails.push_back(
            {caseMoment(random, 0, 60), mailbox(recruiter),
             QStringLiteral("Arrival %1").arg(victim.nickname),
             QStringLiteral("She is %1, she will go by %2. Bus arrives Tuesday night, I told her "
                            "it is restaurant work. Her papers stay with me until the debt is "
                            "paid. Send %3 to my Cash App for the ticket.\n\n- %4")
                 .arg(victim.name, victim.nickname)
                 .arg(100 * random.between(3, 9))
                 .arg(recruiter.nickname)});
    }
    for (const QDateTime& at : caseMoments(random, 3, 30, 160))
        mails.push_back({at, mailbox(mule), QStringLiteral("done"),
                         QStringLiteral("Deposited %1 today, split like last time so the bank "
                                        "does not ask. Same account.\n%2")
                             .arg(9000 + 50 * random.between(1, 19))
                             .arg(mule.nickname)});
    for (const QDateTime& at : caseMoments(random, 3, 10, 170))
        mails.push_back({at, QStringLiteral("Reservations <reservations@desertrose.example>"),
                         QStringLiteral("Your booking confirmation"),
                         QStringLiteral("Thank you for your reservation of %1 rooms, %2 nights. "
                                        "Confirmation number %3. Payment is due at check-in.")
                             .arg(random.between(1, 3))
                             .arg(random.between(2, 7))
                             .arg(random.between(100000, 999999))});
    return mails;
}

std::vector<Mail> noiseMail(const Scenario& scenario, const Ring& ring, Random& random) {
    std::vector<Mail> mails;
    for (const QDateTime& at : caseMoments(random, 6))
        mails.push_back({at, QStringLiteral("Deals <news@shop.example>"),
                         QStringLiteral("This week's deals"),
                         QStringLiteral("Up to %1% off electronics this week only. "
                                        "Unsubscribe at https://shop.example/unsubscribe")
                             .arg(10 * random.between(1, 6))});
    for (const int index : ring.acquaintances) {
        const Person& friendly = scenario.person(index);
        mails.push_back({caseMoment(random), mailbox(friendly), QStringLiteral("sunday?"),
                         QStringLiteral("Dinner at ours on Sunday? Bring the kids.\n%1")
                             .arg(friendly.nickname)});
    }
    return mails;
}

} // namespace

Result<void> writeMail(const Scenario& scenario, FileSink& sink) {
    for (std::size_t index = 0; index < scenario.rings().size(); ++index) {
        const Ring& ring = scenario.rings()[index];
        if (!ring.investigated || ring.victims.empty())
            continue;
        Random random = scenario.random(kMailStream + index);
        std::vector<Mail> mails = ringMail(scenario, ring, random);
        const auto noise = noiseMail(scenario, ring, random);
        mails.insert(mails.end(), noise.begin(), noise.end());
        std::stable_sort(mails.begin(), mails.end(),
                         [](const Mail& a, const Mail& b) { return a.at < b.at; });
        const Person& owner = scenario.person(ring.controller);
        QByteArray mbox;
        int number = 0;
        for (const Mail& mail : mails)
            mbox += mboxEntry(mail, mailbox(owner), ++number);
        if (auto written = sink.write(QStringLiteral("mail/ring%1-%2.mbox")
                                          .arg(index + 1)
                                          .arg(owner.email.section(QLatin1Char('@'), 0, 0)),
                                      mbox);
            !written)
            return written;
    }
    return {};
}

} // namespace threadline::scenario
