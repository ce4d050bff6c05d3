#pragma once

// For core tests that look inside an importer's result.
#include "model/ImportResult.h"

#include <QStringList>

namespace threadline::testing {

// Labels of the result's entities of `type`, in the order the importer added them.
inline QStringList labelsOf(const ingest::ImportResult& result, const QString& type) {
    QStringList labels;
    for (const ingest::ExtractedEntity& entity : result.entities)
        if (entity.type == type)
            labels << entity.label;
    return labels;
}

} // namespace threadline::testing
