#include "ingest/ImporterRegistry.h"

namespace threadline::ingest {

Result<void> ImporterRegistry::add(std::unique_ptr<Importer> importer) {
    if (find(importer->name()))
        return fail(ErrorCode::InvalidArgument,
                    QStringLiteral("two importers are called '%1'").arg(importer->name()));
    m_importers.push_back(std::move(importer));
    return {};
}

const Importer* ImporterRegistry::choose(const QByteArray& head,
                                         const ImportContext& context) const {
    const Importer* best = nullptr;
    int bestFitness = 0;
    for (const auto& importer : m_importers) {
        const int fitness = importer->fitness(head, context);
        if (fitness > bestFitness) {
            best = importer.get();
            bestFitness = fitness;
        }
    }
    return best;
}

const Importer* ImporterRegistry::find(const QString& name) const {
    for (const auto& importer : m_importers)
        if (importer->name() == name)
            return importer.get();
    return nullptr;
}

} // namespace threadline::ingest
