#include "activity/ActivityModel.h"

#include "activity/AuditWords.h"
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
        return describeAuditAction(entry.action);
    case Details:
        return describeAuditDetails(entry);
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
