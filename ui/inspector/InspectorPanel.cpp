#include "inspector/InspectorPanel.h"

#include "case/CaseDocument.h"
#include "inspector/Inspection.h"

#include <QTextBrowser>
#include <QVBoxLayout>

namespace threadline::ui {

InspectorPanel::InspectorPanel(QWidget* parent)
    : QWidget(parent)
    , m_browser(new QTextBrowser(this)) {
    m_browser->setOpenLinks(false);
    m_browser->setFrameShape(QFrame::NoFrame);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_browser);
    connect(m_browser, &QTextBrowser::anchorClicked, this, &InspectorPanel::follow);
    m_browser->setHtml(inspectionHtml({}));
}

void InspectorPanel::setDocument(CaseDocument* document) {
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document) {
        connect(m_document, &CaseDocument::selectionChanged, this, &InspectorPanel::reread);
        connect(m_document, &CaseDocument::changed, this, [this](const CaseChange& change) {
            if (change.what != CaseChange::What::Chart)
                reread();
        });
    }
    reread();
}

void InspectorPanel::reread() {
    const int generation = ++m_generation;
    if (!m_document || m_document->selection().isEmpty()) {
        m_reading = false;
        m_browser->setHtml(inspectionHtml({}));
        return;
    }
    m_reading = true;
    m_document->worker()
        .run([selection = m_document->selection()](store::CaseStore& store) {
            return inspect(store, selection);
        })
        .then(this, [this, generation](Result<Inspection> inspection) {
            if (generation != m_generation)
                return;
            m_reading = false;
            m_browser->setHtml(inspection
                                   ? inspectionHtml(*inspection)
                                   : QStringLiteral("<p>%1</p>")
                                         .arg(inspection.error().toString().toHtmlEscaped()));
        });
}

void InspectorPanel::follow(const QUrl& link) {
    const QString kind = link.scheme();
    const qint64 id = link.path().toLongLong();
    if (kind == QLatin1String("evidence"))
        Q_EMIT evidenceChosen(int(id));
    else if (kind == QLatin1String("entity") && m_document)
        m_document->selectEntities({EntityId{id}});
    else if (kind == QLatin1String("link") && m_document)
        m_document->setSelection(Selection{{}, {LinkId{id}}, {}});
}

} // namespace threadline::ui
