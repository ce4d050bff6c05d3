#pragma once

#include "util/Error.h"

#include <cstdint>
#include <functional>

namespace threadline::graph {

// Reports how much of a long computation is done; returning false asks it to stop. Called on
// the thread that started the work.
using Progress = std::function<bool(std::int64_t done, std::int64_t total)>;

// Runs visit(worker, item) for every item in [0, count) on every core, each worker taking the
// next item from a shared counter (so uneven items still balance). Returns an error with
// ErrorCode::Cancelled if `progress` asked to stop; the items not yet started are then skipped.
Result<void>
forEachInParallel(std::size_t count,
                  const std::function<void(std::size_t worker, std::size_t item)>& visit,
                  const Progress& progress = {});

// How many workers forEachInParallel() uses for `count` items: per-worker state is sized by it.
std::size_t parallelWorkers(std::size_t count);

std::unexpected<Error> cancelled();

} // namespace threadline::graph
