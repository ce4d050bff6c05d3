#pragma once

#include <QMultiHash>
#include <QString>
#include <QStringList>

#include <vector>

namespace threadline::ingest {

// One property of a vCard, unfolded and decoded: "TEL;TYPE=cell:+1 602 555 0142".
struct VCardProperty {
    QString name;                        // upper-case, group prefix removed: "TEL"
    QMultiHash<QString, QString> params; // lower-case keys; bare 2.1 parameters are "type"
    QString value;                       // decoded (quoted-printable, charset, backslash escapes)
    int line = 0;                        // 1-based line of the property in the file
};

struct VCard {
    int line = 0; // line of BEGIN:VCARD
    QString version;
    std::vector<VCardProperty> properties;

    QStringList values(const QString& name) const;
    QString value(const QString& name) const; // first, or empty
};

// Parses every card in a vCard 2.1, 3.0 or 4.0 file. Problems that lose data (a card without
// END, an undecodable line) are added to `warnings` with their line.
std::vector<VCard> parseVCards(const QString& text, QStringList& warnings);

} // namespace threadline::ingest
