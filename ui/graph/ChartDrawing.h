#pragma once

// The chart is drawn by core/chart (the exhibits and the command line paint it the same way);
// the views name its types as their own.
#include "chart/ChartRenderer.h"
#include "chart/ChartScene.h"
#include "chart/ChartTransform.h"
#include "chart/EntityStyle.h"

namespace threadline::ui {

using chart::ChartContents;
using chart::ChartEntityInfo;
using chart::ChartHighlight;
using chart::ChartRenderer;
using chart::ChartScene;
using chart::ChartTransform;
using chart::communityColour;
using chart::describeLinks;
using chart::EntityKind;
using chart::entityKindColour;
using chart::entityKindIcon;
using chart::entityKindName;
using chart::entityKindOf;
using chart::entityKindTitle;
using chart::kEntityKinds;
using chart::LinkTotals;
using chart::noRoleColour;
using chart::roleColour;
using chart::SceneIndex;
using chart::SceneNode;
using chart::SceneTie;

} // namespace threadline::ui
