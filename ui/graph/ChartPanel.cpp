#include "graph/ChartPanel.h"

#include "case/CaseDocument.h"
#include "chart/ChartEdits.h"
#include "graph/ChartSession.h"
#include "graph/ChartView.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace threadline::ui {

namespace {

// Expanding a hub adds at most this many entities at once (the menu says so).
constexpr int kExpandLimit = 200;

const QStringList kExpandTypes{
    QStringLiteral("Ad"),           QStringLiteral("Phone"),          QStringLiteral("Person"),
    QStringLiteral("EmailAddress"), QStringLiteral("PaymentAccount"), QStringLiteral("Photo")};
const QStringList kExpandLinks{QStringLiteral("called"), QStringLiteral("texted"),
                               QStringLiteral("paid"), QStringLiteral("lists"),
                               QStringLiteral("e-mailed")};

} // namespace

ChartPanel::ChartPanel(QWidget* parent)
    : QWidget(parent)
    , m_view(new ChartView(this))
    , m_title(new QLabel(this))
    , m_busy(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_layout(new QToolButton(this))
    , m_offer(new QWidget(m_view)) {
    setObjectName(QStringLiteral("ChartPanel"));
    m_view->setObjectName(QStringLiteral("ChartView"));
    m_layout->setText(tr("Lay Out"));
    m_layout->setPopupMode(QToolButton::InstantPopup);
    auto* layouts = new QMenu(m_layout);
    const std::pair<QString, graph::LayoutAlgorithm> algorithms[] = {
        {tr("Network (multilevel force)"), graph::LayoutAlgorithm::Multilevel},
        {tr("Small network (Kamada-Kawai)"), graph::LayoutAlgorithm::KamadaKawai},
        {tr("Circle by community"), graph::LayoutAlgorithm::Circular},
        {tr("Grouped by type"), graph::LayoutAlgorithm::GroupedByType},
        {tr("Money flow, left to right"), graph::LayoutAlgorithm::Flow}};
    for (const auto& [title, algorithm] : algorithms)
        layouts->addAction(title, this, [this, algorithm] {
            if (session())
                session()->startLayout(algorithm);
        });
    m_layout->setMenu(layouts);
    auto* fit = new QToolButton(this);
    fit->setText(tr("Fit (F)"));
    connect(fit, &QToolButton::clicked, m_view, &ChartView::fitToChart);
    m_progress->setRange(0, 1000);
    m_progress->setMaximumWidth(200);
    m_progress->hide();
    m_cancel->hide();
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (session())
            session()->cancelLayout();
    });
    auto* tools = new QHBoxLayout;
    tools->addWidget(m_title);
    tools->addStretch();
    tools->addWidget(m_busy);
    tools->addWidget(m_progress);
    tools->addWidget(m_cancel);
    tools->addWidget(m_layout);
    tools->addWidget(fit);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(tools);
    layout->addWidget(m_view, 1);

    auto* offerLayout = new QVBoxLayout(m_offer);
    auto* offerText = new QLabel(tr("<b>This case has no chart yet.</b><br>Start from its key "
                                    "players: the entities on most chains between others and "
                                    "those moving the most money and call time, with their "
                                    "strongest ties."),
                                 m_offer);
    offerText->setWordWrap(true);
    offerText->setAlignment(Qt::AlignCenter);
    auto* keyPlayers = new QPushButton(tr("Chart the Key Players"), m_offer);
    keyPlayers->setDefault(true);
    connect(keyPlayers, &QPushButton::clicked, this, [this] {
        if (session())
            session()->addKeyPlayers();
    });
    offerLayout->addWidget(offerText);
    offerLayout->addWidget(keyPlayers, 0, Qt::AlignCenter);
    m_offer->setFixedWidth(420);
    m_offer->setStyleSheet(QStringLiteral(
        "QWidget { background: white; border-radius: 8px; } QLabel { padding: 8px; }"));
    m_offer->hide();

    connect(m_view, &ChartView::contextMenuRequested, this, &ChartPanel::showContextMenu);
    connect(m_view, &ChartView::expandRequested, this,
            [this](const std::vector<EntityId>& entities) {
                if (session())
                    session()->expand(entities, {{}, {}, kExpandLimit, false}, tr("Expand"));
            });
}

ChartSession* ChartPanel::session() const {
    return m_view->session();
}

void ChartPanel::setDocument(CaseDocument* document) {
    m_document = document;
    m_view->setSession(nullptr, nullptr);
    updateOffer();
    if (!document)
        return;
    document->worker()
        .run([](store::CaseStore& store) {
            QStringList names;
            if (auto charts = store.charts().list())
                for (const ChartSummary& chart : *charts)
                    names.append(chart.name);
            return names;
        })
        .then(this, [this](const QStringList& names) { chartsListed(names); });
}

void ChartPanel::chartsListed(const QStringList& names) {
    showChart(names.isEmpty() ? firstChartName() : names.front());
}

void ChartPanel::showChart(const QString& name) {
    if (!m_document)
        return;
    ChartSession* chart = m_document->chart(name);
    m_view->setSession(m_document, chart);
    m_title->setText(tr("<b>Chart</b>  ·  %1").arg(name.toHtmlEscaped()));
    connect(chart, &ChartSession::loaded, this, &ChartPanel::updateOffer, Qt::UniqueConnection);
    connect(chart, &ChartSession::sceneChanged, this, &ChartPanel::updateOffer,
            Qt::UniqueConnection);
    connect(chart, &ChartSession::busyChanged, this, &ChartPanel::setBusy, Qt::UniqueConnection);
    connect(chart, &ChartSession::layoutProgress, m_progress, &QProgressBar::setValue,
            Qt::UniqueConnection);
    connect(
        chart, &ChartSession::connectionsFound, this,
        [this](const std::vector<EntityId>& found) {
            if (m_document && !found.empty())
                m_document->selectEntities(found);
        },
        Qt::UniqueConnection);
    if (!chart->isLoaded())
        chart->load();
    updateOffer();
}

void ChartPanel::setBusy(const QString& what) {
    m_busy->setText(what);
    const bool layingOut = session() && session()->isLayingOut();
    m_progress->setVisible(layingOut);
    m_cancel->setVisible(layingOut);
    m_progress->setValue(0);
}

void ChartPanel::updateOffer() {
    const ChartSession* chart = session();
    const bool offer = chart && chart->isLoaded() && chart->chart().items.empty() &&
                       chart->name() == firstChartName();
    m_offer->setVisible(offer);
    m_offer->adjustSize();
    m_offer->move((m_view->width() - m_offer->width()) / 2,
                  (m_view->height() - m_offer->height()) / 2);
    m_layout->setEnabled(chart && !chart->chart().items.empty());
}

void ChartPanel::addExpandMenu(QMenu& menu, const std::vector<EntityId>& entities) {
    QMenu* expand = menu.addMenu(tr("Expand"));
    auto add = [&](QMenu* into, const QString& title, NeighbourFilter filter) {
        filter.limit = kExpandLimit;
        into->addAction(title, this, [this, entities, filter, title] {
            session()->expand(entities, filter, tr("Expand: %1").arg(title));
        });
    };
    add(expand, tr("Everything Linked (up to %1)").arg(kExpandLimit), {});
    QMenu* byType = expand->addMenu(tr("By Entity Type"));
    for (const QString& type : kExpandTypes)
        add(byType, type, {{type}, {}, 0, false});
    QMenu* byLink = expand->addMenu(tr("By Link Type"));
    for (const QString& type : kExpandLinks)
        add(byLink, type, {{}, {type}, 0, false});
}

void ChartPanel::addRoleMenu(QMenu& menu, const std::vector<EntityId>& entities) {
    QMenu* roles = menu.addMenu(tr("Mark Role"));
    for (const QString& role : knownRoles())
        roles->addAction(role, this, [this, entities, role] {
            m_document->worker()
                .run([entities, role](store::CaseStore& store) -> Result<void> {
                    for (EntityId entity : entities)
                        if (auto marked = store.markRole(entity, role, tr("marked on the chart"));
                            !marked)
                            return std::unexpected(marked.error());
                    return {};
                })
                .then(this, [this](Result<void> marked) {
                    if (!marked)
                        m_document->reportError(marked.error().toString());
                    else if (session())
                        session()->load();
                });
        });
}

void ChartPanel::showContextMenu(const std::vector<EntityId>& entities, QPoint at) {
    ChartSession* chart = session();
    if (!chart || !m_document)
        return;
    QMenu menu(this);
    if (entities.empty()) {
        menu.addAction(tr("Fit Chart"), m_view, &ChartView::fitToChart);
        menu.addAction(tr("Select All"), m_view, &ChartView::selectAll);
        menu.exec(at);
        return;
    }
    const Chart& current = chart->chart();
    const int count = int(entities.size());
    addExpandMenu(menu, entities);
    if (count == 2)
        menu.addAction(tr("Find Path Between Them"), this,
                       [chart, entities] { chart->addConnections(entities, true); });
    if (count >= 2)
        menu.addAction(tr("Connecting Network of the Selection"), this,
                       [chart, entities] { chart->addConnections(entities, false); });
    menu.addSeparator();
    const bool pinned = chart::findItem(current, entities.front()) &&
                        chart::findItem(current, entities.front())->pinned;
    menu.addAction(pinned ? tr("Unpin") : tr("Pin in Place"), this, [chart, entities, pinned] {
        chart->edit(chart::setPinned(chart->chart(), entities, !pinned),
                    pinned ? tr("Unpin") : tr("Pin"));
    });
    menu.addAction(tr("Hide"), this, [chart, entities] {
        chart->edit(chart::setHidden(chart->chart(), entities, true), tr("Hide"));
    });
    if (count >= 2)
        menu.addAction(tr("Group as One Node"), this, [chart, entities] {
            chart->edit(chart::groupItems(chart->chart(), entities, tr("Group")), tr("Group"));
        });
    const ChartItem* first = chart::findItem(current, entities.front());
    if (first && first->group)
        menu.addAction(tr("Ungroup"), this, [chart, group = first->group] {
            chart->edit(chart::ungroup(chart->chart(), group), tr("Ungroup"));
        });
    addRoleMenu(menu, entities);
    menu.addSeparator();
    menu.addAction(tr("Remove from Chart"), QKeySequence::Delete, m_view,
                   &ChartView::removeSelection);
    menu.exec(at);
}

} // namespace threadline::ui
