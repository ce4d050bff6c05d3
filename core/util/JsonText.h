#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QLatin1String>
#include <QStringList>

#include <initializer_list>

namespace threadline {

// A JSON object kept as the compact UTF-8 text the case store keeps: the locator and properties
// of every fact an importer finds. An import makes several per ad, half a million per 100,000
// ads; building each as a QJsonObject (a tree of allocations) only to write it out as text on
// the way into the store cost the import workers a fifth of their time. Importers in a hurry
// insert fields one by one into the text; the others build a QJsonObject as before and it is
// written out once, when it is assigned.
//
// Fields stay in the order they were inserted (an object converted from a QJsonObject: in its
// sorted order); inserting a key that is there already replaces its value, as QJsonObject does.
class JsonText {
public:
    JsonText() = default;                // {}
    JsonText(const QJsonObject& object); // NOLINT(google-explicit-constructor): importers' objects

    JsonText& insert(QLatin1String key, const QString& value);
    JsonText& insert(QLatin1String key, const char* value) = delete; // would bind to bool
    JsonText& insert(QLatin1String key, int value) { return insert(key, qint64(value)); }
    JsonText& insert(QLatin1String key, qint64 value);
    JsonText& insert(QLatin1String key, double value);
    JsonText& insert(QLatin1String key, bool value);
    JsonText& insert(QLatin1String key, const QStringList& values); // an array of strings
    JsonText& insert(QLatin1String key, std::initializer_list<qint64> numbers); // [120,134]
    JsonText& insert(QLatin1String key, const QJsonValue& value);

    // The text, "{}" when there are no fields.
    QByteArray utf8() const;
    bool isEmpty() const { return m_text.isEmpty(); }
    // Reading back parses the text: for tests and the odd importer that edits what another made.
    QJsonObject toObject() const;
    QJsonValue value(const QString& key) const { return toObject().value(key); }
    bool contains(const QString& key) const { return toObject().contains(key); }

    friend bool operator==(const JsonText& a, const JsonText& b) { return a.utf8() == b.utf8(); }

private:
    // Adds a field: the separator and the quoted key (a key already present is removed first),
    // the value as `writeValue` appends it to the text, and the closing brace.
    template <typename WriteValue> JsonText& field(QLatin1String key, WriteValue writeValue);
    void openField(QLatin1String key);
    void appendKey(QLatin1String key);

    QByteArray m_text; // empty, or the whole object from '{' to '}'
};

} // namespace threadline
