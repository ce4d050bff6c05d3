#include "graph/ChartPanel.h"

#include "case/CaseDocument.h"
#include "case/CaseEdits.h"
#include "case/CountWords.h"
#include "chart/ChartEdits.h"
#include "exhibits/ExhibitDialog.h"
#include "graph/ChartSession.h"
#include "graph/ChartView.h"
#include "scenario/Scoring.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QTimeZone>
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
    , m_style(new QToolButton(this))
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
    m_style->setText(tr("Style"));
    m_style->setPopupMode(QToolButton::InstantPopup);
    auto* styles = new QMenu(m_style);
    connect(styles, &QMenu::aboutToShow, this, [this, styles] { fillStyleMenu(*styles); });
    m_style->setMenu(styles);
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
    tools->addWidget(m_style);
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
                                    "strongest ties. Or add entities from the Entities table or a "
                                    "search (Ctrl+F)."),
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
    if (m_document)
        disconnect(&m_document->timeWindow(), nullptr, this, nullptr);
    m_document = document;
    m_view->setSession(nullptr, nullptr);
    updateOffer();
    if (!document)
        return;
    connect(&document->timeWindow(), &TimeWindow::filterChanged, this, &ChartPanel::updateTitle);
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
    updateTitle();
    connect(chart, &ChartSession::loaded, this, &ChartPanel::updateOffer, Qt::UniqueConnection);
    connect(chart, &ChartSession::sceneChanged, this, &ChartPanel::updateOffer,
            Qt::UniqueConnection);
    connect(chart, &ChartSession::busyChanged, this, &ChartPanel::setBusy, Qt::UniqueConnection);
    connect(chart, &ChartSession::layoutProgress, m_progress, &QProgressBar::setValue,
            Qt::UniqueConnection);
    connect(chart, &ChartSession::connectionsFound, this, &ChartPanel::selectFound,
            Qt::UniqueConnection);
    if (!chart->isLoaded())
        chart->load();
    updateOffer();
    Q_EMIT chartShown(chart);
}

// The chart's name, and the range brushed on the timeline when it filters the links shown.
void ChartPanel::updateTitle() {
    ChartSession* chart = session();
    QString title =
        tr("<b>Chart</b>  ·  %1").arg(chart ? chart->name().toHtmlEscaped() : QString());
    if (const auto filter = m_document ? m_document->timeWindow().filter() : std::nullopt) {
        const QLocale c = QLocale::c();
        const auto at = [&](std::int64_t ms) {
            return c.toString(QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()),
                              QStringLiteral("d MMM yyyy HH:mm"));
        };
        title += tr("  ·  <span style='color:#2b6cd4'>links active %1 – %2 UTC (timeline)</span>")
                     .arg(at(filter->from), at(filter->to));
    }
    m_title->setText(title);
}

void ChartPanel::selectFound(const std::vector<EntityId>& found) {
    if (m_document && !found.empty())
        m_document->selectEntities(found);
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
    m_view->setEmptyHintShown(!offer); // the offer says it instead
    m_offer->adjustSize();
    m_offer->move((m_view->width() - m_offer->width()) / 2,
                  (m_view->height() - m_offer->height()) / 2);
    m_layout->setEnabled(chart && !chart->chart().items.empty());
    m_style->setEnabled(m_layout->isEnabled());
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
    const ChartScene& scene = session()->scene();
    for (const QString& role : knownRoles()) {
        std::vector<EntityId> have;
        for (EntityId entity : entities)
            if (auto node = scene.nodeOfEntity(entity);
                node && scene.nodes()[*node].roles.contains(role))
                have.push_back(entity);
        const bool all = have.size() == entities.size();
        QAction* action = roles->addAction(role, this, [this, entities, have, role, all] {
            markRole(*m_document, entities, have, role, !all);
        });
        action->setCheckable(true);
        action->setChecked(all);
    }
}

// Victims' and minors' identities, shown in exhibits only as the rule chosen says.
void ChartPanel::addProtectMenu(QMenu& menu, const std::vector<EntityId>& entities) {
    QMenu* protect = menu.addMenu(tr("Protect Identity in Exhibits"));
    const std::pair<const char*, QString> rules[] = {
        {"pseudonym", tr("By a Pseudonym (“Person V-1”)")},
        {"initials", tr("By Initials (a Minor)")},
        {"last-four", tr("By the Last Four Digits (an Account or Phone)")},
        {"city-state", tr("By City and State (a Home Address)")}};
    for (const auto& [rule, title] : rules)
        protect->addAction(title, this, [this, entities, rule = QString::fromLatin1(rule)] {
            protectIdentities(*m_document, entities, rule, tr("protected on the chart"));
        });
}

void ChartPanel::exportExhibit() {
    if (!m_document || !session())
        return;
    ExhibitDialog dialog(*m_document, session()->name(), this);
    dialog.exec();
}

void ChartPanel::addLinkAndMergeActions(QMenu& menu, const std::vector<EntityId>& entities) {
    if (entities.size() != 2)
        return;
    const EntityId first = entities[0], second = entities[1];
    menu.addAction(tr("Draw a Link Between Them…"), this, [this, first, second] {
        bool ok = false;
        const QString type = QInputDialog::getItem(
            this, tr("Draw a Link"), tr("What ties them together:"),
            // The types a trainee's links are scored by; any other words can be typed.
            scenario::traineeLinkTypes(), 0, true, &ok);
        if (!ok || type.trimmed().isEmpty())
            return;
        const QString reason =
            QInputDialog::getText(this, tr("Draw a Link"), tr("Why (kept in the audit log):"),
                                  QLineEdit::Normal, {}, &ok);
        if (ok)
            drawLink(*m_document, first, second, type.trimmed(), reason);
    });
    const ChartScene& scene = session()->scene();
    const auto a = scene.nodeOfEntity(first), b = scene.nodeOfEntity(second);
    if (!a || !b || scene.nodes()[*a].kind != scene.nodes()[*b].kind)
        return;
    const QString survivor = scene.nodes()[*a].label, absorbed = scene.nodes()[*b].label;
    menu.addAction(tr("Merge into One Entity…"), this, [this, first, second, survivor, absorbed] {
        bool ok = false;
        const QString reason = QInputDialog::getText(
            this, tr("Merge"),
            tr("“%1” will be kept and “%2” merged into it. Why are they the same?")
                .arg(survivor, absorbed),
            QLineEdit::Normal, {}, &ok);
        if (ok && !reason.trimmed().isEmpty())
            session()->mergeInto(first, second, reason.trimmed());
    });
}

void ChartPanel::fillStyleMenu(QMenu& menu) {
    menu.clear();
    ChartSession* chart = session();
    if (!chart)
        return;
    const ChartStyle current = chart->chart().style;
    auto choice = [&](QMenu* into, const QString& title, ChartStyle style) {
        const QString text = tr("%1: %2").arg(into->title(), title);
        QAction* action = into->addAction(title, this, [chart, style, text] {
            chart->edit(chart::setStyle(chart->chart(), style), text);
        });
        action->setCheckable(true);
        action->setChecked(style == current);
    };
    QMenu* size = menu.addMenu(tr("Size By"));
    const std::pair<QString, QString> sizes[] = {
        {QStringLiteral("none"), tr("Same Size for All")},
        {QStringLiteral("degree"), tr("Links on the Chart")},
        {QStringLiteral("betweenness"), tr("Brokerage (Betweenness)")},
        {QStringLiteral("amount"), tr("Money Moved")},
        {QStringLiteral("seconds"), tr("Call Time")}};
    for (const auto& [measure, title] : sizes)
        choice(size, title, ChartStyle{measure, current.colourBy});
    QMenu* colour = menu.addMenu(tr("Colour By"));
    const std::pair<QString, QString> colours[] = {
        {QStringLiteral("type"), tr("Entity Type")},
        {QStringLiteral("community"), tr("Community (Leiden)")},
        {QStringLiteral("role"), tr("Marked Role")}};
    for (const auto& [by, title] : colours)
        choice(colour, title, ChartStyle{current.sizeBy, by});
}

void ChartPanel::showEvidence(const std::vector<EntityId>& entities) {
    if (!m_document || entities.empty())
        return;
    if (m_document->selection().entities != entities)
        m_document->selectEntities(entities);
    Q_EMIT evidenceRequested();
}

void ChartPanel::showContextMenu(const std::vector<EntityId>& entities, QPoint at) {
    ChartSession* chart = session();
    if (!chart || !m_document)
        return;
    QMenu menu(this);
    if (entities.empty()) {
        menu.addAction(tr("Fit Chart"), m_view, &ChartView::fitToChart);
        menu.addAction(tr("Select All"), m_view, &ChartView::selectAll);
        std::vector<EntityId> hidden;
        for (const ChartItem& item : chart->chart().items)
            if (item.hidden)
                hidden.push_back(item.entity);
        if (!hidden.empty())
            menu.addAction(hidden.size() == 1 ? tr("Show 1 Hidden Item")
                                              : tr("Show %1 Hidden Items").arg(hidden.size()),
                           this, [chart, hidden] {
                               chart->edit(chart::setHidden(chart->chart(), hidden, false),
                                           tr("Show hidden items"));
                           });
        menu.addSeparator();
        menu.addAction(tr("Export as Court Exhibit…"), this, &ChartPanel::exportExhibit);
        menu.exec(at);
        return;
    }
    const Chart& current = chart->chart();
    const int count = int(entities.size());
    menu.addAction(tr("Show Evidence"), this, [this, entities] { showEvidence(entities); });
    addExpandMenu(menu, entities);
    if (count == 1)
        menu.addAction(tr("Find Path To…"), this, [this, chart, from = entities.front()] {
            bool ok = false;
            const QString target = QInputDialog::getText(
                this, tr("Find Path To"),
                tr("To whom or what (a phone number, e-mail, name, handle or #id):"),
                QLineEdit::Normal, {}, &ok);
            if (ok && !target.trimmed().isEmpty())
                chart->addPathTo(from, target.trimmed());
        });
    if (count == 2)
        menu.addAction(tr("Find Path Between Them"), this,
                       [chart, entities] { chart->addConnections(entities, true); });
    if (count >= 2)
        menu.addAction(tr("Connecting Network of the Selection"), this,
                       [chart, entities] { chart->addConnections(entities, false); });
    menu.addSeparator();
    const QString items = countOf(std::int64_t(entities.size()), tr("item"), tr("items"));
    const bool pinned = chart::findItem(current, entities.front()) &&
                        chart::findItem(current, entities.front())->pinned;
    menu.addAction(pinned ? tr("Unpin") : tr("Pin in Place"), this,
                   [chart, entities, pinned, items] {
                       chart->edit(chart::setPinned(chart->chart(), entities, !pinned),
                                   pinned ? tr("Unpin %1").arg(items) : tr("Pin %1").arg(items));
                   });
    menu.addAction(tr("Hide"), this, [chart, entities, items] {
        chart->edit(chart::setHidden(chart->chart(), entities, true), tr("Hide %1").arg(items));
    });
    if (count >= 2)
        menu.addAction(tr("Group as One Node"), this, [chart, entities, items] {
            chart->edit(chart::groupItems(chart->chart(), entities, tr("Group")),
                        tr("Group %1").arg(items));
        });
    const ChartItem* first = chart::findItem(current, entities.front());
    if (first && first->group)
        menu.addAction(tr("Ungroup"), this, [chart, group = first->group] {
            chart->edit(chart::ungroup(chart->chart(), group), tr("Ungroup"));
        });
    addRoleMenu(menu, entities);
    addProtectMenu(menu, entities);
    addLinkAndMergeActions(menu, entities);
    menu.addSeparator();
    menu.addAction(tr("Remove from Chart"), QKeySequence::Delete, m_view,
                   &ChartView::removeSelection);
    menu.exec(at);
}

} // namespace threadline::ui
