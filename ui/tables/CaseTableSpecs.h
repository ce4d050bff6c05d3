#pragma once

#include "tables/PagedTableModel.h"

namespace threadline::ui {

// The window's tables of a case: what each lists, its columns and how it reads them.
TableSpec entitiesTable();
TableSpec linksTable();
TableSpec eventsTable();

// A UTC ISO time as the analyst reads it: local time, short format ("" stays "").
QString displayTime(const QString& utcIso);

} // namespace threadline::ui
