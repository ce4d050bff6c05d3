#include "search/SearchPanel.h"

#include "case/CaseDocument.h"
#include "search/RichTextDelegate.h"
#include "store/FactStore.h"
#include "tables/CaseTableSpecs.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace threadline::ui {

namespace {

constexpr int kTypingPauseMs = 120;
enum ResultRole { KindRole = Qt::UserRole + 1, IdRole };
enum class Found { Entity, Document };

} // namespace

SearchPanel::SearchPanel(QWidget* parent)
    : QWidget(parent)
    , m_query(new QLineEdit(this))
    , m_summary(new QLabel(this))
    , m_results(new QListWidget(this))
    , m_addToChart(new QPushButton(tr("Add to Chart"), this))
    , m_typing(new QTimer(this)) {
    m_query->setPlaceholderText(tr("Search names, phones, e-mail, words in every document…"));
    m_query->setClearButtonEnabled(true);
    m_summary->setWordWrap(true);
    m_results->setItemDelegate(new RichTextDelegate(m_results));
    m_results->setWordWrap(true);
    m_results->setAlternatingRowColors(true);
    m_addToChart->setEnabled(false);
    m_addToChart->setToolTip(
        tr("Put the entity, or every entity the document names, on the chart"));
    m_typing->setSingleShot(true);
    m_typing->setInterval(kTypingPauseMs);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_query);
    layout->addWidget(m_summary);
    layout->addWidget(m_results, 1);
    layout->addWidget(m_addToChart, 0, Qt::AlignRight);
    connect(m_query, &QLineEdit::textEdited, m_typing, qOverload<>(&QTimer::start));
    connect(m_query, &QLineEdit::returnPressed, this, &SearchPanel::searchNow);
    connect(m_typing, &QTimer::timeout, this, &SearchPanel::searchNow);
    connect(m_results, &QListWidget::currentRowChanged, this, [this](int row) {
        m_addToChart->setEnabled(row >= 0);
        choose(row);
    });
    connect(m_addToChart, &QPushButton::clicked, this,
            [this] { choose(m_results->currentRow(), true); });
    show({});
}

void SearchPanel::setDocument(CaseDocument* document) {
    m_document = document;
    m_query->clear();
    show({});
}

void SearchPanel::searchNow() {
    m_typing->stop();
    const QString query = m_query->text().trimmed();
    const int generation = ++m_generation;
    if (!m_document || query.isEmpty())
        return show({});
    m_document->worker()
        .run([query](store::CaseStore& store) { return searchCase(store, query); })
        .then(this, [this, generation](Result<SearchResults> found) {
            if (generation != m_generation) // typed on since: a newer search is coming
                return;
            if (!found) {
                m_summary->setText(found.error().toString());
                return;
            }
            show(*found);
        });
}

void SearchPanel::show(const SearchResults& found) {
    m_found = found;
    QSignalBlocker blocker(m_results);
    m_results->clear();
    m_addToChart->setEnabled(false);
    if (found.query.isEmpty()) {
        m_summary->setText(tr("Type a name, a phone number written any way, an e-mail address, "
                              "a handle or words from a document. \"Quotes\" find a phrase; "
                              "word* finds words that start so."));
        return;
    }
    m_summary->setText(
        found.entities.empty() && found.documents.empty()
            ? tr("Nothing matches “%1”.").arg(found.query)
            : tr("%1 and %2")
                  .arg(countOf(std::int64_t(found.entities.size()), tr("entity"), tr("entities")),
                       countOf(std::int64_t(found.documents.size()), tr("document"),
                               tr("documents"))));
    for (const Entity& entity : found.entities) {
        auto* item =
            new QListWidgetItem(QStringLiteral("<b>%1</b> <span style='color:#5b6770'>%2</span>")
                                    .arg(entity.label.toHtmlEscaped(), entity.type.toHtmlEscaped()),
                                m_results);
        item->setData(KindRole, int(Found::Entity));
        item->setData(IdRole, qlonglong(entity.id.value));
    }
    for (const SearchHit& hit : found.documents) {
        auto* item = new QListWidgetItem(
            QStringLiteral("<span style='color:#5b6770'>%1 · %2</span><br>%3")
                .arg(hit.sourceName.toHtmlEscaped(),
                     (hit.title.isEmpty() ? hit.kind : hit.title).toHtmlEscaped(),
                     snippetHtml(hit.snippet)),
            m_results);
        item->setData(KindRole, int(Found::Document));
        item->setData(IdRole, qlonglong(hit.document.value));
    }
}

void SearchPanel::choose(int row, bool add) {
    QListWidgetItem* item = m_results->item(row);
    if (!item || !m_document)
        return;
    const std::int64_t id = item->data(IdRole).toLongLong();
    if (Found(item->data(KindRole).toInt()) == Found::Entity) {
        if (add)
            Q_EMIT addToChartRequested({EntityId{id}});
        else
            m_document->selectEntities({EntityId{id}});
        return;
    }
    if (!add) {
        Q_EMIT documentChosen(DocumentId{id}, searchTerms(m_found.query));
        return;
    }
    m_document->worker()
        .run([id](store::CaseStore& store) {
            return store.facts().entitiesInDocument(DocumentId{id});
        })
        .then(this, [this](Result<std::vector<EntityId>> entities) {
            if (!entities)
                return m_document->reportError(entities.error().toString());
            if (entities->empty())
                return m_document->reportDone(tr("That document names no entity."));
            Q_EMIT addToChartRequested(*entities);
        });
}

} // namespace threadline::ui
