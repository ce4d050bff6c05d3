#include "Output.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <cstdio>
#include <unistd.h>

namespace threadline::cli {

namespace {
CapturedOutput* g_capture = nullptr; // the CapturedOutput in force, if any
} // namespace

CapturedOutput::CapturedOutput() {
    g_capture = this;
}

CapturedOutput::~CapturedOutput() {
    g_capture = nullptr;
}

void printLine(const QString& line) {
    if (g_capture) {
        g_capture->text += line + QLatin1Char('\n');
        return;
    }
    std::fputs(line.toUtf8().constData(), stdout);
    std::fputc('\n', stdout);
}

QString versionLine() {
    return QStringLiteral("threadline-cli %1").arg(QCoreApplication::applicationVersion());
}

void printJson(const QJsonValue& value) {
    const QJsonDocument document =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    std::fputs(document.toJson(QJsonDocument::Indented).constData(), stdout);
}

int printError(const QString& message) {
    std::fflush(stdout);
    std::fprintf(stderr, "threadline-cli: %s\n", message.toUtf8().constData());
    return kExitFailure;
}

int printError(const Error& error) {
    return printError(error.toString());
}

QString humanSize(std::int64_t bytes) {
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

void printTable(const QStringList& header, const std::vector<QStringList>& rows) {
    std::vector<qsizetype> widths(header.size());
    for (qsizetype column = 0; column < header.size(); ++column)
        widths[column] = header[column].size();
    for (const QStringList& row : rows)
        for (qsizetype column = 0; column < row.size() && column < header.size(); ++column)
            widths[column] = std::max(widths[column], row[column].size());
    auto format = [&](const QStringList& cells) {
        QString line;
        for (qsizetype column = 0; column < cells.size(); ++column) {
            const bool last = column + 1 == cells.size();
            line += last ? cells[column] : cells[column].leftJustified(widths[column] + 2);
        }
        return line;
    };
    printLine(format(header));
    for (const QStringList& row : rows)
        printLine(format(row));
}

void printCsv(const QStringList& header, const std::vector<QStringList>& rows) {
    auto format = [](const QStringList& cells) {
        QStringList quoted;
        for (const QString& cell : cells) {
            const bool needsQuotes = cell.contains(u',') || cell.contains(u'"') ||
                                     cell.contains(u'\n') || cell.contains(u'\r');
            quoted << (needsQuotes
                           ? u'"' + QString(cell).replace(u'"', QLatin1String("\"\"")) + u'"'
                           : cell);
        }
        return quoted.join(u',');
    };
    printLine(format(header));
    for (const QStringList& row : rows)
        printLine(format(row));
}

ProgressBar::ProgressBar(QString label)
    : m_label(std::move(label))
    , m_enabled(isatty(STDERR_FILENO) == 1) {}

ProgressBar::~ProgressBar() {
    if (m_enabled && m_lastPercent >= 0)
        std::fputs("\r\033[K", stderr);
}

void ProgressBar::update(std::int64_t done, std::int64_t total) {
    if (!m_enabled || total <= 0)
        return;
    const int percent = int(100 * done / total);
    if (percent == m_lastPercent)
        return;
    m_lastPercent = percent;
    constexpr int kWidth = 30;
    const int filled = percent * kWidth / 100;
    const QString bar =
        QString(filled, QLatin1Char('#')) + QString(kWidth - filled, QLatin1Char('.'));
    std::fprintf(stderr, "\r%s [%s] %3d%%", m_label.left(40).toUtf8().constData(),
                 bar.toUtf8().constData(), percent);
    std::fflush(stderr);
}

} // namespace threadline::cli
