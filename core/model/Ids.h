#pragma once

#include <cstdint>
#include <functional>

namespace threadline {

// A row id that cannot be mixed up with an id of another kind (a SourceId is not an EntityId).
template <typename Tag> struct Id {
    std::int64_t value = 0;

    constexpr bool isValid() const { return value > 0; }
    // Plain operators rather than <=>: Qt 6.4's moc cannot parse <compare> from libstdc++ 12.
    constexpr bool operator==(const Id&) const = default;
    constexpr bool operator<(const Id& other) const { return value < other.value; }
};

using SourceId = Id<struct SourceTag>;
using DocumentId = Id<struct DocumentTag>;
using EntityId = Id<struct EntityTag>;
using LinkId = Id<struct LinkTag>;
using EventId = Id<struct EventTag>;
using AuditId = Id<struct AuditTag>;

} // namespace threadline

template <typename Tag> struct std::hash<threadline::Id<Tag>> {
    std::size_t operator()(threadline::Id<Tag> id) const noexcept {
        return std::hash<std::int64_t>()(id.value);
    }
};
