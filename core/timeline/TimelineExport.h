#pragma once

#include "store/CaseStore.h"
#include "timeline/TimelinePainter.h"
#include "util/Error.h"

#include <QSize>
#include <QString>

#include <vector>

namespace threadline::timeline {

// The timeline of `entities`: a theme line each (labelled as the case names them; the busiest
// first), their events.
Result<Timeline> readTimeline(const store::CaseStore& store, const std::vector<EntityId>& entities);

// Writes the timeline as the view shows it into `path`: SVG, PDF (one page of `size` points) or
// PNG (`size` pixels), by its extension, with the painter the screen uses.
Result<void> exportTimeline(const Timeline& timeline, const TimelineView& view, QSize size,
                            const QString& path);

} // namespace threadline::timeline
