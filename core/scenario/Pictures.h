#pragma once

#include "scenario/Random.h"

#include <QByteArray>
#include <QStringList>

#include <cstdint>

namespace threadline::scenario {

// A picture standing in for an ad photo: a furnished room (bed, lamp, window, picture on the
// wall) in colours and places drawn from `seed`. Never a person: the generator makes no
// explicit or identifying images. JPEG bytes.
QByteArray adPhoto(std::uint64_t seed, Random& copy);

// A page of typed text as a flat-bed scanner returns it: grey, a little speckled, no text layer.
struct ScannedPage {
    QByteArray jpeg;
    int width = 0;
    int height = 0;
};
ScannedPage scanPage(const QStringList& lines, Random& random);

} // namespace threadline::scenario
