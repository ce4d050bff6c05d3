#pragma once

#include <gmime/gmime.h>
#include <mutex>

namespace threadline::ingest {

// GMime must be initialised once before any of it is used (its default parser options among
// them); everything here that parses mail calls this first.
inline void initialiseGMime() {
    static std::once_flag initialised;
    std::call_once(initialised, [] { g_mime_init(); });
}

} // namespace threadline::ingest
