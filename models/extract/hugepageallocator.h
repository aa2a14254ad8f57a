// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <cstdlib>
#include <new>

#ifdef __linux__
#include <sys/mman.h>
#endif

namespace Pizhu {

/**
 * An allocator for large tables read at random (the entity model's weights and lexicon): blocks
 * of 2 MB and more are aligned to 2 MB and offered to the kernel for transparent huge pages.
 * Random reads of a table of tens of MB otherwise miss the processor's address cache on almost
 * every read, and filling it takes a page fault per 4 kB. Smaller blocks are allocated as usual.
 */
template <typename T> class HugePageAllocator
{
public:
    using value_type = T;

    HugePageAllocator() = default;
    template <typename U> HugePageAllocator(const HugePageAllocator<U> &) noexcept {}

    T *allocate(std::size_t count)
    {
        const std::size_t bytes = count * sizeof(T);
        if (bytes < HugePage)
            return static_cast<T *>(::operator new(bytes));
        const std::size_t rounded = (bytes + HugePage - 1) / HugePage * HugePage;
        void *block = std::aligned_alloc(HugePage, rounded);
        if (!block)
            throw std::bad_alloc();
#ifdef MADV_HUGEPAGE
        madvise(block, rounded, MADV_HUGEPAGE); // only advice: without huge pages the table still works
#endif
        return static_cast<T *>(block);
    }

    void deallocate(T *block, std::size_t count) noexcept
    {
        if (count * sizeof(T) < HugePage)
            ::operator delete(block);
        else
            std::free(block);
    }

    template <typename U> bool operator==(const HugePageAllocator<U> &) const noexcept
    {
        return true;
    }

private:
    static constexpr std::size_t HugePage = std::size_t(2) << 20;
};

} // namespace Pizhu
