#pragma once

#include <QJsonObject>
#include <QString>

namespace threadline {

// The compact JSON text of an object, as QJsonDocument::toJson(Compact) would write it but
// without building a document first: imports store a small flat locator or property object for
// every fact, and the detour through QJsonDocument cost a fifth of the write time. Nested
// arrays and objects are handed to QJsonDocument.
QString compactJson(const QJsonObject& object);

} // namespace threadline
