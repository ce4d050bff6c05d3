#include "evidence/EvidenceDialog.h"

#include "case/CaseDocument.h"
#include "model/Locator.h"
#include "store/FactStore.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace threadline::ui {

namespace {

enum Column { SourceColumn, PlaceColumn, QuoteColumn, ByColumn, Columns };

} // namespace

EvidenceDialog::EvidenceDialog(CaseDocument& document, EntityId entity, const QString& label,
                               QWidget* parent)
    : QDialog(parent)
    , m_summary(new QLabel(tr("Reading the evidence…"), this))
    , m_rows(new QTreeWidget(this)) {
    setWindowTitle(tr("Evidence for %1").arg(label));
    setAttribute(Qt::WA_DeleteOnClose);
    resize(900, 420);
    m_rows->setColumnCount(Columns);
    m_rows->setHeaderLabels({tr("Source"), tr("Where"), tr("Quoted"), tr("Asserted by")});
    m_rows->setRootIsDecorated(false);
    m_rows->setAlternatingRowColors(true);
    m_rows->setWordWrap(true);
    m_rows->header()->setSectionResizeMode(QuoteColumn, QHeaderView::Stretch);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_rows, 1);
    layout->addWidget(buttons);
    document.worker()
        .run([entity](store::CaseStore& store) { return store.facts().evidence(entity); })
        .then(this, [this](Result<std::vector<Evidence>> rows) {
            if (!rows) {
                m_summary->setText(rows.error().toString());
                return;
            }
            fill(*rows);
        });
}

void EvidenceDialog::fill(const std::vector<Evidence>& rows) {
    m_summary->setText(
        rows.empty() ? tr("No assertion names this entity: it was made by an "
                          "analysis, not found in a source.")
                     : tr("%n piece(s) of evidence, oldest first.", nullptr, int(rows.size())));
    for (const Evidence& evidence : rows) {
        auto* item = new QTreeWidgetItem(m_rows);
        item->setText(SourceColumn,
                      evidence.source.isValid() ? evidence.sourceName : tr("analyst's assertion"));
        item->setToolTip(SourceColumn, tr("SHA-256 %1").arg(evidence.sha256));
        item->setText(PlaceColumn, describeLocator(evidence.locatorJson));
        item->setText(QuoteColumn,
                      evidence.quote.isEmpty() ? evidence.reason : evidence.quote.simplified());
        item->setText(ByColumn, evidence.assertedBy);
    }
    for (int column = 0; column < Columns; ++column)
        if (column != QuoteColumn)
            m_rows->resizeColumnToContents(column);
}

} // namespace threadline::ui
