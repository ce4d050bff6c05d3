#include "ingest/finance/OfxImporter.h"

#include "ingest/finance/Payments.h"
#include "ingest/text/TextDecoding.h"

#include <QDateTime>
#include <QRegularExpression>

namespace threadline::ingest {

namespace {

// OFX 1 leaves elements unclosed ("<NAME>Joe's"), so read a value up to the next tag or line end.
QString element(const QString& block, const QString& tag) {
    const QRegularExpression pattern(QStringLiteral("<%1>([^<\\r\\n]*)").arg(tag),
                                     QRegularExpression::CaseInsensitiveOption);
    return pattern.match(block).captured(1).trimmed();
}

QString section(const QString& text, const QString& tag) {
    const QRegularExpression pattern(QStringLiteral("<%1>(.*?)</%1>").arg(tag),
                                     QRegularExpression::CaseInsensitiveOption |
                                         QRegularExpression::DotMatchesEverythingOption);
    return pattern.match(text).captured(1);
}

} // namespace

QString ofxTime(const QString& value) {
    static const QRegularExpression pattern(QStringLiteral(
        "^(\\d{8})(\\d{6})?(?:\\.\\d+)?(?:\\[([+-]?\\d+(?:\\.\\d+)?)(?::[A-Za-z]+)?\\])?"));
    const auto match = pattern.match(value.trimmed());
    if (!match.hasMatch())
        return {};
    const QDate date = QDate::fromString(match.captured(1), QStringLiteral("yyyyMMdd"));
    if (match.captured(2).isEmpty())
        return date.toString(Qt::ISODate);
    const QTime time = QTime::fromString(match.captured(2), QStringLiteral("HHmmss"));
    const int offsetSeconds = int(match.captured(3).toDouble() * 3600); // OFX default is GMT
    return QDateTime(date, time, Qt::OffsetFromUTC, offsetSeconds).toUTC().toString(Qt::ISODate);
}

int OfxImporter::fitness(const QByteArray& head, const ImportContext&) const {
    return head.contains("OFXHEADER") || head.contains("<OFX>") || head.contains("<?OFX") ? 95 : 0;
}

Result<ImportResult> OfxImporter::import(const QByteArray& bytes,
                                         const ImportContext& context) const {
    const QString text = decodeText(bytes).text;
    ImportResult result;
    PaymentSink payments(result);
    const QString currency = element(text, QStringLiteral("CURDEF"));
    QString accountBlock = section(text, QStringLiteral("BANKACCTFROM"));
    if (accountBlock.isEmpty())
        accountBlock = section(text, QStringLiteral("CCACCTFROM"));
    const QString bankId = element(accountBlock, QStringLiteral("BANKID"));
    const Party holder{{},
                       (bankId.isEmpty() ? QString() : bankId + QLatin1Char('/')) +
                           element(accountBlock, QStringLiteral("ACCTID")),
                       {}};

    static const QRegularExpression transactions(QStringLiteral("<STMTTRN>(.*?)</STMTTRN>"),
                                                 QRegularExpression::DotMatchesEverythingOption |
                                                     QRegularExpression::CaseInsensitiveOption);
    for (auto it = transactions.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        const QString block = match.captured(1);
        const double signedAmount = element(block, QStringLiteral("TRNAMT"))
                                        .replace(QLatin1Char(','), QLatin1Char('.'))
                                        .toDouble();
        const QString date = ofxTime(element(block, QStringLiteral("DTPOSTED")));
        const QString fitId = element(block, QStringLiteral("FITID"));
        const QString memo = element(block, QStringLiteral("MEMO"));
        const Party other{element(block, QStringLiteral("NAME")), {}, {}};
        const int line = int(text.left(match.capturedStart()).count(QLatin1Char('\n'))) + 1;
        const QJsonObject locator{{QStringLiteral("line"), line}, {QStringLiteral("fitid"), fitId}};
        const QString summary = QStringLiteral("%1 %2 %3 %4 %5")
                                    .arg(date, element(block, QStringLiteral("TRNTYPE")))
                                    .arg(signedAmount, 0, 'f', 2)
                                    .arg(other.name, memo);
        const int document = result.addDocument(
            {QStringLiteral("transaction"), other.name, summary, {}, date, locator});
        const bool debit = signedAmount < 0;
        payments.add({date, std::abs(signedAmount), currency, debit ? holder : other,
                      debit ? other : holder, fitId, memo.isEmpty() ? other.name : memo, locator},
                     document);
    }
    if (result.documents.empty())
        return fail(ErrorCode::InvalidArgument, QStringLiteral("no transactions (<STMTTRN>) found"),
                    context.fileName);
    return result;
}

} // namespace threadline::ingest
