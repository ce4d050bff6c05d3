#include "ingest/finance/Mt940Importer.h"

#include "ingest/finance/Payments.h"
#include "ingest/text/TextDecoding.h"

#include <QRegularExpression>

namespace threadline::ingest {

namespace {

struct Field {
    QString tag; // "61", "86", "60F"
    QString value;
    int line;
};

std::vector<Field> fields(const QString& text) {
    static const QRegularExpression start(QStringLiteral("^:(\\d\\d[A-Z]?):(.*)$"));
    std::vector<Field> found;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype index = 0; index < lines.size(); ++index) {
        const QString line = lines[index].trimmed();
        const auto match = start.match(line);
        if (match.hasMatch())
            found.push_back({match.captured(1), match.captured(2), int(index) + 1});
        else if (!found.empty() && !line.startsWith(QLatin1Char('-')) &&
                 !line.startsWith(QLatin1Char('{')))
            found.back().value += QLatin1Char('\n') + line; // continuation of the field
    }
    return found;
}

// ":61:2508010801D42,50NTRFNONREF//BANKREF001" -> date, debit?, amount, references
struct StatementLine {
    QString date;
    bool debit = false;
    double amount = 0;
    QString reference;
};

std::optional<StatementLine> parseLine61(const QString& value) {
    static const QRegularExpression line(QStringLiteral(
        "^(\\d{2})(\\d{2})(\\d{2})(\\d{4})?(R?[DC])[A-Z]?([0-9]+,?[0-9]*)([A-Z0-9]{4})?([^\\n]*)"));
    const auto match = line.match(value);
    if (!match.hasMatch())
        return std::nullopt;
    StatementLine parsed;
    parsed.date =
        QStringLiteral("20%1-%2-%3").arg(match.captured(1), match.captured(2), match.captured(3));
    parsed.debit = match.captured(5).endsWith(QLatin1Char('D')) !=
                   match.captured(5).startsWith(QLatin1Char('R'));
    parsed.amount =
        QString(match.captured(6)).replace(QLatin1Char(','), QLatin1Char('.')).toDouble();
    parsed.reference = match.captured(8).trimmed();
    return parsed;
}

// The counterparty and remittance text of a :86: field, in either common layout.
Party counterparty(const QString& details, QString& remittance) {
    Party party;
    static const QRegularExpression sepa(QStringLiteral("/(IBAN|BIC|NAME|REMI|EREF)/([^/]*)"));
    for (auto it = sepa.globalMatch(details); it.hasNext();) {
        const auto match = it.next();
        const QString key = match.captured(1);
        const QString value = match.captured(2).simplified();
        (key == QLatin1String("IBAN")   ? party.account
         : key == QLatin1String("BIC")  ? party.bic
         : key == QLatin1String("NAME") ? party.name
                                        : remittance) = value;
    }
    static const QRegularExpression german(QStringLiteral("\\?(\\d\\d)([^?]*)"));
    for (auto it = german.globalMatch(details); it.hasNext();) {
        const auto match = it.next();
        const int code = match.captured(1).toInt();
        const QString value = match.captured(2).simplified();
        if (code >= 20 && code <= 29)
            remittance += (remittance.isEmpty() ? QString() : QStringLiteral(" ")) + value;
        else if (code == 30)
            party.bic = value;
        else if (code == 31)
            party.account = value;
        else if (code == 32 || code == 33)
            party.name += value;
    }
    if (party.name.isEmpty() && party.account.isEmpty() && remittance.isEmpty())
        remittance = details.simplified();
    return party;
}

} // namespace

int Mt940Importer::fitness(const QByteArray& head, const ImportContext&) const {
    return head.contains(":20:") && head.contains(":25:") &&
                   (head.contains(":60F:") || head.contains(":60M:"))
               ? 95
               : 0;
}

Result<ImportResult> Mt940Importer::import(const QByteArray& bytes,
                                           const ImportContext& context) const {
    ImportResult result;
    PaymentSink payments(result);
    Party holder;
    QString currency;
    std::optional<StatementLine> pending;
    int pendingLine = 0;
    const std::vector<Field> all = fields(decodeText(bytes).text);
    auto flush = [&](const QString& details) {
        if (!pending)
            return;
        QString remittance;
        const Party other = counterparty(details, remittance);
        const QJsonObject locator{{QStringLiteral("line"), pendingLine}};
        const QString text = QStringLiteral("%1 %2 %3 %4\n%5")
                                 .arg(pending->date, pending->debit ? QStringLiteral("debit")
                                                                    : QStringLiteral("credit"))
                                 .arg(pending->amount, 0, 'f', 2)
                                 .arg(currency, details);
        const int document = result.addDocument(
            {QStringLiteral("transaction"), remittance, text, {}, pending->date, locator});
        payments.add({pending->date, pending->amount, currency, pending->debit ? holder : other,
                      pending->debit ? other : holder, pending->reference, remittance, locator},
                     document);
        pending.reset();
    };
    for (const Field& field : all) {
        if (field.tag == QLatin1String("25")) {
            holder.account = field.value.section(QLatin1Char('/'), -1);
        } else if (field.tag.startsWith(QLatin1String("60")) && field.value.size() >= 10) {
            currency = field.value.mid(7, 3);
        } else if (field.tag == QLatin1String("61")) {
            flush({});
            pending = parseLine61(field.value);
            pendingLine = field.line;
            if (!pending)
                result.warnings << QStringLiteral("line %1: statement line not understood: %2")
                                       .arg(field.line)
                                       .arg(field.value);
        } else if (field.tag == QLatin1String("86")) {
            flush(field.value);
        }
    }
    flush({});
    if (result.documents.empty())
        return fail(ErrorCode::InvalidArgument, QStringLiteral("no statement lines (:61:) found"),
                    context.fileName);
    return result;
}

} // namespace threadline::ingest
