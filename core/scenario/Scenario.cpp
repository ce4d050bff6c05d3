#include "scenario/Scenario.h"

#include <QRegularExpression>
#include <QSet>

namespace threadline::scenario {

namespace {

constexpr int kReservedPhones = 96; // recruiters, mules, buyers, acquaintances, bank customers
constexpr int kBuyersPerVictim = 2;
constexpr int kMaxBuyers = 8;
constexpr int kAcquaintances = 4;
constexpr int kBystanders = 6; // bank customers with nothing to do with the case
constexpr const char* kControllerNicknames[] = {"Daddy", "Boss", "Papi", "Big Man", "Unc"};

// Someone known only from the ads: no legal name, account or e-mail in any seized paper.
Person unnamed(Role role, int ring) {
    Person person;
    person.role = role;
    person.ring = ring;
    return person;
}

} // namespace

std::optional<ScenarioSize> scenarioSizeFromString(const QString& text) {
    for (const ScenarioSize size :
         {ScenarioSize::Small, ScenarioSize::Medium, ScenarioSize::Large, ScenarioSize::Huge})
        if (toString(size) == text)
            return size;
    return std::nullopt;
}

QString toString(ScenarioSize size) {
    switch (size) {
    case ScenarioSize::Small:
        return QStringLiteral("small");
    case ScenarioSize::Medium:
        return QStringLiteral("medium");
    case ScenarioSize::Large:
        return QStringLiteral("large");
    case ScenarioSize::Huge:
        return QStringLiteral("huge");
    }
    return {};
}

ScenarioSpec specFor(ScenarioSize size) {
    switch (size) {
    case ScenarioSize::Small:
        return {200, 1, 24};
    case ScenarioSize::Medium:
        return {5'000, 2, 60};
    case ScenarioSize::Large:
        return {100'000, 3, 120};
    case ScenarioSize::Huge:
        return {1'000'000, 3, 200};
    }
    return {};
}

QString toString(Role role) {
    switch (role) {
    case Role::Uninvolved:
        return QStringLiteral("uninvolved");
    case Role::Victim:
        return QStringLiteral("victim");
    case Role::Controller:
        return QStringLiteral("controller");
    case Role::Recruiter:
        return QStringLiteral("recruiter");
    case Role::MoneyMule:
        return QStringLiteral("money-mule");
    case Role::Buyer:
        return QStringLiteral("buyer");
    }
    return {};
}

Scenario::Scenario(std::uint64_t seed, ScenarioSize size)
    : m_seed(seed)
    , m_size(size)
    , m_spec(specFor(size))
    , m_random(seed ^ 0x5CE4A210ull)
    , m_market(seed, m_spec.ads, kReservedPhones)
    , m_personForPersona(m_market.personas().size(), -1) {
    const auto& controllers = m_market.controllers();
    for (std::size_t controller = 0; controller < controllers.size(); ++controller)
        addRing(int(controller), int(controller) < m_spec.investigatedRings);
    for (int i = 0; i < kBystanders; ++i)
        m_bystanders.push_back(addPerson(newPerson(Role::Uninvolved, -1)));
}

int Scenario::personForPersona(int persona) const {
    return persona >= 0 && std::size_t(persona) < m_personForPersona.size()
               ? m_personForPersona[std::size_t(persona)]
               : -1;
}

// Everyone in an investigated ring appears by name in seized papers, so they get distinct legal
// names, numbers and accounts; in the other rings only what the ads show is known.
void Scenario::addRing(int marketController, bool investigated) {
    Random random = m_random.fork(0x5000 + std::uint64_t(marketController));
    const Controller& boss = m_market.controllers()[std::size_t(marketController)];
    Ring ring;
    ring.investigated = investigated;
    const int ringIndex = int(m_rings.size());

    Person controller = investigated ? newPerson(Role::Controller, ringIndex)
                                     : unnamed(Role::Controller, ringIndex);
    controller.phone = boss.phone;
    controller.cashtag = boss.cashtag.toLower();
    controller.nickname = QString::fromLatin1(random.pick(kControllerNicknames));
    controller.keyPlayer = investigated;
    if (!investigated)
        controller.name = boss.name;
    ring.controller = addPerson(std::move(controller));

    for (const int persona : boss.personas) {
        const Persona& advertised = m_market.personas()[std::size_t(persona)];
        Person victim =
            investigated ? newPerson(Role::Victim, ringIndex) : unnamed(Role::Victim, ringIndex);
        victim.nickname = advertised.workingName;
        victim.phone = advertised.phone;
        victim.cashtag =
            advertised.cashtag.toLower() == m_people[std::size_t(ring.controller)].cashtag
                ? QString()
                : advertised.cashtag.toLower();
        victim.instagram = advertised.instagram;
        victim.email = advertised.email.isEmpty() ? victim.email : advertised.email;
        victim.persona = persona;
        if (investigated && victim.cashtag.isEmpty()) // she pays her "fees" from her own
            victim.cashtag = QStringLiteral("$%1%2")
                                 .arg(advertised.workingName.toLower())
                                 .arg(random.between(100, 999));
        const int index = addPerson(std::move(victim));
        m_personForPersona[std::size_t(persona)] = index;
        ring.victims.push_back(index);
        link(ring.controller, index, "controls");
    }
    if (investigated) {
        ring.recruiter = addPerson(newPerson(Role::Recruiter, ringIndex));
        ring.moneyMule = addPerson(newPerson(Role::MoneyMule, ringIndex));
        m_people[std::size_t(ring.recruiter)].keyPlayer = true;
        m_people[std::size_t(ring.moneyMule)].keyPlayer = true;
        link(ring.recruiter, ring.controller, "works-with");
        link(ring.moneyMule, ring.controller, "launders-for");
        for (const int victim : ring.victims)
            link(ring.recruiter, victim, "recruited");
        const int buyers = std::min(
            kMaxBuyers, kBuyersPerVictim * int(std::max<std::size_t>(1, ring.victims.size())));
        for (int i = 0; i < buyers; ++i) {
            const int buyer = addPerson(newPerson(Role::Buyer, ringIndex));
            ring.buyers.push_back(buyer);
            if (!ring.victims.empty())
                link(buyer, ring.victims[std::size_t(i) % ring.victims.size()], "buys-from");
        }
        for (int i = 0; i < kAcquaintances; ++i)
            ring.acquaintances.push_back(addPerson(newPerson(Role::Uninvolved, -1)));
    }
    m_rings.push_back(std::move(ring));
}

// A named person with a number from the reserved ones, an e-mail address and a bank account.
Person Scenario::newPerson(Role role, int ring) {
    Random random = m_random.fork(0x9000 + m_people.size());
    QSet<QString> taken;
    for (const Person& person : m_people)
        taken.insert(person.name);
    Person person;
    person.role = role;
    person.ring = ring;
    do
        person.name = personName(random);
    while (taken.contains(person.name));
    person.nickname = person.name.section(QLatin1Char(' '), 0, 0);
    const auto& reserved = m_market.reservedPhones();
    person.phone = reserved[m_reservedDealt++ % reserved.size()];
    const QString handle = QString(person.name).toLower().remove(QLatin1Char(' '));
    person.email = QStringLiteral("%1%2@mail.example")
                       .arg(handle.normalized(QString::NormalizationForm_KD)
                                .remove(QRegularExpression(QStringLiteral("[^a-z]"))))
                       .arg(random.between(1, 99));
    person.account =
        QStringLiteral("US55 0100 %1").arg(m_people.size() + 1, 4, 10, QLatin1Char('0'));
    return person;
}

int Scenario::addPerson(Person person) {
    person.key = QStringLiteral("P%1").arg(m_people.size() + 1, 3, 10, QLatin1Char('0'));
    m_people.push_back(std::move(person));
    return int(m_people.size() - 1);
}

void Scenario::link(int from, int to, const char* kind) {
    m_links.push_back({from, to, QString::fromLatin1(kind)});
}

} // namespace threadline::scenario
