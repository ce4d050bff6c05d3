#include "graph/ChartMinimap.h"

#include "chart/OverviewRaster.h"
#include "graph/ChartDrawing.h"

#include <QMouseEvent>
#include <QPainter>

namespace threadline::ui {

ChartMinimap::ChartMinimap(QWidget* parent)
    : QWidget(parent) {
    setFixedSize(200, 140);
    setCursor(Qt::PointingHandCursor);
    setToolTip(tr("Overview: click or drag to move the view"));
    hide();
}

void ChartMinimap::setScene(const ChartScene* scene) {
    m_scene = scene;
    setVisible(scene && scene->nodes().size() > 1);
    if (!isVisible())
        return;
    const ChartTransform fit = ChartTransform::fit(scene->bounds(), size(), 8);
    m_bounds = fit.visibleWorld();
    m_picture = QImage(size(), QImage::Format_ARGB32_Premultiplied);
    m_picture.fill(QColor(255, 255, 255, 235));
    drawOverview(m_picture, *scene, fit, true);
    update();
}

void ChartMinimap::setViewArea(const QRectF& world) {
    m_viewArea = world.normalized();
    update();
}

void ChartMinimap::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.drawImage(0, 0, m_picture);
    painter.setPen(QColor(0xc4, 0xc9, 0xd1));
    painter.drawRect(rect().adjusted(0, 0, -1, -1));
    if (m_bounds.isEmpty())
        return;
    const double sx = width() / m_bounds.width(), sy = height() / m_bounds.height();
    const QRectF view((m_viewArea.left() - m_bounds.left()) * sx,
                      (m_viewArea.top() - m_bounds.top()) * sy, m_viewArea.width() * sx,
                      m_viewArea.height() * sy);
    painter.setPen(QPen(QColor(0x1f, 0x6f, 0xeb), 1.5));
    painter.setBrush(QColor(0x1f, 0x6f, 0xeb, 28));
    painter.drawRect(view.intersected(QRectF(rect()).adjusted(1, 1, -1, -1)));
}

void ChartMinimap::mousePressEvent(QMouseEvent* event) {
    mouseMoveEvent(event);
}

void ChartMinimap::mouseMoveEvent(QMouseEvent* event) {
    if (m_bounds.isEmpty() || !(event->buttons() & Qt::LeftButton))
        return;
    Q_EMIT centreRequested(
        QPointF(m_bounds.left() + event->position().x() / width() * m_bounds.width(),
                m_bounds.top() + event->position().y() / height() * m_bounds.height()));
}

} // namespace threadline::ui
