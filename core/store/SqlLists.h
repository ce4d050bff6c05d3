#pragma once

#include <QJsonArray>
#include <QJsonDocument>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <span>

namespace threadline::store {

// Lists bound as one JSON array parameter and read in SQL with json_each(?): one statement for
// any number of values. An empty list binds NULL, which the queries take as "no filter".
inline QString jsonList(const QStringList& values) {
    if (values.isEmpty())
        return {};
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(values)).toJson(QJsonDocument::Compact));
}

inline QString jsonList(std::span<const std::int64_t> values) {
    if (values.empty())
        return {};
    QString list = QStringLiteral("[");
    for (std::int64_t value : values)
        list += QString::number(value) + u',';
    list.back() = u']';
    return list;
}

} // namespace threadline::store
