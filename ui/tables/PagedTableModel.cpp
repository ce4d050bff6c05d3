#include "tables/PagedTableModel.h"

#include "case/CaseDocument.h"

#include <QColor>

namespace threadline::ui {

PagedTableModel::PagedTableModel(TableSpec spec, QObject* parent)
    : QAbstractTableModel(parent)
    , m_spec(std::move(spec)) {
    m_query.column = m_spec.defaultSort;
    m_query.limit = kPageSize;
}

void PagedTableModel::setDocument(CaseDocument* document) {
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document)
        connect(m_document, &CaseDocument::changed, this, [this](const CaseChange& change) {
            if (change.what != CaseChange::What::Chart && change.what != CaseChange::What::Sources)
                restart(Recount::RowsAndTypes);
        });
    restart(Recount::RowsAndTypes);
}

void PagedTableModel::setFilter(const QString& type, const QString& role, const QString& text) {
    if (type == m_query.type && role == m_query.role && text == m_query.text)
        return;
    m_query.type = type;
    m_query.role = role;
    m_query.text = text;
    restart(Recount::Rows);
}

void PagedTableModel::setTimeRange(const QString& from, const QString& to) {
    if (from == m_query.from && to == m_query.to)
        return;
    m_query.from = from;
    m_query.to = to;
    restart(Recount::Rows);
}

void PagedTableModel::sort(int column, Qt::SortOrder order) {
    if (column < 0 || column >= int(m_spec.columns.size()) ||
        m_spec.columns[std::size_t(column)].sortKey.isEmpty())
        return;
    const QString key = m_spec.columns[std::size_t(column)].sortKey;
    const bool descending = order == Qt::DescendingOrder;
    if (key == m_query.column && descending == m_query.descending)
        return;
    m_query.column = key;
    m_query.descending = descending;
    restart(Recount::No); // the same rows in another order
}

// Empties the table and reads its first page again, and as much of its count and facet as
// may have changed. Reads still queued for an older query are skipped on the worker, so a
// re-sort does not wait behind the count of a filter typed before it.
void PagedTableModel::restart(Recount recount) {
    m_latest->store(++m_generation);
    // Nothing may be fetched while the reset is under way: a view or tester asking for more
    // on modelAboutToBeReset would read on from the old rows' end.
    m_exhausted = true;
    beginResetModel();
    m_rows.clear();
    m_rowOfId.clear();
    m_reading = false;
    m_readUntil = 0;
    if (recount != Recount::No)
        m_total = -1;
    endResetModel();
    m_exhausted = m_document == nullptr;
    if (!m_document)
        return;
    fetchMore({});
    if (recount == Recount::No)
        return;
    const int generation = m_generation;
    TableQuery query = m_query;
    m_document->worker()
        .run([count = m_spec.count, query, latest = m_latest,
              generation](store::CaseStore& store) -> Result<std::int64_t> {
            if (latest->load() != generation)
                return fail(ErrorCode::Cancelled, QStringLiteral("a newer query was asked"));
            return count(store, query);
        })
        .then(this, [this, generation](Result<std::int64_t> rows) {
            if (generation != m_generation || !rows)
                return;
            m_total = *rows;
            Q_EMIT counted(*rows);
        });
    if (m_spec.types && recount == Recount::RowsAndTypes)
        m_document->worker()
            .run([types = m_spec.types](store::CaseStore& store) { return types(store); })
            .then(this, [this, generation](Result<TypeCounts> types) {
                if (generation == m_generation && types)
                    Q_EMIT typesCounted(*types);
            });
}

bool PagedTableModel::canFetchMore(const QModelIndex& parent) const {
    return !parent.isValid() && !m_exhausted && !m_reading;
}

void PagedTableModel::fetchMore(const QModelIndex& parent) {
    if (!canFetchMore(parent))
        return;
    m_reading = true;
    TableQuery page = m_query;
    page.offset = std::int64_t(m_rows.size());
    const int generation = m_generation;
    m_document->worker()
        .run([read = m_spec.readPage, page, latest = m_latest,
              generation](store::CaseStore& store) -> Result<std::vector<TableRow>> {
            if (latest->load() != generation)
                return fail(ErrorCode::Cancelled, QStringLiteral("a newer query was asked"));
            return read(store, page);
        })
        .then(this, [this, generation, offset = page.offset](Result<std::vector<TableRow>> rows) {
            // QFuture::then calls at once when the read finished before it was attached; the
            // rows go in from the event loop, never inside the caller's own model change.
            QMetaObject::invokeMethod(
                this,
                [this, generation, offset, rows = std::move(rows)]() mutable {
                    take(generation, offset, std::move(rows));
                },
                Qt::QueuedConnection);
        });
}

void PagedTableModel::take(int generation, std::int64_t offset,
                           Result<std::vector<TableRow>> rows) {
    if (generation != m_generation || offset != std::int64_t(m_rows.size()))
        return; // read for an older query, or for rows the table no longer ends with
    if (!rows) {
        m_reading = false;
        m_exhausted = true;
        m_document->reportError(rows.error().toString());
        return;
    }
    append(std::move(*rows));
}

// Still "reading" while the rows go in: a view or tester that asks for more as they arrive must
// not ask for this page again.
void PagedTableModel::append(std::vector<TableRow> rows) {
    m_rowsRead += std::int64_t(rows.size());
    const bool last = int(rows.size()) < m_query.limit;
    if (!rows.empty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(rows.size()) - 1);
        for (TableRow& row : rows) {
            m_rowOfId.insert(row.id, int(m_rows.size()));
            m_rows.push_back(std::move(row));
        }
        endInsertRows();
    }
    m_reading = false;
    m_exhausted = last;
    if (std::int64_t(m_rows.size()) < m_readUntil && !m_exhausted) {
        fetchMore({}); // on towards a row to reveal; the selection is shown when it is in
        return;
    }
    Q_EMIT pageRead();
}

std::int64_t PagedTableModel::idAt(int row) const {
    return row >= 0 && row < int(m_rows.size()) ? m_rows[std::size_t(row)].id : 0;
}

void PagedTableModel::reveal(std::int64_t id) {
    if (!m_document || !m_spec.position || rowOf(id) >= 0 || m_exhausted)
        return;
    const int generation = m_generation;
    m_document->worker()
        .run([position = m_spec.position, query = m_query, id](store::CaseStore& store) {
            return position(store, query, id);
        })
        .then(this, [this, generation](Result<std::int64_t> at) {
            if (generation != m_generation || !at || *at < 0 || *at >= kRevealRows)
                return;
            m_readUntil = *at + 1;
            if (std::int64_t(m_rows.size()) < m_readUntil)
                fetchMore({});
        });
}

const TableRow* PagedTableModel::rowAt(int row) const {
    return row >= 0 && row < int(m_rows.size()) ? &m_rows[std::size_t(row)] : nullptr;
}

int PagedTableModel::rowOf(std::int64_t id) const {
    return m_rowOfId.value(id, -1);
}

int PagedTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PagedTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_spec.columns.size());
}

QVariant PagedTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount())
        return {};
    const TableRow& row = m_rows[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return index.column() < row.cells.size() ? row.cells[index.column()] : QString();
    case Qt::ToolTipRole:
        return row.toolTip.isEmpty() ? QVariant() : row.toolTip;
    case Qt::TextAlignmentRole:
        return m_spec.columns[std::size_t(index.column())].alignRight
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant();
    case Qt::ForegroundRole:
        return row.failed ? QVariant(QColor(0xb0, 0x20, 0x20)) : QVariant();
    case IdRole:
        return qlonglong(row.id);
    }
    return {};
}

QVariant PagedTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    const TableColumn& column = m_spec.columns[std::size_t(section)];
    if (role == Qt::DisplayRole)
        return column.title;
    if (role == Qt::ToolTipRole && column.sortKey.isEmpty())
        return tr("%1 (not sortable: the case keeps no index in this order)").arg(column.title);
    return {};
}

} // namespace threadline::ui
