#include "GraphInput.h"

#include "CommandLine.h"
#include "Output.h"
#include "graph/NetworkBuilder.h"
#include "store/FactStore.h"

#include <QJsonArray>
#include <QJsonObject>

namespace threadline::cli {

QList<QCommandLineOption> NetworkOptions::options() const {
    return {chart, entityTypes, linkTypes, from, to, minimumWeight, weighBy, csv, jsonOption()};
}

NetworkFilter NetworkOptions::filter(const QCommandLineParser& parser) const {
    auto list = [&](const QCommandLineOption& option) {
        return parser.value(option).split(u',', Qt::SkipEmptyParts);
    };
    return {parser.value(chart), list(entityTypes), list(linkTypes), parser.value(from),
            parser.value(to)};
}

std::optional<graph::TieValue> NetworkOptions::tieWeight(const QCommandLineParser& parser) const {
    using graph::TieValue;
    const std::pair<const char*, TieValue> names[] = {{"links", TieValue::Links},
                                                      {"count", TieValue::Count},
                                                      {"weight", TieValue::Weight},
                                                      {"amount", TieValue::Amount},
                                                      {"seconds", TieValue::Seconds}};
    for (const auto& [name, value] : names)
        if (parser.value(weighBy) == QLatin1String(name))
            return value;
    printError(QStringLiteral("--weigh-by %1: expected links, count, weight, amount or seconds")
                   .arg(parser.value(weighBy)));
    return std::nullopt;
}

OutputForm outputForm(const QCommandLineParser& parser, const NetworkOptions& options) {
    if (parser.isSet(options.csv))
        return OutputForm::Csv;
    return parser.isSet(jsonOption()) ? OutputForm::Json : OutputForm::Text;
}

std::optional<graph::Network> loadNetwork(const QCommandLineParser& parser,
                                          const NetworkOptions& options,
                                          std::optional<store::CaseStore>& store) {
    store = openCase(parser.positionalArguments().front(), store::CaseStore::Access::ReadOnly);
    if (!store)
        return std::nullopt;
    return networkOf(*store, options.filter(parser),
                     parser.value(options.minimumWeight).toDouble());
}

std::optional<graph::Network> networkOf(const store::CaseStore& store, const NetworkFilter& filter,
                                        double minimumWeight) {
    auto rows = store.facts().networkRows(filter);
    if (!rows) {
        printError(rows.error());
        return std::nullopt;
    }
    return graph::buildNetwork(*rows, minimumWeight);
}

std::optional<EntityId> entityNamed(const store::CaseStore& store, const QString& text) {
    bool isNumber = false;
    const std::int64_t id = QString(text).remove(u'#').toLongLong(&isNumber);
    if (isNumber && text.startsWith(u'#'))
        return EntityId{id};
    auto named = store.facts().entitiesNamed(text);
    if (!named) {
        printError(named.error());
        return std::nullopt;
    }
    if (named->empty() && isNumber)
        return EntityId{id};
    if (named->size() != 1) {
        printError(named->empty() ? QStringLiteral("no entity is named '%1'").arg(text)
                                  : QStringLiteral("%1 entities are named '%2'; give an id")
                                        .arg(named->size())
                                        .arg(text));
        return std::nullopt;
    }
    return named->front();
}

std::optional<graph::NodeIndex> nodeNamed(const store::CaseStore& store,
                                          const graph::Network& network, const QString& text) {
    QString digits = text.startsWith(u'#') ? text.mid(1) : text;
    bool isNumber = false;
    const std::int64_t id = digits.toLongLong(&isNumber);
    if (isNumber)
        if (auto node = network.nodeOfEntity(id))
            return node;
    auto named = store.facts().entitiesNamed(text);
    if (!named) {
        printError(named.error());
        return std::nullopt;
    }
    std::vector<graph::NodeIndex> nodes;
    for (EntityId entity : *named)
        if (auto node = network.nodeOfEntity(entity.value))
            nodes.push_back(*node);
    if (nodes.size() == 1)
        return nodes.front();
    if (nodes.empty())
        printError(QStringLiteral("no entity '%1' in this network (give an id, an identifier "
                                  "such as a phone number, or an exact label)")
                       .arg(text));
    else
        printError(QStringLiteral("'%1' names %2 entities (%3 ...); give its id instead")
                       .arg(text)
                       .arg(nodes.size())
                       .arg(describeNode(network, nodes.front())));
    return std::nullopt;
}

QString describeNode(const graph::Network& network, graph::NodeIndex node) {
    const graph::Node& entity = network.node(node);
    return QStringLiteral("#%1 %2 %3").arg(entity.entity).arg(entity.type, entity.label);
}

void printRows(OutputForm form, const std::vector<Column>& columns,
               const std::vector<QStringList>& rows) {
    QStringList header;
    for (const Column& column : columns)
        header << column.name;
    if (form == OutputForm::Text)
        return printTable(header, rows);
    if (form == OutputForm::Csv)
        return printCsv(header, rows);
    QJsonArray array;
    for (const QStringList& row : rows) {
        QJsonObject object;
        for (std::size_t column = 0; column < columns.size() && qsizetype(column) < row.size();
             ++column) {
            const QString& cell = row[qsizetype(column)];
            object.insert(columns[column].name,
                          columns[column].numeric ? QJsonValue(cell.toDouble()) : QJsonValue(cell));
        }
        array.append(object);
    }
    printJson(array);
}

} // namespace threadline::cli
