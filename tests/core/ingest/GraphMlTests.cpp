// GraphML from the tools our users come from (issue 23): the real files of ../shared/data
// (graphology's test set, a Maltego export and its damaged copy) import with their typed
// attributes, directions and positions, each node and edge traced to its line; broken files
// import what they hold with one warning per problem, or fail with the place.
#include "ImportFixture.h"
#include "ingest/interchange/GraphImporters.h"
#include "store/FactStore.h"

#include <QFile>

using namespace threadline;
using namespace threadline::ingest;
using threadline::testing::importIntoNewCase;
using threadline::testing::Scratch;

namespace {

const QString kShared = QStringLiteral(THREADLINE_SHARED_DATA "/");

ImportResult importGraphMl(const QString& path) {
    QFile file(kShared + path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    ImportContext context;
    context.fileName = path.section(QLatin1Char('/'), -1);
    auto result = GraphMlImporter().import(file.readAll(), context);
    INFO((result ? QString() : result.error().toString()).toStdString());
    REQUIRE(result);
    return std::move(*result);
}

const ExtractedEntity& entityWithId(const ImportResult& result, const QString& id) {
    for (const ExtractedEntity& entity : result.entities)
        if (entity.properties.toObject().value(QStringLiteral("graphml_id")).toString() == id)
            return entity;
    FAIL("no node " << id.toStdString());
    return result.entities.front();
}

} // namespace

TEST_CASE("GraphML keys are typed and defaults fill the nodes without data with lines as evidence",
          "[ingest][interchange][graphml]") {
    const ImportResult result = importGraphMl(QStringLiteral("graphml/attributes.graphml"));
    REQUIRE(result.entities.size() == 6);
    REQUIRE(result.links.size() == 7);
    CHECK(entityWithId(result, QStringLiteral("n0"))
              .properties.toObject()
              .value(QStringLiteral("color")) == QStringLiteral("green"));
    CHECK(entityWithId(result, QStringLiteral("n1"))
              .properties.toObject()
              .value(QStringLiteral("color")) == QStringLiteral("yellow")); // the key's default
    CHECK(result.links[2].weight == 2.0);
    CHECK_FALSE(result.links[0].directed); // edgedefault="undirected"
    CHECK(result.links[0].type == QStringLiteral("linked"));
    const QJsonObject where = result.links[0].evidence.locator.toObject();
    CHECK(where.value(QStringLiteral("line")).toInt() == 27); // <edge id="e0" ...>
    CHECK(where.value(QStringLiteral("element")).toString() == QStringLiteral("graphml edge e0"));
    CHECK(result.warnings.isEmpty());
}

TEST_CASE("Gephi's GraphML keeps labels and positions and a file missing its key declarations "
          "imports with one warning per key",
          "[ingest][interchange][graphml]") {
    const ImportResult whole = importGraphMl(QStringLiteral("graphml/miserables.graphml"));
    REQUIRE(whole.entities.size() == 77);
    REQUIRE(whole.links.size() == 254);
    const ExtractedEntity& valjean = entityWithId(whole, QStringLiteral("11"));
    CHECK(valjean.label == QStringLiteral("Valjean"));
    const QJsonObject position =
        valjean.properties.toObject().value(QStringLiteral("position")).toObject();
    CHECK(position.value(QStringLiteral("x")).isDouble());
    CHECK(whole.warnings.isEmpty());

    const ImportResult broken = importGraphMl(QStringLiteral("graphml/miserables_broken.graphml"));
    CHECK(broken.entities.size() == 77);
    CHECK(broken.links.size() == 254);
    REQUIRE(broken.warnings.size() == 2);
    CHECK(broken.warnings[0].startsWith(QStringLiteral("line 12: data for key 'label'")));
    CHECK(broken.warnings[1].contains(QStringLiteral("'modularity_class'")));
    CHECK(entityWithId(broken, QStringLiteral("11")).label == QStringLiteral("Valjean"));
}

TEST_CASE("parallel and mixed-direction GraphML edges are kept one link each",
          "[ingest][interchange][graphml]") {
    const ImportResult multi = importGraphMl(QStringLiteral("graphml/multigraph.graphml"));
    CHECK(multi.links.size() == 9);
    const ImportResult mixed = importGraphMl(QStringLiteral("graphml/mixed_multigraph.graphml"));
    REQUIRE(mixed.links.size() == 8);
    const auto directed = std::count_if(mixed.links.begin(), mixed.links.end(),
                                        [](const ExtractedLink& link) { return link.directed; });
    CHECK(directed > 0);
    CHECK(directed < 8);
}

TEST_CASE("edges naming undeclared GraphML nodes make them with one warning per node",
          "[ingest][interchange][graphml]") {
    const ImportResult result = importGraphMl(QStringLiteral("graphml/missing_nodes.graphml"));
    CHECK(result.links.size() == 37);
    REQUIRE_FALSE(result.warnings.isEmpty());
    CHECK(result.warnings.front().contains(QStringLiteral("which the file does not declare")));
    CHECK(int(result.entities.size()) ==
          int(result.warnings.size()) + 15); // the 15 declared, and one made per warning
}

TEST_CASE("a Maltego graph maps its entity types, and its damaged copy says what is missing",
          "[ingest][interchange][graphml][maltego]") {
    const ImportResult graph = importGraphMl(QStringLiteral("maltego/maltego_graph.graphml"));
    REQUIRE(graph.entities.size() == 30);
    CHECK(graph.links.size() == 28);
    const ExtractedEntity& pretoria = entityWithId(graph, QStringLiteral("n0"));
    CHECK(pretoria.type == QStringLiteral("Place"));
    CHECK(pretoria.label == QStringLiteral("Pretoria, South Africa"));
    CHECK(pretoria.properties.toObject().value(QStringLiteral("written_type")) ==
          QStringLiteral("maltego.Location"));
    CHECK(std::count_if(graph.entities.begin(), graph.entities.end(), [](const auto& entity) {
              return entity.type == QStringLiteral("Person");
          }) == 1);
    CHECK(graph.warnings.isEmpty());

    const ImportResult damaged =
        importGraphMl(QStringLiteral("maltego/maltego_graph_errors.graphml"));
    CHECK(damaged.entities.size() == 29);
    REQUIRE(damaged.warnings.size() == 2);
    CHECK(damaged.warnings[0] == QStringLiteral("line 9: the maltego.Location entity of node n0 "
                                                "has no properties; named by the node's id"));
    CHECK(damaged.warnings[1].contains(QStringLiteral("node n1 carries no Maltego entity")));
}

TEST_CASE("malformed GraphML fails with its line and column and imports nothing",
          "[ingest][interchange][graphml][hostile]") {
    QFile file(kShared + QStringLiteral("graphml/basic.graphml"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    ImportContext context;
    context.fileName = QStringLiteral("basic.graphml");
    const QByteArray whole = file.readAll();
    auto result = GraphMlImporter().import(whole.left(whole.size() / 2), context);
    REQUIRE_FALSE(result);
    CHECK(result.error().toString().startsWith(QStringLiteral("basic.graphml: line ")));
    CHECK(result.error().message.contains(QStringLiteral("not well-formed GraphML")));
}

TEST_CASE("a phone in a GraphML chart resolves onto the phone already in the case",
          "[ingest][interchange][graphml]") {
    Scratch scratch;
    const QString calls = scratch.write(QStringLiteral("calls.csv"),
                                        "A_NUMBER;B_NUMBER;START;DUR;TYPE\n"
                                        "(602) 555-0142;480-555-0177;01/03/2026 21:05;64;VOICE\n");
    const QString chart = scratch.write(QStringLiteral("colleague.graphml"),
                                        R"(<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="label" for="node" attr.name="label" attr.type="string"/>
  <key id="type" for="node" attr.name="type" attr.type="string"/>
  <graph edgedefault="directed">
    <node id="a"><data key="label">602.555.0142</data><data key="type">phone</data></node>
    <node id="b"><data key="label">Marco</data><data key="type">person</data></node>
    <edge source="b" target="a"><data key="label">uses</data></edge>
  </graph>
</graphml>
)");
    auto [store, summary] = importIntoNewCase(scratch, {calls, chart});
    for (const jobs::ImportedFile& file : summary.files) {
        INFO(file.name.toStdString() << ": " << file.error.toStdString());
        CHECK(file.ok);
    }
    auto phones = store.facts().entities({QStringLiteral("Phone")});
    REQUIRE(phones);
    CHECK(phones->size() == 2); // the chart's phone is the call table's, not a third
    CHECK(summary.files[1].counts.entitiesMatched == 1);
    threadline::testing::requireVerified(store);
}
