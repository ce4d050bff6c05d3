#pragma once

#include "graph/Network.h"
#include "store/CaseStore.h"

#include <QCommandLineParser>

#include <optional>

namespace threadline::cli {

// The options that pick the part of a case a graph command works on, and its output form.
struct NetworkOptions {
    QCommandLineOption chart{QStringLiteral("chart"),
                             QStringLiteral("Only the entities on this chart."),
                             QStringLiteral("NAME")};
    QCommandLineOption entityTypes{QStringLiteral("entity-types"),
                                   QStringLiteral("Only these entity types (comma-separated)."),
                                   QStringLiteral("T,...")};
    QCommandLineOption linkTypes{QStringLiteral("link-types"),
                                 QStringLiteral("Only these link types (comma-separated)."),
                                 QStringLiteral("T,...")};
    QCommandLineOption from{QStringLiteral("from"),
                            QStringLiteral("Only links with an event at or after this time."),
                            QStringLiteral("ISO-TIME")};
    QCommandLineOption to{QStringLiteral("to"),
                          QStringLiteral("Only links with an event at or before this time."),
                          QStringLiteral("ISO-TIME")};
    QCommandLineOption minimumWeight{QStringLiteral("min-weight"),
                                     QStringLiteral("Leave out ties weaker than W."),
                                     QStringLiteral("W"), QStringLiteral("0")};
    QCommandLineOption weighBy{
        QStringLiteral("weigh-by"),
        QStringLiteral("What makes a tie strong for eigenvector, PageRank and communities: "
                       "links (default: how many links), count (every tie alike), weight, "
                       "amount (money) or seconds (call time)."),
        QStringLiteral("VALUE"), QStringLiteral("links")};
    QCommandLineOption csv{QStringLiteral("csv"), QStringLiteral("Print CSV.")};

    QList<QCommandLineOption> options() const;
    NetworkFilter filter(const QCommandLineParser& parser) const;
    // --weigh-by; nothing (after printing why) for an unknown value.
    std::optional<graph::TieValue> tieWeight(const QCommandLineParser& parser) const;
};

enum class OutputForm { Text, Json, Csv };
OutputForm outputForm(const QCommandLineParser& parser, const NetworkOptions& options);

// The network `filter` picks from an open case; prints the error and returns nothing on failure.
std::optional<graph::Network> networkOf(const store::CaseStore& store, const NetworkFilter& filter,
                                        double minimumWeight);

// Opens the case named by the first positional argument and builds the network the options
// pick. Prints the error and returns nothing on failure.
std::optional<graph::Network> loadNetwork(const QCommandLineParser& parser,
                                          const NetworkOptions& options,
                                          std::optional<store::CaseStore>& store);

// The entity an analyst means by `text`: an identifier value or label that names exactly one
// entity, else an id ("12", "#12": "#" always means an id, so a number such as a phone written
// without "+" is read as an identifier first). Prints why and returns nothing otherwise.
std::optional<EntityId> entityNamed(const store::CaseStore& store, const QString& text);

// The node an analyst means by `text`: an entity id ("12" or "#12"), an identifier value
// ("+15550100123") or an exact label. Prints why and returns nothing when none or several match.
std::optional<graph::NodeIndex> nodeNamed(const store::CaseStore& store,
                                          const graph::Network& network, const QString& text);

// "#12 Phone +15550100123"
QString describeNode(const graph::Network& network, graph::NodeIndex node);

struct Column {
    QString name;
    bool numeric = false; // written as a JSON number
};

// Prints rows in the chosen form; JSON as an array of objects keyed by column name.
void printRows(OutputForm form, const std::vector<Column>& columns,
               const std::vector<QStringList>& rows);

} // namespace threadline::cli
