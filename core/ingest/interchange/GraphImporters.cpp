#include "ingest/interchange/GraphImporters.h"

#include "ingest/interchange/GexfReader.h"
#include "ingest/interchange/GraphMlReader.h"

namespace threadline::ingest {

int GraphMlImporter::fitness(const QByteArray& head, const ImportContext& context) const {
    if (head.contains("<graphml"))
        return 90;
    return context.fileName.endsWith(QLatin1String(".graphml"), Qt::CaseInsensitive) ? 70 : 0;
}

namespace {

Result<ImportResult> factsOf(Result<InterchangeGraph> graph, const ImportContext& context) {
    if (!graph)
        return std::unexpected(graph.error());
    if (graph->nodes.empty() && graph->edges.empty())
        graph->warnings << QStringLiteral("the graph has no nodes");
    return graphFacts(std::move(*graph), context);
}

} // namespace

Result<ImportResult> GraphMlImporter::import(const QByteArray& bytes,
                                             const ImportContext& context) const {
    return factsOf(readGraphMl(bytes, context.fileName), context);
}

int GexfImporter::fitness(const QByteArray& head, const ImportContext& context) const {
    if (head.contains("<gexf"))
        return 90;
    return context.fileName.endsWith(QLatin1String(".gexf"), Qt::CaseInsensitive) ? 70 : 0;
}

Result<ImportResult> GexfImporter::import(const QByteArray& bytes,
                                          const ImportContext& context) const {
    return factsOf(readGexf(bytes, context.fileName), context);
}

} // namespace threadline::ingest
