#include "activity/ActivityModel.h"

#include "case/CaseDocument.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>

namespace threadline::ui {

ActivityModel::ActivityModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void ActivityModel::setDocument(CaseDocument* document) {
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document)
        connect(m_document, &CaseDocument::changed, this, [this] { reload(); });
    reload();
}

void ActivityModel::reload() {
    const int reading = ++m_reading;
    if (!m_document) {
        beginResetModel();
        m_entries.clear();
        endResetModel();
        return;
    }
    m_document->worker()
        .run([](store::CaseStore& store) { return store.auditLog(); })
        .then(this, [this, reading](Result<std::vector<AuditEntry>> entries) {
            if (reading != m_reading)
                return;
            beginResetModel();
            m_entries.clear();
            if (entries)
                m_entries = std::move(*entries);
            std::reverse(m_entries.begin(), m_entries.end());
            endResetModel();
        });
}

int ActivityModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ActivityModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString ActivityModel::describeAction(const QString& action) {
    if (action == QLatin1String("case.created"))
        return tr("Case created");
    if (action == QLatin1String("source.added"))
        return tr("Source added");
    if (action == QLatin1String("source.imported"))
        return tr("Source imported");
    if (action == QLatin1String("source.import_failed"))
        return tr("Import failed");
    if (action == QLatin1String("profile.saved"))
        return tr("Column profile saved");
    return action;
}

QString ActivityModel::describeDetails(const AuditEntry& entry) {
    const QJsonObject details = QJsonDocument::fromJson(entry.detailsJson.toUtf8()).object();
    if (entry.action == QLatin1String("source.added")) {
        const QString size = QLocale().formattedDataSize(
            details.value(QStringLiteral("size")).toInteger(), 1, QLocale::DataSizeSIFormat);
        return tr("%1 (%2), SHA-256 %3…")
            .arg(details.value(QStringLiteral("name")).toString(), size,
                 details.value(QStringLiteral("sha256")).toString().left(16));
    }
    const auto number = [&](const char* key) { return details.value(QLatin1String(key)).toInt(); };
    if (entry.action == QLatin1String("source.imported"))
        return tr("source #%1 by the %2 importer: %3 documents, %4 new entities, %5 links, %6 "
                  "events, %7 warnings")
            .arg(number("source_id"))
            .arg(details.value(QStringLiteral("importer")).toString())
            .arg(number("documents"))
            .arg(number("entities_created"))
            .arg(number("links"))
            .arg(number("events"))
            .arg(number("warnings"));
    if (entry.action == QLatin1String("source.import_failed"))
        return tr("source #%1: %2")
            .arg(number("source_id"))
            .arg(details.value(QStringLiteral("error")).toString());
    if (entry.action == QLatin1String("case.created"))
        return tr("Threadline %1, schema %2")
            .arg(details.value(QStringLiteral("threadline_version")).toString())
            .arg(details.value(QStringLiteral("schema_version")).toInt());
    return entry.detailsJson;
}

QVariant ActivityModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const AuditEntry& entry = m_entries[std::size_t(index.row())];
    if (role == Qt::ToolTipRole)
        return tr("Audit row %1\nHash %2\n%3")
            .arg(entry.id.value)
            .arg(entry.hash, entry.detailsJson);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Time: {
        const QDateTime time = QDateTime::fromString(entry.at, Qt::ISODateWithMs);
        return QLocale().toString(time.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    }
    case User:
        return entry.osUser;
    case Action:
        return describeAction(entry.action);
    case Details:
        return describeDetails(entry);
    }
    return {};
}

QVariant ActivityModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    static const char* const titles[ColumnCount] = {QT_TR_NOOP("Time"), QT_TR_NOOP("User"),
                                                    QT_TR_NOOP("Action"), QT_TR_NOOP("Details")};
    return tr(titles[section]);
}

} // namespace threadline::ui
