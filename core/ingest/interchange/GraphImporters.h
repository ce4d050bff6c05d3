#pragma once

#include "ingest/Importer.h"

namespace threadline::ingest {

// Graph files of other tools as sources.

// A GraphML file (Gephi, yEd, Maltego, networkx, igraph) as a source: every node an entity,
// every edge a link, each with its line in the file as evidence (GraphMlReader).
class GraphMlImporter final : public Importer {
public:
    QString name() const override { return QStringLiteral("graphml"); }
    QString version() const override { return QStringLiteral("1"); }
    int fitness(const QByteArray& head, const ImportContext& context) const override;
    Result<ImportResult> import(const QByteArray& bytes,
                                const ImportContext& context) const override;
};

// A GEXF file (Gephi, graphology, networkx) as a source, the same way (GexfReader): dynamic
// graphs' spells become events.
class GexfImporter final : public Importer {
public:
    QString name() const override { return QStringLiteral("gexf"); }
    QString version() const override { return QStringLiteral("1"); }
    int fitness(const QByteArray& head, const ImportContext& context) const override;
    Result<ImportResult> import(const QByteArray& bytes,
                                const ImportContext& context) const override;
};

} // namespace threadline::ingest
