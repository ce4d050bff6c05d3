#pragma once

#include "ingest/Importer.h"

#include <memory>
#include <vector>

namespace threadline::ingest {

// The importers the program knows, filled by the composition root (app/). Chooses one per file
// by content (the first bytes and the sniffed media type) and extension.
class ImporterRegistry {
public:
    // Refuses a second importer with the same name.
    Result<void> add(std::unique_ptr<Importer> importer);
    // The best fit for a file, or nullptr when none claims it.
    const Importer* choose(const QByteArray& head, const ImportContext& context) const;
    const Importer* find(const QString& name) const;

private:
    std::vector<std::unique_ptr<Importer>> m_importers;
};

} // namespace threadline::ingest
