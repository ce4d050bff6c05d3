#pragma once

#include "graph/ChartDrawing.h"

#include <QImage>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <optional>

namespace threadline::ui {

class CaseDocument;
class ChartMinimap;
class ChartSession;

// The chart: an interactive drawing of a ChartSession. It draws the scene through
// ChartRenderer into a cached frame (redrawn only when the scene, the selection or the view
// changes) and picks with the scene's R-tree, so there is no item per node and a chart of
// 100k nodes stays fluid. Click, shift-click and rubber band select (the document's selection);
// drag moves the selection (one undo command); the wheel zooms about the cursor; the middle
// button or Space+drag pans; F fits; Delete removes from the chart; arrows pan.
class ChartView final : public QWidget {
    Q_OBJECT

public:
    explicit ChartView(QWidget* parent = nullptr);
    ~ChartView() override;

    // Shows `session` (null: nothing); the view follows `document`'s selection.
    void setSession(CaseDocument* document, ChartSession* session);
    ChartSession* session() const { return m_session; }

    const ChartTransform& transform() const { return m_transform; }
    void setTransform(const ChartTransform& transform);
    void fitToChart();
    void zoomBy(double factor);
    // The selected entities that are on this chart.
    std::vector<EntityId> selectedEntities() const;
    void selectAll();
    void removeSelection();
    // Whether an empty chart says how to fill it (not when the panel offers a first chart).
    void setEmptyHintShown(bool shown) {
        m_emptyHintShown = shown;
        update();
    }

    // Renders one frame now as paintEvent would (benchmarks): milliseconds taken. A big chart's
    // pan or zoom frame may be the last frame moved or scaled; refineFrame() then draws it
    // exactly (as the view does by itself once the gesture rests).
    double renderFrame();
    double refineFrame();
    ChartMinimap* minimap() const { return m_minimap; }

Q_SIGNALS:
    // A right click: the entities under it (the selection) and where, in global coordinates.
    void contextMenuRequested(const std::vector<threadline::EntityId>& entities,
                              QPoint globalPosition);
    void expandRequested(const std::vector<threadline::EntityId>& entities);
    void transformChanged();

protected:
    bool event(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void keyReleaseEvent(QKeyEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;

private:
    enum class Gesture { None, Pan, Drag, RubberBand };

    void sceneChanged();
    void selectionChanged();
    void invalidate();
    std::optional<SceneIndex> nodeUnder(QPointF screen) const;
    std::optional<SceneIndex> tieUnder(QPointF screen) const;
    QString tieTipAt(QPointF screen) const;
    void selectNodes(const std::vector<SceneIndex>& nodes, bool add);
    void finishDrag();
    void paintEmptyState(QPainter& painter);
    void paintHover(QPainter& painter);
    void renderExactFrame();
    bool reuseFrame();
    void shiftFrame(QPoint pixels);
    void scaleFrame();
    void reuseSpare();

    QPointer<CaseDocument> m_document;
    QPointer<ChartSession> m_session;
    ChartRenderer m_renderer;
    ChartTransform m_transform;
    ChartHighlight m_highlight;
    QImage m_frame;
    QImage m_spare;                     // the buffer a pan copies the frame into
    ChartTransform m_frameTransform;    // the view m_frame shows
    bool m_frameValid = false;          // m_frame shows the current view and content
    bool m_frameContentCurrent = false; // ... at least the current content (scene, selection)
    double m_exactFrameMilliseconds = 0;
    QTimer m_refineTimer;
    bool m_fitPending = true;
    bool m_emptyHintShown = true;
    Gesture m_gesture = Gesture::None;
    bool m_spaceHeld = false;
    int m_hovered = -1; // scene node under the pointer
    QPointF m_pressAt;
    QPointF m_lastAt;
    std::vector<std::pair<SceneIndex, QPointF>> m_dragStart; // nodes and where they were
    ChartMinimap* m_minimap;
};

} // namespace threadline::ui
