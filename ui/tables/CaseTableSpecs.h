#pragma once

#include "case/CountWords.h"
#include "tables/PagedTableModel.h"

namespace threadline::ui {

// The window's tables of a case: what each lists, its columns and how it reads them.
TableSpec entitiesTable();
TableSpec linksTable();
TableSpec eventsTable();
// The stored files: name, what it was found in, size, media type, import status (with the
// error), when and by whom, exhibit reference and SHA-256, in the columns below.
TableSpec sourcesTable();
enum SourcesColumn {
    SourceNameColumn,
    SourceFoundInColumn,
    SourceSizeColumn,
    SourceTypeColumn,
    SourceStatusColumn,
    SourceImportedColumn,
    SourceImportedByColumn,
    SourceExhibitRefColumn,
    SourceSha256Column
};

// A UTC ISO time as the analyst reads it: local time, short format ("" stays "").
QString displayTime(const QString& utcIso);

} // namespace threadline::ui
