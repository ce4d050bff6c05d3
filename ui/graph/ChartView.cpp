#include "graph/ChartView.h"

#include "case/CaseDocument.h"
#include "case/CountWords.h"
#include "chart/ChartEdits.h"
#include "graph/ChartMinimap.h"
#include "graph/ChartSession.h"

#include <QElapsedTimer>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <QWheelEvent>

#include <cmath>

namespace threadline::ui {

namespace {

constexpr double kWheelStep = 1.15;  // zoom per notch
constexpr double kDragThreshold = 4; // pixels before a press becomes a drag
constexpr double kPickPixels = 10;   // how near the pointer must be to a node to pick it
constexpr double kTiePickPixels = 4; // ... and to a tie to show what it sums
constexpr double kArrowPanPixels = 60;
// A view whose exact drawing takes longer than this pans and zooms by moving and scaling its
// last frame, and is drawn exactly once the gesture rests this long.
constexpr double kSmoothFrameMilliseconds = 12;
constexpr int kRefineDelayMilliseconds = 120;

} // namespace

ChartView::ChartView(QWidget* parent)
    : QWidget(parent)
    , m_minimap(new ChartMinimap(this)) {
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMinimumSize(320, 240);
    m_refineTimer.setSingleShot(true);
    m_refineTimer.setInterval(kRefineDelayMilliseconds);
    connect(&m_refineTimer, &QTimer::timeout, this, &ChartView::refineFrame);
    connect(m_minimap, &ChartMinimap::centreRequested, this, [this](QPointF centre) {
        ChartTransform moved = m_transform;
        moved.centre = centre;
        setTransform(moved);
    });
}

ChartView::~ChartView() = default;

void ChartView::setSession(CaseDocument* document, ChartSession* session) {
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_session = session;
    m_fitPending = true;
    if (m_session) {
        connect(m_session, &ChartSession::sceneChanged, this, &ChartView::sceneChanged);
        connect(m_session, &ChartSession::loaded, this, &ChartView::sceneChanged);
    }
    if (m_document)
        connect(m_document, &CaseDocument::selectionChanged, this, &ChartView::selectionChanged);
    sceneChanged();
}

void ChartView::setTransform(const ChartTransform& transform) {
    ChartTransform sized = transform;
    sized.viewSize = size();
    if (sized == m_transform)
        return;
    m_transform = sized;
    m_frameValid = false; // the content stays: a pan may reuse the frame
    m_minimap->setViewArea(m_transform.visibleWorld());
    update();
    Q_EMIT transformChanged();
}

void ChartView::fitToChart() {
    if (!m_session || m_session->scene().nodes().empty())
        return;
    setTransform(ChartTransform::fit(m_session->scene().bounds(), size()));
    m_fitPending = false;
}

void ChartView::zoomBy(double factor) {
    ChartTransform zoomed = m_transform;
    zoomed.zoomAbout(QPointF(width() / 2.0, height() / 2.0), factor);
    setTransform(zoomed);
}

void ChartView::sceneChanged() {
    if (m_fitPending && m_session && !m_session->scene().nodes().empty()) {
        const ChartViewport viewport = m_session->chart().viewport;
        if (viewport.scale > 0)
            setTransform(
                ChartTransform{{viewport.centreX, viewport.centreY}, viewport.scale, size()});
        else
            fitToChart();
        m_fitPending = false;
    }
    m_minimap->setScene(m_session ? &m_session->scene() : nullptr);
    selectionChanged();
}

void ChartView::selectionChanged() {
    m_highlight.selectedNodes.assign(m_session ? m_session->scene().nodes().size() : 0, false);
    if (m_session && m_document)
        for (EntityId entity : m_document->selection().entities)
            if (auto node = m_session->scene().nodeOfEntity(entity))
                m_highlight.selectedNodes[*node] = true;
    m_highlight.selectedTies = m_session && m_document
                                   ? m_session->scene().tiesOf(m_document->selection().links)
                                   : std::vector<SceneIndex>{};
    invalidate();
}

void ChartView::invalidate() {
    m_frameValid = false;
    m_frameContentCurrent = false;
    m_minimap->setViewArea(m_transform.visibleWorld());
    update();
}

std::vector<EntityId> ChartView::selectedEntities() const {
    std::vector<EntityId> entities;
    if (!m_session || !m_document)
        return entities;
    for (EntityId entity : m_document->selection().entities)
        if (chart::findItem(m_session->chart(), entity))
            entities.push_back(entity);
    return entities;
}

void ChartView::selectAll() {
    if (!m_session || !m_document)
        return;
    m_document->selectEntities(m_session->chart().shownEntities());
}

void ChartView::removeSelection() {
    if (!m_session)
        return;
    const std::vector<EntityId> entities = selectedEntities();
    m_session->edit(chart::removeItems(m_session->chart(), entities),
                    tr("Remove %1 from the chart")
                        .arg(countOf(std::int64_t(entities.size()), tr("item"), tr("items"))));
}

double ChartView::renderFrame() {
    QElapsedTimer timer;
    timer.start();
    if (m_session) {
        if (!reuseFrame())
            renderExactFrame();
        m_frameTransform = m_transform;
        m_frameContentCurrent = true;
    }
    m_frameValid = true;
    return timer.nsecsElapsed() / 1e6;
}

double ChartView::refineFrame() {
    QElapsedTimer timer;
    timer.start();
    if (m_session && m_frameContentCurrent && m_frameTransform == m_transform) {
        renderExactFrame();
        m_frameValid = true;
        update();
    }
    return timer.nsecsElapsed() / 1e6;
}

void ChartView::renderExactFrame() {
    QElapsedTimer timer;
    timer.start();
    m_renderer.render(m_frame, m_session->scene(), m_transform, m_highlight);
    m_exactFrameMilliseconds = timer.nsecsElapsed() / 1e6;
    m_refineTimer.stop();
}

bool ChartView::reuseFrame() {
    if (!m_frameContentCurrent || m_frameTransform.viewSize != m_transform.viewSize ||
        m_frame.size() != m_transform.viewSize)
        return false;
    // A view drawn exactly within a frame's time is always drawn exactly.
    if (m_exactFrameMilliseconds <= kSmoothFrameMilliseconds)
        return false;
    if (m_frameTransform.scale != m_transform.scale)
        scaleFrame();
    else {
        const QPointF shift = (m_frameTransform.centre - m_transform.centre) * m_transform.scale;
        const QPoint pixels = shift.toPoint();
        if (QPointF(pixels - shift).manhattanLength() > 0.01 ||
            std::abs(pixels.x()) >= width() / 2 || std::abs(pixels.y()) >= height() / 2)
            return false;
        // An overview has no labels to cut at the seams: its shifted frame is exact.
        const bool overview = m_renderer.isOverview(m_session->scene(), m_transform);
        shiftFrame(pixels);
        if (overview)
            return true;
    }
    m_refineTimer.start(); // not exact: draw it so once the gesture rests
    return true;
}

void ChartView::scaleFrame() {
    // A zoom step of a chart too big to redraw in a frame: the last frame scaled about the
    // view's centre now, the exact drawing once the wheel rests (m_refineTimer).
    const double factor = m_transform.scale / m_frameTransform.scale;
    const QPointF middle(width() / 2.0, height() / 2.0);
    reuseSpare();
    m_spare.fill(ChartRenderer::background());
    QPainter painter(&m_spare);
    painter.translate(middle + (m_frameTransform.centre - m_transform.centre) * m_transform.scale);
    painter.scale(factor, factor);
    painter.translate(-middle);
    painter.drawImage(QPoint(0, 0), m_frame);
    painter.end();
    std::swap(m_frame, m_spare);
}

void ChartView::reuseSpare() {
    // A new 8 MB image every frame cost more in page faults than the copy itself.
    if (m_spare.size() != m_frame.size() || m_spare.format() != m_frame.format())
        m_spare = QImage(m_frame.size(), m_frame.format());
}

void ChartView::shiftFrame(QPoint pixels) {
    // A pan is a copy of the last frame plus the strips it uncovers.
    reuseSpare();
    QPainter painter(&m_spare);
    painter.setCompositionMode(QPainter::CompositionMode_Source);
    painter.drawImage(pixels, m_frame);
    painter.end();
    std::swap(m_frame, m_spare);
    const int w = m_frame.width(), h = m_frame.height();
    if (pixels.x() != 0)
        m_renderer.render(m_frame, m_session->scene(), m_transform, m_highlight,
                          pixels.x() > 0 ? QRect(0, 0, pixels.x(), h)
                                         : QRect(w + pixels.x(), 0, -pixels.x(), h));
    if (pixels.y() != 0)
        m_renderer.render(m_frame, m_session->scene(), m_transform, m_highlight,
                          pixels.y() > 0 ? QRect(0, 0, w, pixels.y())
                                         : QRect(0, h + pixels.y(), w, -pixels.y()));
}

void ChartView::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    if (!m_session || !m_session->isLoaded() || m_session->scene().nodes().empty()) {
        paintEmptyState(painter);
        return;
    }
    if (!m_frameValid || m_frame.size() != size())
        renderFrame();
    painter.drawImage(QPoint(0, 0), m_frame);
    paintHover(painter);
    if (m_gesture == Gesture::RubberBand) {
        painter.setPen(QPen(QColor(0x1f, 0x6f, 0xeb), 1, Qt::DashLine));
        painter.setBrush(QColor(0x1f, 0x6f, 0xeb, 30));
        painter.drawRect(QRectF(m_pressAt, m_lastAt).normalized());
    }
}

void ChartView::paintHover(QPainter& painter) {
    if (m_hovered < 0 || m_hovered >= int(m_session->scene().nodes().size()))
        return;
    const SceneNode& node = m_session->scene().nodes()[m_hovered];
    const double radius =
        std::max(ChartRenderer::kNodeWorldSize * m_transform.scale * node.size, 6.0) / 2 + 4;
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(QColor(0x1f, 0x6f, 0xeb, 150), 2));
    painter.setBrush(Qt::NoBrush);
    painter.drawEllipse(m_transform.toScreen(node.position), radius, radius);
}

void ChartView::paintEmptyState(QPainter& painter) {
    painter.fillRect(rect(), ChartRenderer::background());
    painter.setPen(QColor(0x4b, 0x55, 0x63));
    QFont font = painter.font();
    font.setPointSizeF(font.pointSizeF() * 1.2);
    painter.setFont(font);
    const QString text =
        !m_session ? tr("Open a case to see its network.")
        : !m_session->isLoaded()
            ? tr("Loading the chart…")
            : tr("This chart is empty.\nAdd entities from a search or a table, or right-click "
                 "to expand what is already here.");
    if (m_emptyHintShown || !m_session || !m_session->isLoaded())
        painter.drawText(rect().adjusted(40, 40, -40, -40), Qt::AlignCenter | Qt::TextWordWrap,
                         text);
}

void ChartView::resizeEvent(QResizeEvent*) {
    m_transform.viewSize = size();
    m_minimap->move(width() - m_minimap->width() - 12, height() - m_minimap->height() - 12);
    if (m_fitPending)
        sceneChanged();
    invalidate();
}

bool ChartView::event(QEvent* event) {
    // Worked out only when the pointer rests (a tie is found by a scan of them all).
    if (event->type() != QEvent::ToolTip)
        return QWidget::event(event);
    const QPoint at = static_cast<QHelpEvent*>(event)->pos();
    const auto node = nodeUnder(at);
    const QString tip = !m_session ? QString()
                        : node     ? m_session->scene().nodes()[*node].label
                                   : tieTipAt(at);
    if (tip.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(static_cast<QHelpEvent*>(event)->globalPos(), tip, this);
    return true;
}

std::optional<SceneIndex> ChartView::tieUnder(QPointF screen) const {
    // Ties are told apart only where they are drawn apart: not in an overview.
    if (!m_session || m_renderer.isOverview(m_session->scene(), m_transform))
        return std::nullopt;
    return m_session->scene().tieAt(m_transform.toWorld(screen),
                                    kTiePickPixels / m_transform.scale);
}

QString ChartView::tieTipAt(QPointF screen) const {
    const auto tie = tieUnder(screen);
    return tie ? m_session->scene().tieDetails(*tie) : QString();
}

std::optional<SceneIndex> ChartView::nodeUnder(QPointF screen) const {
    if (!m_session)
        return std::nullopt;
    const double radius =
        std::max(kPickPixels, ChartRenderer::kNodeWorldSize * m_transform.scale / 2) /
        m_transform.scale;
    return m_session->scene().nodeAt(m_transform.toWorld(screen), radius);
}

void ChartView::selectNodes(const std::vector<SceneIndex>& nodes, bool add) {
    if (!m_document || !m_session)
        return;
    std::vector<EntityId> entities =
        add ? m_document->selection().entities : std::vector<EntityId>{};
    for (SceneIndex node : nodes)
        for (EntityId entity : m_session->scene().entitiesOf(node))
            entities.push_back(entity);
    m_document->selectEntities(std::move(entities));
}

void ChartView::mousePressEvent(QMouseEvent* event) {
    m_pressAt = m_lastAt = event->position();
    if (event->button() == Qt::MiddleButton || (event->button() == Qt::LeftButton && m_spaceHeld)) {
        m_gesture = Gesture::Pan;
        setCursor(Qt::ClosedHandCursor);
        return;
    }
    if (event->button() != Qt::LeftButton)
        return;
    const auto node = nodeUnder(event->position());
    const bool add = event->modifiers() & (Qt::ShiftModifier | Qt::ControlModifier);
    if (!node) {
        // A click on a tie selects the links it sums (the inspector lists them).
        if (const auto tie = tieUnder(event->position()); tie && !add && m_document) {
            m_document->setSelection(Selection{{}, m_session->scene().linksOf(*tie), {}});
            m_gesture = Gesture::None;
            return;
        }
        if (!add && m_document)
            m_document->selectEntities({});
        m_gesture = Gesture::RubberBand;
        return;
    }
    if (!(*node < m_highlight.selectedNodes.size() && m_highlight.selectedNodes[*node]) || add)
        selectNodes({*node}, add);
    m_gesture = Gesture::Drag;
    m_dragStart.clear();
    for (SceneIndex index = 0; index < m_highlight.selectedNodes.size(); ++index)
        if (m_highlight.selectedNodes[index])
            m_dragStart.push_back({index, m_session->scene().nodes()[index].position});
}

void ChartView::mouseMoveEvent(QMouseEvent* event) {
    const QPointF at = event->position();
    const QPointF delta = at - m_lastAt;
    m_lastAt = at;
    if (m_gesture == Gesture::Pan) {
        ChartTransform panned = m_transform;
        panned.panBy(delta);
        setTransform(panned);
    } else if (m_gesture == Gesture::Drag && QLineF(m_pressAt, at).length() >= kDragThreshold &&
               m_session) {
        const QPointF moved = (at - m_pressAt) / m_transform.scale;
        std::vector<std::pair<SceneIndex, QPointF>> moves;
        for (const auto& [node, start] : m_dragStart)
            moves.push_back({node, start + moved});
        m_session->previewPositions(moves);
    } else if (m_gesture == Gesture::RubberBand)
        update();
    else {
        const auto node = nodeUnder(at);
        const int hovered = node ? int(*node) : -1;
        setCursor(node ? Qt::PointingHandCursor : Qt::ArrowCursor);
        if (hovered != m_hovered) {
            m_hovered = hovered;
            update(); // the hover ring is drawn over the cached frame
        }
    }
}

void ChartView::mouseReleaseEvent(QMouseEvent* event) {
    if (m_gesture == Gesture::RubberBand && m_session) {
        const QRectF area(m_transform.toWorld(m_pressAt), m_transform.toWorld(event->position()));
        if (QLineF(m_pressAt, event->position()).length() >= kDragThreshold)
            selectNodes(m_session->scene().nodesIn(area.normalized()),
                        event->modifiers() & (Qt::ShiftModifier | Qt::ControlModifier));
    } else if (m_gesture == Gesture::Drag &&
               QLineF(m_pressAt, event->position()).length() >= kDragThreshold)
        finishDrag();
    m_gesture = Gesture::None;
    unsetCursor();
    update();
}

void ChartView::finishDrag() {
    const QPointF moved = (m_lastAt - m_pressAt) / m_transform.scale;
    const Chart& current = m_session->chart();
    std::vector<chart::ItemPosition> positions;
    chart::ChartChange change;
    for (const auto& [node, start] : m_dragStart) {
        const SceneNode& drawn = m_session->scene().nodes()[node];
        const QPointF to = start + moved;
        if (drawn.group) {
            const chart::ChartChange group = chart::moveGroup(current, drawn.group, to.x(), to.y());
            change.groups.insert(change.groups.end(), group.groups.begin(), group.groups.end());
        } else
            positions.push_back({drawn.entity, to.x(), to.y()});
    }
    chart::ChartChange items = chart::moveItems(current, std::move(positions));
    items.groups = std::move(change.groups);
    m_session->edit(std::move(items), tr("Move %1").arg(countOf(std::int64_t(m_dragStart.size()),
                                                                tr("item"), tr("items"))));
}

void ChartView::mouseDoubleClickEvent(QMouseEvent* event) {
    if (const auto node = nodeUnder(event->position()); node && m_session)
        Q_EMIT expandRequested(m_session->scene().entitiesOf(*node));
}

void ChartView::wheelEvent(QWheelEvent* event) {
    const double notches = event->angleDelta().y() / 120.0;
    ChartTransform zoomed = m_transform;
    zoomed.zoomAbout(event->position(), std::pow(kWheelStep, notches));
    setTransform(zoomed);
    event->accept();
}

void ChartView::keyPressEvent(QKeyEvent* event) {
    ChartTransform panned = m_transform;
    switch (event->key()) {
    case Qt::Key_Space:
        m_spaceHeld = !event->isAutoRepeat() || m_spaceHeld;
        setCursor(Qt::OpenHandCursor);
        return;
    case Qt::Key_F:
        fitToChart();
        return;
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        removeSelection();
        return;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomBy(kWheelStep);
        return;
    case Qt::Key_Minus:
        zoomBy(1 / kWheelStep);
        return;
    case Qt::Key_Left:
        panned.panBy({kArrowPanPixels, 0});
        break;
    case Qt::Key_Right:
        panned.panBy({-kArrowPanPixels, 0});
        break;
    case Qt::Key_Up:
        panned.panBy({0, kArrowPanPixels});
        break;
    case Qt::Key_Down:
        panned.panBy({0, -kArrowPanPixels});
        break;
    default:
        if (event->matches(QKeySequence::SelectAll)) {
            selectAll();
            return;
        }
        QWidget::keyPressEvent(event);
        return;
    }
    setTransform(panned);
}

void ChartView::keyReleaseEvent(QKeyEvent* event) {
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceHeld = false;
        unsetCursor();
    }
    QWidget::keyReleaseEvent(event);
}

void ChartView::contextMenuEvent(QContextMenuEvent* event) {
    const auto node = nodeUnder(event->pos());
    if (node && !(*node < m_highlight.selectedNodes.size() && m_highlight.selectedNodes[*node]))
        selectNodes({*node}, false);
    Q_EMIT contextMenuRequested(selectedEntities(), event->globalPos());
}

} // namespace threadline::ui
