#include "scenario/AnswerKey.h"

#include "scenario/Scenario.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace threadline::scenario {

namespace {

constexpr int kKeyVersion = 1;

QStringList identifiersOf(const Person& person) {
    QStringList identifiers;
    if (!person.phone.isEmpty())
        identifiers << QStringLiteral("+1") + person.phone;
    if (!person.cashtag.isEmpty())
        identifiers << person.cashtag.toLower();
    if (!person.instagram.isEmpty())
        identifiers << QStringLiteral("instagram:") + person.instagram.toLower();
    if (!person.email.isEmpty())
        identifiers << person.email.toLower();
    if (!person.account.isEmpty())
        identifiers << QString(person.account).remove(QLatin1Char(' '));
    return identifiers;
}

QJsonObject personJson(const Person& person) {
    QStringList names;
    for (const QString& name : {person.name, person.nickname})
        if (!name.isEmpty() && !names.contains(name))
            names << name;
    return {{QStringLiteral("id"), person.key},
            {QStringLiteral("role"), toString(person.role)},
            {QStringLiteral("key_player"), person.keyPlayer},
            {QStringLiteral("ring"), person.ring + 1},
            {QStringLiteral("names"), QJsonArray::fromStringList(names)},
            {QStringLiteral("identifiers"), QJsonArray::fromStringList(identifiersOf(person))}};
}

QStringList strings(const QJsonValue& value) {
    QStringList list;
    for (const QJsonValue& item : value.toArray())
        list << item.toString();
    return list;
}

} // namespace

QJsonObject answerKeyJson(const Scenario& scenario) {
    QJsonArray people, links, keyPlayers;
    for (const Person& person : scenario.people()) {
        people.append(personJson(person));
        if (person.keyPlayer)
            keyPlayers.append(person.key);
    }
    for (const TrueLink& link : scenario.links())
        links.append(QJsonObject{{QStringLiteral("from"), scenario.person(link.from).key},
                                 {QStringLiteral("to"), scenario.person(link.to).key},
                                 {QStringLiteral("kind"), link.kind}});
    return {{QStringLiteral("format"), QStringLiteral("threadline-answer-key")},
            {QStringLiteral("version"), kKeyVersion},
            {QStringLiteral("seed"), QString::number(scenario.seed())},
            {QStringLiteral("size"), toString(scenario.size())},
            {QStringLiteral("note"),
             QStringLiteral("Fictitious case. Every person, number and place is invented.")},
            {QStringLiteral("people"), people},
            {QStringLiteral("links"), links},
            {QStringLiteral("key_players"), keyPlayers}};
}

Result<AnswerKey> readAnswerKey(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::NotFound, file.errorString(), path);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError)
        return fail(ErrorCode::InvalidArgument,
                    QStringLiteral("not JSON: %1").arg(error.errorString()), path,
                    QStringLiteral("byte %1").arg(error.offset));
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("format")).toString() != QLatin1String("threadline-answer-key"))
        return fail(ErrorCode::InvalidArgument,
                    QStringLiteral("not an answer key written by threadline-cli scenario"), path);
    AnswerKey key;
    for (const QJsonValue& value : root.value(QStringLiteral("people")).toArray()) {
        const QJsonObject person = value.toObject();
        key.people.push_back({person.value(QStringLiteral("id")).toString(),
                              person.value(QStringLiteral("role")).toString(),
                              person.value(QStringLiteral("key_player")).toBool(),
                              strings(person.value(QStringLiteral("names"))),
                              strings(person.value(QStringLiteral("identifiers")))});
        if (key.people.back().id.isEmpty())
            return fail(ErrorCode::InvalidArgument, QStringLiteral("a person without an id"), path,
                        QStringLiteral("people[%1]").arg(key.people.size() - 1));
    }
    for (const QJsonValue& value : root.value(QStringLiteral("links")).toArray()) {
        const QJsonObject link = value.toObject();
        key.links.push_back({link.value(QStringLiteral("from")).toString(),
                             link.value(QStringLiteral("to")).toString(),
                             link.value(QStringLiteral("kind")).toString()});
    }
    return key;
}

} // namespace threadline::scenario
