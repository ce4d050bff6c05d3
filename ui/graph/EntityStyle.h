#pragma once

#include <QColor>
#include <QString>

#include <cstdint>

namespace threadline::ui {

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

} // namespace threadline::ui
