// Money: a payment app's export (victims paying their "fees" to the controller's cashtag, buyers
// paying deposits) and a bank's export of the money mule's account, where the cash comes back
// in deposits kept just under the 10,000 USD reporting threshold. Bystanders' ordinary payments
// are mixed in, as in any real statement.
#include "scenario/CaseTime.h"
#include "scenario/ScenarioWriter.h"

namespace threadline::scenario {

namespace {

constexpr std::uint64_t kMoneyStream = 0x3043E7;
constexpr int kReportingThreshold = 10'000; // USD: a cash transaction report above this

struct Payment {
    QDateTime at;
    QString payer, payerAccount, payee, payeeAccount;
    double amount = 0;
    QString reference;
};

QString money(double amount) {
    return QString::number(amount, 'f', 2);
}

QByteArray csv(const QString& header, std::vector<Payment> payments, const QString& timeFormat) {
    std::stable_sort(payments.begin(), payments.end(),
                     [](const Payment& a, const Payment& b) { return a.at < b.at; });
    QString text = header + QLatin1Char('\n');
    for (const Payment& payment : payments)
        text +=
            QStringList{
                payment.at.toString(timeFormat), csvField(payment.payer),    payment.payerAccount,
                csvField(payment.payee),         payment.payeeAccount,       money(payment.amount),
                QStringLiteral("USD"),           csvField(payment.reference)}
                .join(QLatin1Char(',')) +
            QLatin1Char('\n');
    return text.toUtf8();
}

Payment byCashtag(const QDateTime& at, const Person& from, const Person& to, double amount,
                  const QString& note) {
    return {at,           from.name.isEmpty() ? from.nickname : from.name,
            from.cashtag, to.name.isEmpty() ? to.nickname : to.name,
            to.cashtag,   amount,
            note};
}

Payment byBank(const QDateTime& at, const Person& from, const Person& to, double amount,
               const QString& purpose) {
    return {at, from.name, from.account, to.name, to.account, amount, purpose};
}

std::vector<Payment> paymentApp(const Scenario& scenario, const Ring& ring, Random& random) {
    static const char* const kFees[] = {"rent", "fees", "🏠", "for the week", "ads", "room"};
    std::vector<Payment> payments;
    const Person& controller = scenario.person(ring.controller);
    for (const int index : ring.victims)
        for (const QDateTime& at : caseMoments(random, random.between(8, 16), 14))
            payments.push_back(byCashtag(at, scenario.person(index), controller,
                                         50.0 * random.between(3, 18),
                                         QString::fromUtf8(random.pick(kFees))));
    for (std::size_t i = 0; i < ring.buyers.size(); ++i) {
        const Person& victim = scenario.person(ring.victims[i % ring.victims.size()]);
        for (const QDateTime& at : caseMoments(random, random.between(2, 5), 14))
            payments.push_back(byCashtag(at, scenario.person(ring.buyers[i]), victim,
                                         10.0 * random.between(5, 10), QStringLiteral("deposit")));
    }
    const Person& recruiter = scenario.person(ring.recruiter);
    for (const QDateTime& at : caseMoments(random, 4, 0, 90))
        payments.push_back(byBank(at, controller, recruiter, 100.0 * random.between(3, 12),
                                  QStringLiteral("tickets")));
    return payments;
}

// The mule's account: rent collected from the victims, then the cash paid on to the controller
// in structured amounts, a few each week.
std::vector<Payment> muleAccount(const Scenario& scenario, const Ring& ring, Random& random) {
    std::vector<Payment> payments;
    const Person& mule = scenario.person(ring.moneyMule);
    const Person& controller = scenario.person(ring.controller);
    for (const int index : ring.victims)
        for (const QDateTime& at : caseMoments(random, random.between(3, 6), 20))
            payments.push_back(byBank(at, scenario.person(index), mule,
                                      10.0 * random.between(30, 80), QStringLiteral("rent")));
    const int structured = 6 + 2 * int(ring.victims.size());
    for (const QDateTime& at : caseMoments(random, structured, 30, 150)) {
        const double amount = kReportingThreshold - 50.0 * random.between(1, 20);
        payments.push_back(byBank(
            at, mule, controller, amount,
            random.chance(0.5) ? QStringLiteral("consulting")
                               : QStringLiteral("invoice %1").arg(random.between(1000, 9999))));
    }
    return payments;
}

// What ordinary customers of the same bank do: rent, utilities, paying each other back.
std::vector<Payment> bystanders(const Scenario& scenario, Random& random) {
    static const char* const kPurposes[] = {"rent",       "dinner",   "utilities",
                                            "car repair", "birthday", "loan back",
                                            "groceries",  "tuition",  "phone bill"};
    std::vector<Payment> payments;
    const auto& people = scenario.bystanders();
    for (const QDateTime& at : caseMoments(random, 10 * int(people.size()))) {
        const Person& from = scenario.person(people[random.below(people.size())]);
        const Person& to = scenario.person(people[random.below(people.size())]);
        if (&from == &to)
            continue;
        payments.push_back(byBank(at, from, to, 5.0 * random.between(4, 400),
                                  QString::fromLatin1(random.pick(kPurposes))));
    }
    return payments;
}

} // namespace

Result<void> writeMoney(const Scenario& scenario, FileSink& sink) {
    const QString transferHeader = QStringLiteral(
        "Date,Sender,Sender Account,Receiver,Receiver Account,Amount,Currency,Reference");
    const QString bankHeader = QStringLiteral(
        "Booking Date,Payer,Payer Account,Payee,Payee Account,Amount,Currency,Purpose");
    Random noise = scenario.random(kMoneyStream);
    std::vector<Payment> bank = bystanders(scenario, noise);
    for (std::size_t index = 0; index < scenario.rings().size(); ++index) {
        const Ring& ring = scenario.rings()[index];
        if (!ring.investigated || ring.victims.empty())
            continue;
        Random random = scenario.random(kMoneyStream + 1 + index);
        const auto app = paymentApp(scenario, ring, random);
        if (auto written =
                sink.write(QStringLiteral("money/payment-app-ring%1.csv").arg(index + 1),
                           csv(transferHeader, app, QStringLiteral("yyyy-MM-dd HH:mm:ss")));
            !written)
            return written;
        const auto mule = muleAccount(scenario, ring, random);
        bank.insert(bank.end(), mule.begin(), mule.end());
    }
    return sink.write(QStringLiteral("money/first-fictional-bank-statement.csv"),
                      csv(bankHeader, bank, QStringLiteral("yyyy-MM-dd")));
}

} // namespace threadline::scenario
