#pragma once

#include <QString>

namespace threadline {

// The login name of the person running Threadline, recorded in the audit log.
QString currentOsUser();

// Current time in UTC as ISO 8601 with milliseconds, e.g. "2026-11-22T10:04:05.123Z".
QString utcNowIso();

} // namespace threadline
