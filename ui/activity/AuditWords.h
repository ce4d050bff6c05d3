#pragma once

#include "model/CaseContents.h"

#include <QString>

namespace threadline::ui {

// An audit action in words: "Source added", "Chart edited", "Role marked".
QString describeAuditAction(const QString& action);
// One line saying what an audit row records, in the words an investigator uses ("Added 80
// items to the chart “Key players”"); the raw JSON only for an action this does not know.
QString describeAuditDetails(const AuditEntry& entry);

} // namespace threadline::ui
