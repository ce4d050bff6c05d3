#pragma once

#include "model/Source.h"

namespace threadline::store {

class Statement;

// The columns of a source row, in the order sourceFromRow() reads them.
inline constexpr const char* kSourceColumns =
    "id, parent_id, name, original_path, size, media_type, sha256, imported_at, imported_by, "
    "custodian, exhibit_ref, importer, importer_version, status, warnings, error";

Source sourceFromRow(const Statement& row);

} // namespace threadline::store
