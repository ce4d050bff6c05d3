#include "chart/EntityStyle.h"

#include <array>

namespace threadline::chart {

namespace {

struct KindStyle {
    const char* name;
    const char* title;
    QRgb colour;
};

// Colours follow the icons in resources/icons/entities (Okabe-Ito hues first: they stay apart
// for the commonest colour-vision deficiencies).
constexpr std::array<KindStyle, kEntityKinds> kKinds{{
    {"Person", "Person", 0xff0072b2},
    {"Phone", "Phone", 0xffd55e00},
    {"EmailAddress", "E-mail address", 0xff009e73},
    {"Ad", "Ad", 0xffcc79a7},
    {"AdTemplate", "Ad template", 0xff8e5bb0},
    {"Photo", "Photo", 0xffe69f00},
    {"PaymentAccount", "Payment account", 0xff117733},
    {"Account", "Bank account", 0xff3b9c8f},
    {"Counterparty", "Counterparty", 0xff7a7a7a},
    {"SocialAccount", "Social account", 0xff3a9ad9},
    {"CryptoWallet", "Crypto wallet", 0xffb07d10},
    {"Place", "Place", 0xffaa4499},
    {"Device", "Device", 0xff332288},
    {"Document", "Document", 0xff5d6d7e},
    {"Group", "Group", 0xff4a5568},
    {"Entity", "Other", 0xff999999},
}};

// Tableau 10: distinct at a glance, none too pale on the chart's light background. More
// communities than colours reuse them; the largest ten are always told apart.
constexpr std::array<QRgb, 10> kCommunityColours{0xff4e79a7, 0xfff28e2b, 0xffe15759, 0xff76b7b2,
                                                 0xff59a14f, 0xffedc948, 0xffb07aa1, 0xffff9da7,
                                                 0xff9c755f, 0xff86bcb6};

} // namespace

EntityKind entityKindOf(const QString& type) {
    for (int kind = 0; kind < kEntityKinds - 1; ++kind)
        if (type == QLatin1String(kKinds[kind].name))
            return EntityKind(kind);
    return EntityKind::Entity;
}

QString entityKindName(EntityKind kind) {
    return QString::fromLatin1(kKinds[int(kind)].name);
}

QColor entityKindColour(EntityKind kind) {
    return QColor::fromRgba(kKinds[int(kind)].colour);
}

QString entityKindIcon(EntityKind kind) {
    return QStringLiteral(":/icons/entities/%1.svg").arg(entityKindName(kind));
}

QString entityKindTitle(EntityKind kind) {
    return QString::fromLatin1(kKinds[int(kind)].title);
}

QColor roleColour(const QString& role) {
    if (role == QLatin1String("victim"))
        return QColor(0x2e, 0x86, 0xc1);
    if (role == QLatin1String("controller") || role == QLatin1String("suspect"))
        return QColor(0xc0, 0x39, 0x2b);
    if (role == QLatin1String("key-player"))
        return QColor(0xd4, 0xac, 0x0d);
    return QColor(0x6c, 0x34, 0x83);
}

QColor noRoleColour() {
    return QColor(0xc3, 0xc9, 0xd2);
}

QColor communityColour(int index) {
    if (index < 0)
        return noRoleColour();
    return QColor::fromRgba(kCommunityColours[std::size_t(index) % kCommunityColours.size()]);
}

} // namespace threadline::chart
