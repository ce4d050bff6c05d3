#include "ingest/ads/GumboArena.h"

#include <algorithm>

namespace threadline::ingest {

GumboArena::GumboArena()
    : m_options(kGumboDefaultOptions) {
    m_options.allocator = &GumboArena::allocate;
    m_options.deallocator = &GumboArena::deallocate;
    m_options.userdata = this;
    m_options.max_errors = 0;
}

void* GumboArena::allocate(void* arena, std::size_t size) {
    return static_cast<GumboArena*>(arena)->take(size);
}

void GumboArena::deallocate(void*, void*) {
    // Released with the arena.
}

void* GumboArena::take(std::size_t size) {
    // Every piece aligned as malloc would align it.
    constexpr std::size_t kAlign = alignof(std::max_align_t);
    size = std::max<std::size_t>((size + kAlign - 1) / kAlign * kAlign, kAlign);
    if (size > m_left) {
        const std::size_t bytes = std::max(size, m_nextBlockBytes);
        m_more.push_back(std::make_unique_for_overwrite<std::byte[]>(bytes));
        m_free = m_more.back().get();
        m_left = bytes;
        m_nextBlockBytes = std::min<std::size_t>(m_nextBlockBytes * 2, 64 << 20);
    }
    void* piece = m_free;
    m_free += size;
    m_left -= size;
    return piece;
}

} // namespace threadline::ingest
