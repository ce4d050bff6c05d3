#include "TestSupport.h"
#include "util/WholeFile.h"

using threadline::readWholeFile;
using threadline::testing::Scratch;

namespace {

std::optional<QByteArray> readWhole(const QString& path) {
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return readWholeFile(file);
}

} // namespace

TEST_CASE("a file is read whole, byte for byte", "[util][file]") {
    Scratch scratch;
    QByteArray bytes;
    for (int block = 0; block < 5 * 1024; ++block) // 5 MiB: spans huge pages
        bytes += QByteArray(1024, char(block % 251));
    const auto read = readWhole(scratch.write(QStringLiteral("big.bin"), bytes));
    REQUIRE(read);
    CHECK(*read == bytes);

    const auto empty = readWhole(scratch.write(QStringLiteral("empty.bin"), {}));
    REQUIRE(empty);
    CHECK(empty->isEmpty());
}

TEST_CASE("a file holding more than its size says is not read whole", "[util][file]") {
    // /proc files report a size of 0 but have content, as a file that grew while it was read.
    const auto read = readWhole(QStringLiteral("/proc/self/status"));
    CHECK_FALSE(read);
}
