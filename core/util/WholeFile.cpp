#include "util/WholeFile.h"

#ifdef __linux__
#include <sys/mman.h>
#endif

#include <cstdint>

namespace threadline {

namespace {

// Asks for the 2 MiB-aligned middle of the buffer to be backed by huge pages. Only advice: the
// kernel may decline, and nothing changes but speed.
void adviseHugePages([[maybe_unused]] QByteArray& buffer) {
#ifdef __linux__
    constexpr std::uintptr_t kHugePage = 2 << 20;
    const auto begin = reinterpret_cast<std::uintptr_t>(buffer.data());
    const std::uintptr_t first = (begin + kHugePage - 1) & ~(kHugePage - 1);
    const std::uintptr_t last = (begin + std::uintptr_t(buffer.size())) & ~(kHugePage - 1);
    if (last > first)
        (void)madvise(reinterpret_cast<void*>(first), last - first, MADV_HUGEPAGE);
#endif
}

} // namespace

std::optional<QByteArray> readWholeFile(QFile& file) {
    const qint64 size = file.size();
    if (size < 0)
        return std::nullopt;
    QByteArray bytes(size, Qt::Uninitialized);
    adviseHugePages(bytes);
    if (file.read(bytes.data(), size) != size)
        return std::nullopt;
    char extra = 0;
    if (file.read(&extra, 1) != 0) // grown since its size was taken, or a read error
        return std::nullopt;
    return bytes;
}

} // namespace threadline
