#pragma once

#include "store/Database.h"

#include <QHash>
#include <QList>
#include <QSet>

namespace threadline::store {

// An absorbed entity stands for its survivor, following chains of merges.
class MergeMap {
public:
    static Result<MergeMap> load(Database& database) {
        auto select =
            database.prepare("SELECT id, merged_into FROM entities WHERE merged_into IS NOT NULL");
        if (!select)
            return std::unexpected(select.error());
        MergeMap map;
        for (;;) {
            auto row = select->step();
            if (!row)
                return std::unexpected(row.error());
            if (!*row)
                return map;
            map.m_into.insert(select->integer(0), select->integer(1));
        }
    }

    // Every entity merged (directly or through others) into `survivor`.
    QList<std::int64_t> absorbedInto(std::int64_t survivor) const {
        return absorbedAmong({survivor});
    }

    // Every entity merged into one of `survivors`.
    QList<std::int64_t> absorbedAmong(const QSet<std::int64_t>& survivors) const {
        QList<std::int64_t> absorbed;
        for (auto merged = m_into.begin(); merged != m_into.end(); ++merged)
            if (survivors.contains(survivor(merged.key())))
                absorbed.append(merged.key());
        return absorbed;
    }

    std::int64_t survivor(std::int64_t entity) const {
        for (int hops = 0; hops < 64 && m_into.contains(entity); ++hops)
            entity = m_into.value(entity);
        return entity;
    }

private:
    QHash<std::int64_t, std::int64_t> m_into;
};

} // namespace threadline::store
