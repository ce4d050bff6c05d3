#pragma once

#include <QColor>
#include <QString>

#include <cstdint>

namespace threadline::chart {

// The entity types a chart draws with their own icon and colour; anything else is drawn as
// Entity. The order is fixed: a chart scene stores the index.
enum class EntityKind : std::uint8_t {
    Person,
    Phone,
    EmailAddress,
    Ad,
    AdTemplate,
    Photo,
    PaymentAccount,
    Account,
    Counterparty,
    SocialAccount,
    CryptoWallet,
    Place,
    Device,
    Document,
    Group, // several entities drawn as one node
    Entity,
};
inline constexpr int kEntityKinds = int(EntityKind::Entity) + 1;

EntityKind entityKindOf(const QString& type);
QString entityKindName(EntityKind kind);
// The type's colour: the icon's disc, the overview's dot and the legend agree.
QColor entityKindColour(EntityKind kind);
// ":/icons/entities/Phone.svg"
QString entityKindIcon(EntityKind kind);
// Words for a type in the legend and menus: "E-mail address", "Payment account".
QString entityKindTitle(EntityKind kind);

// A role's colour, for its badge and when a chart is coloured by role: victims blue,
// controllers and suspects red, key players gold, other roles purple.
QColor roleColour(const QString& role);
// What a chart coloured by role gives an entity with no role.
QColor noRoleColour();
// The colour of community `index` (0 is the largest); -1, an entity alone, is grey.
QColor communityColour(int index);

} // namespace threadline::chart
