#pragma once

#include <QImage>
#include <QRectF>
#include <QWidget>

namespace threadline::chart {
class ChartScene;
} // namespace threadline::chart

namespace threadline::ui {

using chart::ChartScene;

// The whole chart in small, with the part in view outlined; a click or drag moves the view.
// Its picture is drawn once per scene change (as an overview), not per frame.
class ChartMinimap final : public QWidget {
    Q_OBJECT

public:
    explicit ChartMinimap(QWidget* parent = nullptr);

    void setScene(const ChartScene* scene); // null: hidden
    void setViewArea(const QRectF& world);

Q_SIGNALS:
    void centreRequested(QPointF worldCentre);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;

private:
    const ChartScene* m_scene = nullptr;
    QImage m_picture;
    QRectF m_viewArea;
    QRectF m_bounds; // world area the picture shows
};

} // namespace threadline::ui
