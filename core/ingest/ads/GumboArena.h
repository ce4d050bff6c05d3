#pragma once

#include <cstddef>
#include <gumbo.h>
#include <memory>
#include <vector>

namespace threadline::ingest {

// Memory for one gumbo parse. Gumbo allocates every node, attribute and piece of text on its
// own and frees them one by one (a growing text is copied and the old copy freed); a page is
// parsed, read and dropped as a whole, so here its memory comes from blocks handed out in
// order and released together when the arena goes. Small pages (a scraped ad is about a
// kilobyte of HTML) fit in the first block, which lives inside the arena.
class GumboArena {
public:
    GumboArena();
    GumboArena(const GumboArena&) = delete;
    GumboArena& operator=(const GumboArena&) = delete;

    // kGumboDefaultOptions with this arena as the allocator, and parse errors not recorded
    // (nothing reads them).
    const GumboOptions& options() const { return m_options; }

private:
    static void* allocate(void* arena, std::size_t size);
    static void deallocate(void* arena, void* pointer);
    void* take(std::size_t size);

    static constexpr std::size_t kFirstBlockBytes = 32 * 1024;
    alignas(std::max_align_t) std::byte m_first[kFirstBlockBytes];
    std::vector<std::unique_ptr<std::byte[]>> m_more;
    std::byte* m_free = m_first;
    std::size_t m_left = kFirstBlockBytes;
    std::size_t m_nextBlockBytes = 4 * kFirstBlockBytes;
    GumboOptions m_options;
};

} // namespace threadline::ingest
