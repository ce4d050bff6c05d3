#pragma once

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace threadline::ingest {

// What the rows of a table are.
enum class TableKind { Calls, Payments, Contacts, Generic };

// Which column plays which role: a saved, reusable answer to "how does this carrier's or
// bank's export look". Roles: calls: caller, callee, start, duration, type, cell, imei, imsi;
// payments: date, amount, currency, payer, payee, payer_account, payee_account, reference;
// contacts: name, phone, email.
struct TableProfile {
    QString name;
    TableKind kind = TableKind::Generic;
    QHash<QString, QString> columns; // role -> header as written in the file
    QString currency;                // when no column gives it
    QString dateFormat;              // Qt format such as "dd/MM/yyyy HH:mm"; empty: recognise

    QJsonObject toJson() const;
    static TableProfile fromJson(const QJsonObject& json);
};

QString toString(TableKind kind);
// The roles a kind of table can map, in the order a mapping form shows them.
QStringList rolesFor(TableKind kind);
TableKind tableKindFromString(const QString& text);

// Guesses roles from header names ("A_NUMBER" is a caller, "Beneficiary IBAN" a payee account)
// and the kind from the roles found.
TableProfile detectProfile(const QStringList& header);

// Reads a date and time as tables write them: ISO 8601, "2026-03-01 21:05:33", "01/03/2026
// 21:05" (day first when `dateFormat` says so or the day is over 12, else month first).
// Returns ISO 8601, or empty when unreadable.
QString parseTableTime(const QString& text, const QString& dateFormat = {});

} // namespace threadline::ingest
