#pragma once

#include "chart/ChartScene.h"
#include "chart/ChartTransform.h"

#include <QImage>

namespace threadline::chart {

// The overview of a big chart, drawn straight into the image's pixels: every tie as a one-pixel
// line whose darkness says how many ties cross that pixel (so a dense area reads as dense rather
// than as a black blot), every node as a dot in its type's colour. QPainter needed 105-190 ms
// for 150k aliased lines at 1920x1080 on this machine; counting them into a buffer takes a
// fraction of that, and the image is split in bands drawn on every core.
// `image` must be Format_ARGB32_Premultiplied and already hold the background; only `area`
// (pixels) is drawn, so that a pan draws just the strip it uncovers.
void drawOverview(QImage& image, const ChartScene& scene, const ChartTransform& transform,
                  bool drawNodes, QRect area = {});

// Clips the segment to the box [left, right) x [top, bottom) (Liang-Barsky); false if nothing
// of it is left.
bool clipSegment(QPointF& from, QPointF& to, const QRectF& box);

} // namespace threadline::chart
