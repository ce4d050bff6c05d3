#include "exhibits/ExhibitDialog.h"

#include "case/CaseDocument.h"
#include "case/CountWords.h"
#include "exhibit/ExhibitPackage.h"
#include "media/PdfPageImage.h"
#include "util/Environment.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

namespace threadline::ui {

namespace {

constexpr int kPreviewWidth = 520;

// The first page of a PDF the preview wrote, drawn for the dialog.
QImage firstPage(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    // Keyed by its path: the renderer keeps the last few documents by that key.
    auto page = media::renderPdfPage(file.readAll(), path, path, 1, kPreviewWidth);
    return page ? page->image : QImage();
}

QLabel* previewPane(QWidget* parent) {
    auto* pane = new QLabel(parent);
    pane->setMinimumSize(kPreviewWidth / 2, kPreviewWidth / 2);
    pane->setAlignment(Qt::AlignCenter);
    pane->setFrameShape(QFrame::StyledPanel);
    pane->setStyleSheet(QStringLiteral("background: #eef0f3; color: #5c6673;"));
    pane->setWordWrap(true);
    return pane;
}

// Reports a job's progress to `bar` from the worker (queued to the UI thread; dropped once the
// dialog is gone) and asks whether to go on.
store::ProgressCallback reporting(QProgressBar* bar,
                                  const std::shared_ptr<std::atomic<bool>>& cancelled) {
    return [bar, cancelled](std::int64_t done, std::int64_t total) {
        QMetaObject::invokeMethod(
            bar,
            [bar, done, total] {
                bar->setRange(0, int(std::min<std::int64_t>(total, 1 << 30)));
                bar->setValue(int(std::min(done, total)));
            },
            Qt::QueuedConnection);
        return !cancelled->load();
    };
}

struct Written {
    Result<exhibit::ExhibitSummary> summary;
    QImage chartPage, appendixPage;
};

} // namespace

ExhibitDialog::ExhibitDialog(CaseDocument& document, const QString& chart, QWidget* parent)
    : QDialog(parent)
    , m_document(document)
    , m_chart(chart)
    , m_number(new QLineEdit(QStringLiteral("1"), this))
    , m_preparedBy(new QLineEdit(currentOsUser(), this))
    , m_shownAs(new QComboBox(this))
    , m_timeline(new QCheckBox(tr("Add the timeline of the chart's entities"), this))
    , m_dpi(new QSpinBox(this))
    , m_zip(new QCheckBox(tr("Also write one zip of the package"), this))
    , m_folder(new QLineEdit(this))
    , m_chartView(previewPane(this))
    , m_appendixView(previewPane(this))
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Stop"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_cancelled(std::make_shared<std::atomic<bool>>(false)) {
    setWindowTitle(tr("Export “%1” as a Court Exhibit").arg(chart));
    m_shownAs->addItem(tr("As each was protected (pseudonyms)"));
    m_shownAs->addItem(tr("US public-filing rules: initials, last four digits, city and state"));
    m_shownAs->setToolTip(tr("How protected identities (victims, minors) appear. Protect an "
                             "entity from the chart's context menu: Protect Identity."));
    m_dpi->setRange(72, 600);
    m_dpi->setValue(200);
    m_dpi->setSuffix(tr(" dpi"));
    m_folder->setObjectName(QStringLiteral("exhibitFolder"));
    m_folder->setText(QDir::home().filePath(QStringLiteral("Exhibit 1")));
    auto* browse = new QPushButton(tr("Choose…"), this);
    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);
    auto* form = new QFormLayout;
    form->addRow(tr("Exhibit number"), m_number);
    form->addRow(tr("Prepared by"), m_preparedBy);
    form->addRow(tr("Protected identities"), m_shownAs);
    form->addRow(QString(), m_timeline);
    form->addRow(tr("PNG resolution"), m_dpi);
    form->addRow(tr("Folder (new or empty)"), folderRow);
    form->addRow(QString(), m_zip);
    auto* previews = new QHBoxLayout;
    for (auto [pane, title] :
         {std::pair{m_chartView, tr("First page")}, std::pair{m_appendixView, tr("Appendix")}}) {
        auto* column = new QVBoxLayout;
        column->addWidget(new QLabel(QStringLiteral("<b>%1</b>").arg(title), this));
        column->addWidget(pane, 1);
        previews->addLayout(column, 1);
    }
    auto* progressRow = new QHBoxLayout;
    progressRow->addWidget(m_status, 1);
    progressRow->addWidget(m_progress);
    progressRow->addWidget(m_cancel);
    QPushButton* exporting = m_buttons->addButton(tr("Export"), QDialogButtonBox::AcceptRole);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(previews, 1);
    layout->addLayout(progressRow);
    layout->addWidget(m_buttons);
    m_progress->setMaximumWidth(180);
    m_chartView->setText(tr("The preview is drawn from the package itself."));

    // Options that change what the court sees redraw the preview, a moment after the last edit.
    auto* later = new QTimer(this);
    later->setSingleShot(true);
    later->setInterval(400);
    connect(later, &QTimer::timeout, this, &ExhibitDialog::refreshPreview);
    connect(m_number, &QLineEdit::textEdited, later, qOverload<>(&QTimer::start));
    connect(m_preparedBy, &QLineEdit::textEdited, later, qOverload<>(&QTimer::start));
    connect(m_shownAs, &QComboBox::currentIndexChanged, later, qOverload<>(&QTimer::start));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString folder =
            QFileDialog::getExistingDirectory(this, tr("Exhibit Folder"), m_folder->text());
        if (!folder.isEmpty())
            m_folder->setText(folder);
    });
    connect(m_cancel, &QPushButton::clicked, this, [this] { m_cancelled->store(true); });
    connect(exporting, &QPushButton::clicked, this, &ExhibitDialog::exportNow);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setRunning(false, {});
    QTimer::singleShot(0, this, &ExhibitDialog::refreshPreview);
}

ExhibitDialog::~ExhibitDialog() {
    m_cancelled->store(true);
    m_document.worker().waitForIdle(); // the scratch folder outlives what writes into it
}

exhibit::ExhibitRequest ExhibitDialog::request() const {
    exhibit::ExhibitRequest request;
    request.chart = m_chart;
    request.number = m_number->text().trimmed();
    request.preparedBy = m_preparedBy->text().trimmed();
    request.timeline = m_timeline->isChecked();
    request.pngDpi = m_dpi->value();
    request.zip = m_zip->isChecked();
    request.publicFilingRules = m_shownAs->currentIndex() == 1;
    return request;
}

void ExhibitDialog::setRunning(bool running, const QString& status) {
    m_running = running;
    m_status->setText(status);
    m_progress->setVisible(running);
    m_cancel->setVisible(running);
    m_buttons->button(QDialogButtonBox::Cancel)->setEnabled(true);
    for (QAbstractButton* button : m_buttons->buttons())
        if (m_buttons->buttonRole(button) == QDialogButtonBox::AcceptRole)
            button->setEnabled(!running && !m_number->text().trimmed().isEmpty());
}

void ExhibitDialog::refreshPreview() {
    const int generation = ++m_generation;
    m_cancelled->store(false);
    m_scratch = std::make_unique<QTemporaryDir>();
    const QString folder = m_scratch->filePath(QStringLiteral("preview"));
    exhibit::ExhibitRequest preview = request();
    preview.zip = false;
    preview.preview = true; // nothing re-hashed: the export does that
    preview.pngDpi = 72;    // the preview shows the PDF pages; the PNG's resolution is the export's
    setRunning(true, tr("Drawing the preview…"));
    m_progress->setRange(0, 0);
    const QString casePath = m_document.path();
    m_document.worker()
        .run([casePath, preview, folder,
              progress = reporting(m_progress, m_cancelled)](store::CaseStore& store) {
            Written written{
                exhibit::writeExhibit(store, casePath, preview, folder, progress), {}, {}};
            if (written.summary) {
                written.chartPage = firstPage(QDir(folder).filePath(QStringLiteral("exhibit.pdf")));
                written.appendixPage =
                    firstPage(QDir(folder).filePath(QStringLiteral("appendix.pdf")));
            }
            return written;
        })
        .then(this, [this, generation](Written written) {
            if (generation != m_generation)
                return; // the options changed again: a newer preview is on its way
            if (!written.summary) {
                setRunning(false, written.summary.error().code == ErrorCode::Cancelled
                                      ? tr("Preview cancelled.")
                                      : written.summary.error().toString());
                return;
            }
            m_chartPage = written.chartPage;
            m_appendixPage = written.appendixPage;
            showPages();
            setRunning(false, tr("%1; the preview is the package as it will be written.")
                                  .arg(countOf(written.summary->chartPages, tr("chart page"),
                                               tr("chart pages"))));
            Q_EMIT previewReady();
        });
}

void ExhibitDialog::showPages() {
    for (auto [pane, page] :
         {std::pair{m_chartView, &m_chartPage}, std::pair{m_appendixView, &m_appendixPage}})
        pane->setPixmap(QPixmap::fromImage(page->scaled(
            pane->size() - QSize(8, 8), Qt::KeepAspectRatio, Qt::SmoothTransformation)));
}

void ExhibitDialog::exportNow() {
    const exhibit::ExhibitRequest chosen = request();
    const QString folder = m_folder->text().trimmed();
    const QString casePath = m_document.path();
    m_cancelled->store(false);
    setRunning(true, tr("Writing the exhibit…"));
    m_progress->setRange(0, 0);
    m_document.worker()
        .run([casePath, chosen, folder,
              progress = reporting(m_progress, m_cancelled)](store::CaseStore& store) {
            return exhibit::exportExhibit(store, casePath, chosen, folder, progress);
        })
        .then(this, [this](Result<exhibit::ExhibitSummary> summary) {
            if (!summary) {
                setRunning(false, summary.error().toString());
                return;
            }
            setRunning(false, {});
            m_document.notifyChanged({CaseChange::What::Sources, {}, {}}); // the audit log grew
            m_document.reportDone(
                tr("Exhibit %1 written to %2 (manifest SHA-256 %3)")
                    .arg(request().number, summary->folder, summary->manifestSha256));
            Q_EMIT exported(summary->folder, summary->manifestSha256);
            accept();
        });
}

} // namespace threadline::ui
