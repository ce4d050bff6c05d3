#include "chart/ChartRenderer.h"

#include "chart/OverviewRaster.h"

#include <QPainterPath>
#include <QSvgRenderer>

#include <algorithm>
#include <array>
#include <cmath>

namespace threadline::chart {

namespace {

const QColor kTieColour(0x8a, 0x94, 0xa6);
const QColor kSelectionColour(0x1f, 0x6f, 0xeb);
const QColor kLabelColour(0x1f, 0x29, 0x37);
constexpr int kArrowTies = 2000;       // arrows only while this few ties are in view
constexpr int kTieLabelTies = 400;     // link labels only while this few
constexpr double kLabelNodePixels = 8; // nodes drawn smaller carry no label

double nodePixels(const SceneNode& node, const ChartTransform& transform) {
    return ChartRenderer::kNodeWorldSize * transform.scale * node.size;
}

bool isSelected(const ChartHighlight& highlight, SceneIndex node) {
    return node < highlight.selectedNodes.size() && highlight.selectedNodes[node];
}

// Pen width by how many links a tie sums: 1, 2 to 5, more.
int widthClass(const SceneTie& tie) {
    return tie.links <= 1 ? 0 : tie.links <= 5 ? 1 : 2;
}

void paintArrow(QPainter& painter, QPointF from, QPointF to, double targetRadius) {
    const QLineF line(from, to);
    if (line.length() < targetRadius * 2 + 16)
        return;
    const QPointF unit = (to - from) / line.length();
    const QPointF tip = to - unit * (targetRadius + 2);
    const QPointF across(-unit.y(), unit.x());
    const QPointF base = tip - unit * 8;
    painter.drawPolygon(QPolygonF{tip, base + across * 3.5, base - across * 3.5});
}

// A badge at the node's lower right for its first role, lettered: V(ictim), C(ontroller) ...
void paintRoleBadge(QPainter& painter, const SceneNode& node, QPointF centre, double pixels) {
    if (node.roles.isEmpty() || pixels < 14)
        return;
    const double radius = std::max(5.0, pixels * 0.18);
    const QPointF at = centre + QPointF(pixels * 0.38, pixels * 0.38);
    painter.setPen(QPen(Qt::white, 1.2));
    painter.setBrush(roleColour(node.roles.front()));
    painter.drawEllipse(at, radius, radius);
    QFont font = painter.font();
    font.setPixelSize(int(radius * 1.3));
    font.setBold(true);
    painter.setFont(font);
    painter.drawText(QRectF(at - QPointF(radius, radius), QSizeF(2 * radius, 2 * radius)),
                     Qt::AlignCenter, node.roles.front().left(1).toUpper());
}

void paintPinBadge(QPainter& painter, QPointF centre, double pixels) {
    if (pixels < 14)
        return;
    const QPointF at = centre + QPointF(pixels * 0.38, -pixels * 0.38);
    painter.setPen(QPen(Qt::white, 1));
    painter.setBrush(QColor(0x37, 0x41, 0x51));
    painter.drawEllipse(at, 3.5, 3.5);
}

// Taken boxes (nodes, placed labels) in a coarse grid, so each new label checks only its
// neighbours.
class LabelSpace {
public:
    // A box that a hub's label may cover: a leaf node (an ad around its phone), whose own
    // label matters less than the hub's.
    enum class Kind { Firm, Yields };

    // Takes the box whatever it overlaps (a node: labels must keep off every one).
    void occupy(const QRectF& box, Kind kind = Kind::Firm) {
        forCells(box, [&](qint64 cell) { m_cells[cell].append({box, kind}); });
    }

    // Takes the box if it overlaps nothing taken yet (but yielding boxes, when `overLeaves`).
    bool tryPlace(const QRectF& box, bool overLeaves = false) {
        bool free = true;
        forCells(box, [&](qint64 cell) {
            for (const Taken& placed : m_cells.value(cell))
                free = free &&
                       ((overLeaves && placed.kind == Kind::Yields) || !placed.box.intersects(box));
        });
        if (free)
            occupy(box);
        return free;
    }

private:
    struct Taken {
        QRectF box;
        Kind kind;
    };

    template <typename Visit> static void forCells(const QRectF& box, Visit visit) {
        const int left = int(std::floor(box.left() / kCell)),
                  right = int(std::floor(box.right() / kCell));
        const int top = int(std::floor(box.top() / kCell)),
                  bottom = int(std::floor(box.bottom() / kCell));
        for (int x = left; x <= right; ++x)
            for (int y = top; y <= bottom; ++y)
                visit(key(x, y));
    }

    static constexpr double kCell = 64;
    static qint64 key(int x, int y) { return (qint64(x) << 32) ^ quint32(y); }
    QHash<qint64, QList<Taken>> m_cells;
};

// A node with this many ties is a hub: its label may cover the leaves around it.
constexpr std::uint32_t kHubTies = 3;

// The words of each tie in view ("14 calls, 52 min") at its middle, where nothing already
// placed (nodes, their labels) is.
void paintTieLabels(QPainter& painter, const ChartScene& scene, const ChartTransform& transform,
                    const std::vector<SceneIndex>& ties, LabelSpace& space) {
    if (int(ties.size()) > kTieLabelTies)
        return;
    QFont font = painter.font();
    font.setPixelSize(11);
    painter.setFont(font);
    const QFontMetricsF metrics(font);
    for (SceneIndex index : ties) {
        const SceneTie& tie = scene.ties()[index];
        const QPointF a = transform.toScreen(scene.nodes()[tie.a].position);
        const QPointF b = transform.toScreen(scene.nodes()[tie.b].position);
        const double room = QLineF(a, b).length() - nodePixels(scene.nodes()[tie.a], transform) -
                            nodePixels(scene.nodes()[tie.b], transform);
        const QString label = scene.tieLabel(index);
        if (label.isEmpty() || metrics.horizontalAdvance(label) + 8 > room)
            continue;
        QRectF box(QPointF(0, 0),
                   QSizeF(metrics.horizontalAdvance(label) + 8, metrics.height() + 2));
        box.moveCenter((a + b) / 2);
        if (!space.tryPlace(box))
            continue; // nodes and their labels first; a tie's words where there is room
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(255, 255, 255, 225));
        painter.drawRoundedRect(box, 3, 3);
        painter.setPen(kTieColour.darker(190));
        painter.drawText(box, Qt::AlignCenter, label);
    }
}

} // namespace

bool ChartRenderer::isOverview(const ChartScene& scene, const ChartTransform& transform) const {
    const Visible visible = visibleParts(scene, transform);
    return int(visible.ties.size()) > kDetailTies || int(visible.nodes.size()) > kDetailNodes;
}

void ChartRenderer::render(QImage& image, const ChartScene& scene, const ChartTransform& transform,
                           const ChartHighlight& highlight, QRect area) {
    if (image.size() != transform.viewSize || image.format() != QImage::Format_ARGB32_Premultiplied)
        image = QImage(transform.viewSize, QImage::Format_ARGB32_Premultiplied);
    area = area.isNull() ? image.rect() : area.intersected(image.rect());
    QPainter painter(&image);
    painter.setClipRect(area);
    painter.fillRect(area, background());
    if (isOverview(scene, transform)) {
        painter.end();
        drawOverview(image, scene, transform, true, area);
        painter.begin(&image);
        painter.setClipRect(area);
        painter.setRenderHint(QPainter::Antialiasing);
        paintSelection(painter, scene, transform, highlight);
        return;
    }
    paint(painter, scene, transform, highlight);
}

void ChartRenderer::paint(QPainter& painter, const ChartScene& scene,
                          const ChartTransform& transform, const ChartHighlight& highlight) {
    const Visible visible = visibleParts(scene, transform, true);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    paintTies(painter, scene, transform, visible, highlight);
    paintNodes(painter, scene, transform, visible, highlight);
    paintSelection(painter, scene, transform, highlight);
    paintLabels(painter, scene, transform, visible, highlight);
}

ChartRenderer::Visible ChartRenderer::visibleParts(const ChartScene& scene,
                                                   const ChartTransform& transform,
                                                   bool all) const {
    const double margin = kNodeWorldSize * 3;
    const QRectF world =
        transform.visibleWorld().normalized().adjusted(-margin, -margin, margin, margin);
    Visible visible;
    for (SceneIndex tie = 0; tie < scene.ties().size(); ++tie) {
        const QPointF a = scene.nodes()[scene.ties()[tie].a].position;
        const QPointF b = scene.nodes()[scene.ties()[tie].b].position;
        if (std::max(a.x(), b.x()) >= world.left() && std::min(a.x(), b.x()) <= world.right() &&
            std::max(a.y(), b.y()) >= world.top() && std::min(a.y(), b.y()) <= world.bottom())
            visible.ties.push_back(tie);
        if (!all && int(visible.ties.size()) > kDetailTies)
            return visible; // an overview: it draws everything anyway
    }
    visible.nodes = scene.nodesIn(world);
    return visible;
}

void ChartRenderer::paintTies(QPainter& painter, const ChartScene& scene,
                              const ChartTransform& transform, const Visible& visible,
                              const ChartHighlight& highlight) {
    // One drawLines call per pen: 3 widths, plain or touching the selection.
    std::array<std::vector<QLineF>, 6> batches;
    const QRectF view = QRectF(QPointF(0, 0), QSizeF(transform.viewSize)).adjusted(-8, -8, 8, 8);
    for (SceneIndex index : visible.ties) {
        const SceneTie& tie = scene.ties()[index];
        const bool selected = isSelected(highlight, tie.a) || isSelected(highlight, tie.b);
        // Clipped here: QPainter strokes a wide line whole, however far it runs off the view
        // (15 s a frame for a zoomed 5k chart before this).
        QPointF a = transform.toScreen(scene.nodes()[tie.a].position);
        QPointF b = transform.toScreen(scene.nodes()[tie.b].position);
        if (clipSegment(a, b, view))
            batches[widthClass(tie) + (selected ? 3 : 0)].push_back(QLineF(a, b));
    }
    constexpr double widths[] = {1.0, 2.0, 3.2};
    for (int batch = 0; batch < 6; ++batch) {
        QColor colour = batch < 3 ? kTieColour : kSelectionColour;
        // Flat caps (the ends are under the nodes anyway): a round cap takes Qt off its
        // cosmetic stroker's fast path (37 ms against 18 ms for a view of 2,700 ties).
        QPen pen(colour, widths[batch % 3], Qt::SolidLine, Qt::FlatCap);
        pen.setCosmetic(true);
        painter.setPen(pen);
        // Thin lines in one call (the cosmetic stroker's fast path); wide ones one by one:
        // Qt strokes a drawLines() call of wide lines as one path, and its fill of thousands
        // of overlapping segments took seconds a frame.
        if (batch % 3 == 0)
            painter.drawLines(batches[batch].data(), int(batches[batch].size()));
        else
            for (const QLineF& line : batches[batch])
                painter.drawLine(line);
    }
    const bool arrows = int(visible.ties.size()) <= kArrowTies;
    if (!arrows)
        return;
    painter.setPen(Qt::NoPen);
    painter.setBrush(kTieColour.darker(130));
    for (SceneIndex index : visible.ties) {
        const SceneTie& tie = scene.ties()[index];
        const QPointF a = transform.toScreen(scene.nodes()[tie.a].position);
        const QPointF b = transform.toScreen(scene.nodes()[tie.b].position);
        if (tie.towardsB)
            paintArrow(painter, a, b, nodePixels(scene.nodes()[tie.b], transform) / 2);
        if (tie.towardsA)
            paintArrow(painter, b, a, nodePixels(scene.nodes()[tie.a], transform) / 2);
    }
}

void ChartRenderer::paintNodes(QPainter& painter, const ChartScene& scene,
                               const ChartTransform& transform, const Visible& visible,
                               const ChartHighlight&) {
    for (SceneIndex index : visible.nodes) {
        const SceneNode& node = scene.nodes()[index];
        const QPointF centre = transform.toScreen(node.position);
        const double pixels = std::min(nodePixels(node, transform), 160.0);
        if (pixels < 7) {
            const double side = std::max(pixels, 2.5);
            painter.fillRect(QRectF(centre - QPointF(side / 2, side / 2), QSizeF(side, side)),
                             node.colour ? QColor::fromRgba(node.colour)
                                         : entityKindColour(node.kind));
            continue;
        }
        const QRectF box(centre - QPointF(pixels / 2, pixels / 2), QSizeF(pixels, pixels));
        const qreal ratio = painter.device()->devicePixelRatioF();
        const QImage& image = icon(node.kind, int(std::ceil(pixels * ratio)));
        if (ratio == 1 && painter.transform().isIdentity())
            painter.drawImage(box.topLeft().toPoint(), image); // a plain blit, not a resample
        else
            painter.drawImage(box, image);
        if (node.colour) {
            painter.setPen(QPen(QColor::fromRgba(node.colour), std::max(2.0, pixels / 10)));
            painter.setBrush(Qt::NoBrush);
            painter.drawEllipse(box.adjusted(-1.5, -1.5, 1.5, 1.5));
        }
        if (node.pinned)
            paintPinBadge(painter, centre, pixels);
        paintRoleBadge(painter, node, centre, pixels);
    }
}

void ChartRenderer::paintLabels(QPainter& painter, const ChartScene& scene,
                                const ChartTransform& transform, const Visible& visible,
                                const ChartHighlight& highlight) {
    std::vector<SceneIndex> order;
    for (SceneIndex index : visible.nodes)
        if (nodePixels(scene.nodes()[index], transform) >= kLabelNodePixels ||
            isSelected(highlight, index))
            order.push_back(index);
    // The selection first, then bigger nodes, then hubs: they keep their labels when space
    // runs out.
    std::stable_sort(order.begin(), order.end(), [&](SceneIndex a, SceneIndex b) {
        if (isSelected(highlight, a) != isSelected(highlight, b))
            return isSelected(highlight, a);
        const SceneNode& first = scene.nodes()[a];
        const SceneNode& second = scene.nodes()[b];
        return first.size != second.size ? first.size > second.size : first.ties > second.ties;
    });
    LabelSpace space;
    for (SceneIndex index : visible.nodes) {
        const double pixels = nodePixels(scene.nodes()[index], transform);
        const QPointF centre = transform.toScreen(scene.nodes()[index].position);
        space.occupy(QRectF(centre - QPointF(pixels / 2, pixels / 2), QSizeF(pixels, pixels)),
                     scene.nodes()[index].ties <= 1 ? LabelSpace::Kind::Yields
                                                    : LabelSpace::Kind::Firm);
    }
    QFont font = painter.font();
    font.setPixelSize(12);
    font.setBold(false);
    painter.setFont(font);
    const QFontMetricsF metrics(font);
    for (SceneIndex index : order) {
        const SceneNode& node = scene.nodes()[index];
        const QString text = metrics.elidedText(node.label, Qt::ElideMiddle, 180);
        const double pixels = std::min(nodePixels(node, transform), 160.0);
        const QPointF centre = transform.toScreen(node.position);
        QRectF box(QPointF(0, 0), QSizeF(metrics.horizontalAdvance(text) + 6, metrics.height()));
        box.moveCenter(centre + QPointF(0, pixels / 2 + 3 + metrics.height() / 2));
        if (!space.tryPlace(box, node.ties >= kHubTies))
            continue;
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(247, 248, 250, 200));
        painter.drawRoundedRect(box, 3, 3);
        painter.setPen(isSelected(highlight, index) ? kSelectionColour.darker(120) : kLabelColour);
        painter.drawText(box, Qt::AlignCenter, text);
    }
    paintTieLabels(painter, scene, transform, visible.ties, space);
}

void ChartRenderer::paintSelection(QPainter& painter, const ChartScene& scene,
                                   const ChartTransform& transform,
                                   const ChartHighlight& highlight) {
    const QRectF view(QPointF(0, 0), QSizeF(transform.viewSize));
    painter.setBrush(Qt::NoBrush);
    auto ring = [&](SceneIndex index, const QPen& pen) {
        const QPointF centre = transform.toScreen(scene.nodes()[index].position);
        const double radius = std::max(nodePixels(scene.nodes()[index], transform), 6.0) / 2 + 3;
        if (!view.adjusted(-radius, -radius, radius, radius).contains(centre))
            return;
        painter.setPen(pen);
        painter.drawEllipse(centre, radius, radius);
    };
    for (SceneIndex index = 0;
         index < highlight.selectedNodes.size() && index < scene.nodes().size(); ++index)
        if (highlight.selectedNodes[index])
            ring(index, QPen(kSelectionColour, 2.5));
    // A selected tie: a wide band of the selection colour under a line of it, end to end.
    for (SceneIndex index : highlight.selectedTies) {
        if (index >= scene.ties().size())
            continue;
        const SceneTie& tie = scene.ties()[index];
        const QLineF line(transform.toScreen(scene.nodes()[tie.a].position),
                          transform.toScreen(scene.nodes()[tie.b].position));
        QColor halo = kSelectionColour;
        halo.setAlpha(70);
        painter.setPen(QPen(halo, 9, Qt::SolidLine, Qt::RoundCap));
        painter.drawLine(line);
        painter.setPen(QPen(kSelectionColour, 3, Qt::SolidLine, Qt::FlatCap));
        painter.drawLine(line);
    }
}

const QImage& ChartRenderer::icon(EntityKind kind, int pixels) {
    pixels = std::clamp(pixels, 4, 320);
    const int key = int(kind) * 1024 + pixels;
    auto found = m_icons.find(key);
    if (found != m_icons.end())
        return *found;
    QImage image(pixels, pixels, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QSvgRenderer svg(entityKindIcon(kind));
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    svg.render(&painter, QRectF(0, 0, pixels, pixels));
    painter.end();
    return *m_icons.insert(key, image);
}

} // namespace threadline::chart
