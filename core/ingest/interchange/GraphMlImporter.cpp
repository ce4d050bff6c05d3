#include "ingest/interchange/GraphMlImporter.h"

#include "ingest/interchange/GraphMlReader.h"

namespace threadline::ingest {

int GraphMlImporter::fitness(const QByteArray& head, const ImportContext& context) const {
    if (head.contains("<graphml"))
        return 90;
    return context.fileName.endsWith(QLatin1String(".graphml"), Qt::CaseInsensitive) ? 70 : 0;
}

Result<ImportResult> GraphMlImporter::import(const QByteArray& bytes,
                                             const ImportContext& context) const {
    auto graph = readGraphMl(bytes, context.fileName);
    if (!graph)
        return std::unexpected(graph.error());
    if (graph->nodes.empty() && graph->edges.empty())
        return fail(ErrorCode::InvalidArgument, QStringLiteral("the graph has no nodes"),
                    context.fileName);
    return graphFacts(std::move(*graph), context);
}

} // namespace threadline::ingest
