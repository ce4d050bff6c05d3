#include "tables/SourcesModel.h"

#include "case/CaseDocument.h"

#include <QColor>
#include <QDateTime>
#include <QLocale>

namespace threadline::ui {

namespace {

QString localTime(const QString& utcIso) {
    const QDateTime time = QDateTime::fromString(utcIso, Qt::ISODateWithMs);
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat) : utcIso;
}

QString statusText(const Source& source) {
    switch (source.status) {
    case SourceStatus::Stored:
        return SourcesModel::tr("Stored");
    case SourceStatus::Imported:
        return SourcesModel::tr("Imported");
    case SourceStatus::Partial:
        return SourcesModel::tr("Imported with warnings");
    case SourceStatus::Failed:
        return SourcesModel::tr("Failed: %1").arg(source.error);
    }
    return {};
}

} // namespace

SourcesModel::SourcesModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void SourcesModel::setDocument(CaseDocument* document) {
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document)
        connect(m_document, &CaseDocument::changed, this, [this](const CaseChange& change) {
            if (change.what != CaseChange::What::Chart)
                reload();
        });
    reload();
}

void SourcesModel::reload() {
    const int reading = ++m_reading;
    if (!m_document) {
        show({});
        return;
    }
    m_document->worker()
        .run([](store::CaseStore& store) { return store.sources(); })
        .then(this, [this, reading](Result<std::vector<Source>> sources) {
            // A failed read leaves the table empty; the activity view reports store errors.
            if (reading == m_reading)
                show(sources ? std::move(*sources) : std::vector<Source>{});
        });
}

void SourcesModel::show(std::vector<Source> sources) {
    beginResetModel();
    m_sources = std::move(sources);
    m_names.clear();
    for (const Source& source : m_sources)
        m_names.insert(source.id.value, source.name);
    endResetModel();
}

SourceId SourcesModel::sourceAt(const QModelIndex& index) const {
    return index.isValid() ? m_sources[std::size_t(index.row())].id : SourceId{};
}

int SourcesModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_sources.size());
}

int SourcesModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SourcesModel::display(const Source& source, int column) const {
    switch (column) {
    case Name:
        return source.name;
    case FoundIn:
        return source.parent.isValid() ? m_names.value(source.parent.value) : QString();
    case Size:
        return QLocale().formattedDataSize(source.size, 1, QLocale::DataSizeSIFormat);
    case MediaType:
        return source.mediaType;
    case Status:
        return statusText(source);
    case ImportedAt:
        return localTime(source.importedAt);
    case ImportedBy:
        return source.importedBy;
    case ExhibitRef:
        return source.exhibitRef;
    case Sha256:
        return source.sha256;
    }
    return {};
}

QVariant SourcesModel::sortValue(const Source& source, int column) const {
    switch (column) {
    case Size:
        return qlonglong(source.size);
    case ImportedAt:
        return source.importedAt;
    default:
        return display(source, column);
    }
}

QVariant SourcesModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Source& source = m_sources[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return display(source, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Sha256)
            return tr("SHA-256 of the original bytes: %1").arg(source.sha256);
        if (index.column() == Status)
            return statusText(source) +
                   (source.warnings.isEmpty()
                        ? QString()
                        : QLatin1Char('\n') + source.warnings.join(QLatin1Char('\n')));
        return source.originalPath;
    case Qt::TextAlignmentRole:
        return index.column() == Size ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::ForegroundRole:
        return source.status == SourceStatus::Failed ? QVariant(QColor(0xb0, 0x20, 0x20))
                                                     : QVariant();
    case int(Role::SourceIdRole):
        return qlonglong(source.id.value);
    case int(Role::SortRole):
        return sortValue(source, index.column());
    }
    return {};
}

QVariant SourcesModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    static const char* const titles[ColumnCount] = {
        QT_TR_NOOP("Name"),        QT_TR_NOOP("Found in"),    QT_TR_NOOP("Size"),
        QT_TR_NOOP("Type"),        QT_TR_NOOP("Status"),      QT_TR_NOOP("Imported"),
        QT_TR_NOOP("Imported by"), QT_TR_NOOP("Exhibit ref"), QT_TR_NOOP("SHA-256")};
    return tr(titles[section]);
}

} // namespace threadline::ui
