#include "evidence/EvidenceViewer.h"

#include "case/CaseDocument.h"
#include "evidence/SelectionEvidence.h"
#include "evidence/SourceDetails.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedWidget>
#include <QStyle>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace threadline::ui {

namespace {

enum Page { PicturePage, TextPage };

constexpr int kNarrowestDrawing = 500;

QPushButton* toolButton(const QIcon& icon, const QString& tip, QWidget* parent) {
    auto* button = new QPushButton(icon, QString(), parent);
    button->setToolTip(tip);
    button->setFlat(true);
    return button;
}

} // namespace

EvidenceViewer::EvidenceViewer(QWidget* parent)
    : QWidget(parent)
    , m_previous(toolButton(style()->standardIcon(QStyle::SP_ArrowBack),
                            tr("Previous piece of evidence"), this))
    , m_next(toolButton(style()->standardIcon(QStyle::SP_ArrowForward),
                        tr("Next piece of evidence"), this))
    , m_position(new QLabel(this))
    , m_where(new QLabel(this))
    , m_details(new QPushButton(tr("Source Details…"), this))
    , m_save(new QPushButton(tr("Save a Copy…"), this))
    , m_pages(new QStackedWidget(this))
    , m_pictureArea(new QScrollArea(this))
    , m_picture(new QLabel(this))
    , m_text(new QTextBrowser(this)) {
    m_where->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_where->setWordWrap(true);
    m_details->setToolTip(
        tr("Hash, custodian, exhibit reference, import and what it was found in"));
    m_save->setToolTip(tr("Save the original file as it was imported (its hash is checked)"));
    m_picture->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_pictureArea->setWidget(m_picture);
    m_pictureArea->setWidgetResizable(true);
    m_pictureArea->setBackgroundRole(QPalette::Dark);
    m_pages->insertWidget(PicturePage, m_pictureArea);
    m_pages->insertWidget(TextPage, m_text);

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_previous);
    bar->addWidget(m_position);
    bar->addWidget(m_next);
    bar->addStretch(1);
    bar->addWidget(m_details);
    bar->addWidget(m_save);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(m_where);
    layout->addWidget(m_pages, 1);

    connect(m_previous, &QPushButton::clicked, this, [this] { showEvidence(m_index - 1); });
    connect(m_next, &QPushButton::clicked, this, [this] { showEvidence(m_index + 1); });
    connect(m_details, &QPushButton::clicked, this, [this] {
        if (currentSource().isValid())
            Q_EMIT sourceDetailsRequested(currentSource());
    });
    connect(m_save, &QPushButton::clicked, this, &EvidenceViewer::saveCopy);
    showProblem(tr("Select something on the chart or in a table: the file it was found in is "
                   "shown here with the place marked."));
}

void EvidenceViewer::setDocument(CaseDocument* document) {
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document)
        connect(m_document, &CaseDocument::selectionChanged, this,
                &EvidenceViewer::rereadSelection);
    rereadSelection();
}

const Evidence* EvidenceViewer::currentEvidence() const {
    return m_index >= 0 && m_index < evidenceCount() ? &m_evidence[std::size_t(m_index)] : nullptr;
}

SourceId EvidenceViewer::currentSource() const {
    const Evidence* evidence = currentEvidence();
    return evidence ? evidence->source : m_shownSource;
}

int EvidenceViewer::drawingWidth() const {
    return std::max(kNarrowestDrawing, m_pictureArea->viewport()->width() - 8);
}

void EvidenceViewer::rereadSelection() {
    const int generation = ++m_generation;
    m_evidence.clear();
    m_index = -1;
    m_shownSource = {};
    if (!m_document || m_document->selection().isEmpty()) {
        m_reading = 0;
        showProblem(tr("Select something on the chart or in a table: the file it was found in "
                       "is shown here with the place marked."));
        return;
    }
    ++m_reading;
    m_document->worker()
        .run([selection = m_document->selection()](store::CaseStore& store) {
            return evidenceOfSelection(store, selection);
        })
        .then(this, [this, generation](Result<std::vector<Evidence>> evidence) {
            if (generation != m_generation)
                return;
            --m_reading;
            if (!evidence)
                return showProblem(evidence.error().toString());
            m_evidence = std::move(*evidence);
            if (m_evidence.empty())
                return showProblem(tr("Nothing in the seized files asserts this: it was made by "
                                      "an analysis or drawn by an analyst."));
            // Open on the first piece read from a file, not on an analyst's note.
            const auto fromFile =
                std::find_if(m_evidence.begin(), m_evidence.end(),
                             [](const Evidence& e) { return e.source.isValid(); });
            showEvidence(fromFile == m_evidence.end() ? 0 : int(fromFile - m_evidence.begin()));
        });
}

void EvidenceViewer::showEvidence(int index) {
    if (!m_document || index < 0 || index >= evidenceCount())
        return;
    m_index = index;
    m_shownSource = {};
    describePosition();
    const int generation = ++m_generation;
    ++m_reading;
    m_document->worker()
        .run([evidence = m_evidence[std::size_t(index)], width = drawingWidth()](
                 store::CaseStore& store) { return seeEvidence(store, evidence, width); })
        .then(this, [this, generation](Result<EvidenceSight> sight) {
            if (generation != m_generation)
                return;
            --m_reading;
            sight ? showSight(*sight) : showProblem(sight.error().toString());
        });
}

void EvidenceViewer::showDocument(DocumentId document, const QStringList& terms) {
    if (!m_document)
        return;
    const int generation = ++m_generation;
    m_evidence.clear();
    m_index = -1;
    ++m_reading;
    m_document->worker()
        .run([document, terms, width = drawingWidth()](store::CaseStore& store) {
            return seeDocument(store, document, terms, width);
        })
        .then(this, [this, generation](Result<EvidenceSight> sight) {
            if (generation != m_generation)
                return;
            --m_reading;
            m_shownSource = sight ? sight->source : SourceId{};
            describePosition();
            sight ? showSight(*sight) : showProblem(sight.error().toString());
        });
}

void EvidenceViewer::describePosition() {
    const Evidence* evidence = currentEvidence();
    m_previous->setEnabled(m_index > 0);
    m_next->setEnabled(m_index + 1 < evidenceCount());
    m_position->setText(evidence ? tr("%1 of %2").arg(m_index + 1).arg(evidenceCount())
                                 : QString());
    m_details->setEnabled(currentSource().isValid());
    m_save->setEnabled(currentSource().isValid());
    if (!evidence) {
        m_where->clear();
        return;
    }
    QString where = evidence->source.isValid()
                        ? QStringLiteral("<b>%1</b>").arg(evidence->sourceName.toHtmlEscaped())
                        : tr("<b>Analyst's assertion</b>");
    if (!evidence->quote.simplified().isEmpty())
        where +=
            QStringLiteral(" · “%1”").arg(evidence->quote.simplified().left(80).toHtmlEscaped());
    where += QStringLiteral(" · <span style='color:#5b6770'>%1</span>")
                 .arg(tr("asserted by %1").arg(evidence->assertedBy.toHtmlEscaped()));
    m_where->setText(where);
    m_where->setToolTip(evidence->sha256.isEmpty() ? QString()
                                                   : tr("SHA-256 %1").arg(evidence->sha256));
}

void EvidenceViewer::showSight(const EvidenceSight& sight) {
    m_sight = sight;
    if (const Evidence* evidence = currentEvidence(); evidence && !sight.place.isEmpty())
        m_where->setText(m_where->text() +
                         QStringLiteral(" · %1").arg(sight.place.toHtmlEscaped()));
    else if (!evidence)
        m_where->setText(sight.place.toHtmlEscaped());
    if (sight.shows == EvidenceSight::Shows::Picture) {
        m_picture->setPixmap(QPixmap::fromImage(sight.picture));
        m_pages->setCurrentIndex(PicturePage);
        if (!sight.marked.isNull()) // bring the marks into view
            m_pictureArea->ensureVisible(
                int(sight.marked.center().x()), int(sight.marked.center().y()),
                m_pictureArea->viewport()->width() / 3, m_pictureArea->viewport()->height() / 3);
    } else {
        for (std::size_t index = 0; index < sight.photos.size(); ++index)
            m_text->document()->addResource(QTextDocument::ImageResource,
                                            QUrl(QStringLiteral("photo:%1").arg(index)),
                                            sight.photos[index]);
        m_text->setHtml(sight.html);
        m_pages->setCurrentIndex(TextPage);
        if (sight.marks > 0)
            m_text->scrollToAnchor(QStringLiteral("mark0"));
    }
    Q_EMIT shown();
}

void EvidenceViewer::showProblem(const QString& problem) {
    m_sight = {};
    m_text->setHtml(QStringLiteral("<p style='color:#5b6770'>%1</p>").arg(problem.toHtmlEscaped()));
    m_pages->setCurrentIndex(TextPage);
    describePosition();
    Q_EMIT shown();
}

void EvidenceViewer::saveCopy() {
    if (!m_document || !currentSource().isValid())
        return;
    const Evidence* evidence = currentEvidence();
    const QString path = QFileDialog::getSaveFileName(this, tr("Save a Copy of the Original"),
                                                      evidence ? evidence->sourceName : QString());
    if (path.isEmpty())
        return;
    m_document->worker()
        .run([source = currentSource(), path](store::CaseStore& store) {
            return saveOriginalCopy(store, source, path);
        })
        .then(this, [this](Result<QString> saved) {
            if (!saved)
                return m_document->reportError(saved.error().toString());
            m_document->reportDone(*saved);
            m_document->notifyChanged({CaseChange::What::Sources, {}, {}}); // the audit log grew
        });
}

} // namespace threadline::ui
