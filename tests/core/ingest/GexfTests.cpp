// GEXF 1.1 to 1.3 from Gephi and graphology (issue 23): the real files of ../shared/data/gexf
// import with typed and list attributes, viz colour, size and position in every viz namespace
// variant, and problems as warnings naming their line; a dynamic graph's spells become events in
// UTC with the written times and zone kept.
#include "TestSupport.h"
#include "ingest/interchange/GraphImporters.h"

#include <QFile>
#include <QJsonArray>

using namespace threadline;
using namespace threadline::ingest;

namespace {

const QString kGexf = QStringLiteral(THREADLINE_SHARED_DATA "/gexf/");

ImportResult importGexf(const QByteArray& bytes, const QString& name = QStringLiteral("g.gexf")) {
    ImportContext context;
    context.fileName = name;
    auto result = GexfImporter().import(bytes, context);
    INFO((result ? QString() : result.error().toString()).toStdString());
    REQUIRE(result);
    return std::move(*result);
}

ImportResult importShared(const QString& name) {
    QFile file(kGexf + name);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return importGexf(file.readAll(), name);
}

QJsonObject propertiesOf(const ImportResult& result, const QString& label) {
    for (const ExtractedEntity& entity : result.entities)
        if (entity.label == label)
            return entity.properties.toObject();
    FAIL("no entity " << label.toStdString());
    return {};
}

} // namespace

TEST_CASE("every GEXF file of the shared set imports or says what is wrong",
          "[ingest][interchange][gexf]") {
    const struct {
        const char* file;
        std::size_t nodes;
        std::size_t edges;
        int warnings;
    } expected[] = {
        {"arctic.gexf", 1715, 6676, 0},  {"basic.gexf", 2, 2, 0},
        {"celegans.gexf", 306, 2345, 0}, {"data.gexf", 4, 5, 0},
        {"edge_viz.gexf", 2, 1, 0},      {"les_miserables.gexf", 77, 254, 0},
        {"liststring.gexf", 4, 5, 0},    {"minimal.gexf", 2, 1, 0},
        {"missing_nodes.gexf", 6, 4, 4}, {"mixed.gexf", 3, 3, 0},
        {"pedantic.gexf", 0, 0, 1},      {"undeclared_attribute.gexf", 2, 1, 2},
        {"v1_3.gexf", 2, 1, 0},          {"yeast.gexf", 2361, 7182, 0},
    };
    for (const auto& file : expected) {
        INFO(file.file);
        const ImportResult result = importShared(QLatin1String(file.file));
        CHECK(result.entities.size() == file.nodes);
        CHECK(result.links.size() == file.edges);
        CHECK(result.warnings.size() == file.warnings);
    }
}

TEST_CASE("GEXF attributes keep their types and defaults and viz in any namespace",
          "[ingest][interchange][gexf]") {
    const ImportResult data = importShared(QStringLiteral("data.gexf"));
    const QJsonObject gephi = propertiesOf(data, QStringLiteral("Gephi"));
    CHECK(gephi.value(QStringLiteral("url")) == QStringLiteral("http://gephi.org"));
    CHECK(gephi.value(QStringLiteral("indegree")).toDouble() == 1.0);
    CHECK(gephi.value(QStringLiteral("frog")) == true); // the attribute's default

    const ImportResult lists = importShared(QStringLiteral("liststring.gexf"));
    CHECK(propertiesOf(lists, QStringLiteral("Gephi")).value(QStringLiteral("types")).toArray() ==
          QJsonArray{QStringLiteral("cooking"), QStringLiteral("money")});

    // 1.3's bracketed lists: quoted items keep commas, quotes and escapes; typed items.
    const ImportResult written = importShared(QStringLiteral("v1_3_writer.gexf"));
    const QJsonObject john = written.entities.front().properties.toObject();
    CHECK(john.value(QStringLiteral("colors")).toArray() ==
          QJsonArray{QStringLiteral("yellow"), QStringLiteral("red"), QStringLiteral("\"blue\""),
                     QStringLiteral("'orange'"), QStringLiteral("'purple\""),
                     QStringLiteral("\n\r\t")});
    CHECK(john.value(QStringLiteral("numbers")).toArray() == QJsonArray{1, 3.5});
    CHECK(john.value(QStringLiteral("booleans")).toArray() == QJsonArray{true, false});
    CHECK(john.value(QStringLiteral("viz_color")).toObject().value(QStringLiteral("b")) == 255);

    // 1.1 with Gephi's own typo'd viz namespace ("http:///www.gexf.net/1.1draft/viz").
    const ImportResult viz = importShared(QStringLiteral("edge_viz.gexf"));
    const QJsonObject myriel = propertiesOf(viz, QStringLiteral("Myriel"));
    CHECK(
        myriel.value(QStringLiteral("position")).toObject().value(QStringLiteral("x")).toDouble() ==
        Approx(268.72385));
    CHECK(myriel.value(QStringLiteral("viz_color")).toObject().value(QStringLiteral("r")) == 216);
    CHECK(myriel.value(QStringLiteral("viz_size")).toDouble() == Approx(22.714287));
    REQUIRE(viz.links.size() == 1);
    CHECK(viz.links[0].properties.toObject().value(QStringLiteral("viz_thickness")) == 2.0);
    CHECK(viz.links[0].directed);
}

TEST_CASE("a dynamic GEXF graph's spells become events in UTC with the zone kept",
          "[ingest][interchange][gexf]") {
    const ImportResult result = importGexf(R"(<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" version="1.3">
  <graph mode="dynamic" defaultedgetype="directed" timeformat="datetime"
         timezone="America/Phoenix">
    <nodes>
      <node id="a" label="Room 14" start="2026-03-14T18:00:00" end="2026-03-16T10:00:00"/>
      <node id="b" label="Marco">
        <spells><spell start="2026-03-01" end="2026-03-02"/><spell start="2026-04-01"/></spells>
      </node>
    </nodes>
    <edges>
      <edge id="e" source="b" target="a" label="rented"
            start="2026-03-14T18:00:00" end="2026-03-15T09:00:00"/>
    </edges>
  </graph>
</gexf>
)");
    REQUIRE(result.events.size() == 4);
    const ExtractedEvent& room = result.events[0];
    CHECK(room.occurredAt == QStringLiteral("2026-03-15T01:00:00")); // Phoenix is UTC-7
    CHECK(room.endsAt == QStringLiteral("2026-03-16T17:00:00"));
    CHECK(room.properties.toObject()
              .value(QStringLiteral("written"))
              .toObject()
              .value(QStringLiteral("timezone")) == QStringLiteral("America/Phoenix"));
    CHECK(result.events[2].endsAt.isEmpty()); // an open spell
    const ExtractedEvent& rented = result.events[3];
    CHECK(rented.link == 0);
    CHECK(rented.participants.size() == 2);
    CHECK(result.links[0].type == QStringLiteral("rented"));
}

TEST_CASE("malformed GEXF fails with its line and column", "[ingest][interchange][gexf]") {
    ImportContext context;
    context.fileName = QStringLiteral("cut.gexf");
    auto result = GexfImporter().import("<gexf><graph><nodes><node id=\"a\"></nodes>", context);
    REQUIRE_FALSE(result);
    CHECK(result.error().toString().startsWith(QStringLiteral("cut.gexf: line 1, column")));
}
