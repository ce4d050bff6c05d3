// Papers found in a search: hotel receipts for the rooms the victims worked from (the first
// ring's second receipt is a scan without a text layer, for OCR) and the lease of the apartment
// they were kept in, signed by the money mule.
#include "scenario/CaseTime.h"
#include "scenario/Pictures.h"
#include "scenario/ScenarioWriter.h"
#include "util/PlainPdf.h"

namespace threadline::scenario {

namespace {

constexpr std::uint64_t kPaperStream = 0x9A9E2;
constexpr int kReceiptsPerRing = 3;
constexpr const char* kHotels[] = {"Desert Rose Inn", "Sunset Motor Lodge", "Palm Court Suites",
                                   "Northgate Express Hotel"};
constexpr const char* kStreets[] = {"Example Avenue", "Fictional Road", "Sample Street",
                                    "Placeholder Boulevard"};

QStringList receipt(const Scenario& scenario, const Ring& ring, Random& random) {
    const QString hotel = QString::fromLatin1(random.pick(kHotels));
    const Person& guest = scenario.person(random.chance(0.6) ? ring.controller : ring.recruiter);
    const QDateTime arrival = caseMoment(random, 10, 170);
    const int nights = random.between(2, 7);
    const int rate = 10 * random.between(6, 12);
    QStringList lines = {
        QStringLiteral("# %1 (fictional)").arg(hotel),
        QStringLiteral("%1 %2, Phoenix, AZ")
            .arg(random.between(100, 9999))
            .arg(QString::fromLatin1(random.pick(kStreets))),
        QString(),
        QStringLiteral("GUEST FOLIO  No. %1").arg(random.between(100000, 999999)),
        QStringLiteral("Guest: %1").arg(guest.name),
        QStringLiteral("Phone on file: %1").arg(dashedPhone(guest.phone)),
        QStringLiteral("Arrival: %1   Departure: %2")
            .arg(arrival.date().toString(Qt::ISODate),
                 arrival.date().addDays(nights).toString(Qt::ISODate)),
    };
    const int rooms = std::min<int>(int(ring.victims.size()), random.between(1, 3));
    for (int room = 0; room < rooms; ++room) {
        const Person& occupant = scenario.person(ring.victims[random.below(ring.victims.size())]);
        lines << QStringLiteral("Room %1  %2 nights x %3.00 USD  occupant: %4")
                     .arg(random.between(101, 420))
                     .arg(nights)
                     .arg(rate)
                     .arg(occupant.name);
    }
    lines << QString()
          << QStringLiteral("Total charged: %1.00 USD, paid in cash").arg(rooms * nights * rate)
          << QStringLiteral("Thank you for staying with us.");
    return lines;
}

QStringList lease(const Scenario& scenario, const Ring& ring, Random& random) {
    const Person& landlord = scenario.person(scenario.bystanders().front());
    const Person& tenant = scenario.person(ring.moneyMule);
    const Person& controller = scenario.person(ring.controller);
    const QString address = QStringLiteral("%1 %2, Apt %3, Phoenix, AZ")
                                .arg(random.between(100, 9999))
                                .arg(QString::fromLatin1(random.pick(kStreets)))
                                .arg(random.between(1, 40));
    QStringList lines = {
        QStringLiteral("# Residential Lease Agreement"),
        QString(),
        QStringLiteral("This lease is made on %1 between %2 (Landlord) and %3 (Tenant), phone %4, "
                       "for the premises at %5.")
            .arg(caseMoment(random, 0, 20).date().toString(Qt::ISODate), landlord.name, tenant.name,
                 dashedPhone(tenant.phone), address),
        QString(),
        QStringLiteral("1. Term. Twelve months from the date above."),
        QStringLiteral("2. Rent. %1.00 USD a month, paid to the Landlord's account %2.")
            .arg(100 * random.between(12, 25))
            .arg(landlord.account),
        QStringLiteral("3. Occupants. Only the Tenant and these persons may live in the premises:"),
    };
    for (const int victim : ring.victims)
        lines << QStringLiteral("     - %1").arg(scenario.person(victim).name);
    lines << QStringLiteral("4. Emergency contact: %1, %2.")
                 .arg(controller.name, dashedPhone(controller.phone))
          << QString()
          << QStringLiteral("Signed: %1 (Landlord)    %2 (Tenant)").arg(landlord.name, tenant.name);
    return lines;
}

QByteArray textPdf(const QString& title, const QStringList& lines) {
    PlainPdf pdf(title);
    pdf.addText(lines);
    return pdf.bytes();
}

QByteArray scannedPdf(const QString& title, const QStringList& lines, Random& random) {
    const ScannedPage page = scanPage(lines, random);
    PlainPdf pdf(title);
    pdf.addScannedPage(page.jpeg, page.width, page.height);
    return pdf.bytes();
}

} // namespace

Result<void> writePapers(const Scenario& scenario, FileSink& sink) {
    for (std::size_t index = 0; index < scenario.rings().size(); ++index) {
        const Ring& ring = scenario.rings()[index];
        if (!ring.investigated || ring.victims.empty())
            continue;
        Random random = scenario.random(kPaperStream + index);
        for (int number = 1; number <= kReceiptsPerRing; ++number) {
            const QStringList lines = receipt(scenario, ring, random);
            const bool scanned = index == 0 && number == 2;
            const QString name = QStringLiteral("papers/ring%1-hotel-receipt-%2%3.pdf")
                                     .arg(index + 1)
                                     .arg(number)
                                     .arg(scanned ? QStringLiteral("-scan") : QString());
            const QString title = QStringLiteral("Hotel receipt");
            if (auto written = sink.write(name, scanned ? scannedPdf(title, lines, random)
                                                        : textPdf(title, lines));
                !written)
                return written;
        }
        if (auto written = sink.write(
                QStringLiteral("papers/ring%1-lease.pdf").arg(index + 1),
                textPdf(QStringLiteral("Residential lease"), lease(scenario, ring, random)));
            !written)
            return written;
    }
    return {};
}

} // namespace threadline::scenario
