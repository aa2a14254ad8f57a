// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "hugepageallocator.h"

#include <algorithm>
#include <cstddef>
#include <utility>
#include <vector>

namespace Pizhu {

/**
 * A hash table of integer keys that are already hashes, with linear probing in one array of
 * slots: the key and its value share a slot, so a lookup reads one cache line, and loading
 * millions of entries allocates once (a node per entry made loading the entity model slow).
 * Kept at most half full, because most keys asked for are absent and a miss walks to a free slot.
 * Key 0 marks a free slot; a key that hashes to 0 is stored as 1.
 */
template <typename Key, typename Value> class ProbingTable
{
public:
    struct Slot
    {
        Key key = 0;
        Value value{};
    };
    using Slots = std::vector<Slot, HugePageAllocator<Slot>>;

    /** Room for \a count entries without growing. */
    void reserve(std::size_t count)
    {
        std::size_t size = std::max<std::size_t>(16, m_slots.size());
        while (size < count * 2)
            size *= 2;
        if (size != m_slots.size())
            rehash(size);
    }

    /** The value of \a key, or nullptr. */
    const Value *find(Key key) const
    {
        if (m_slots.empty())
            return nullptr;
        key = stored(key);
        const std::size_t mask = m_slots.size() - 1;
        for (std::size_t at = std::size_t(key) & mask;; at = (at + 1) & mask) {
            if (m_slots[at].key == key)
                return &m_slots[at].value;
            if (m_slots[at].key == 0)
                return nullptr;
        }
    }

    /** Adds \a key with \a value; a key already there keeps its value. True when it was added. */
    bool insert(Key key, const Value &value)
    {
        if ((m_count + 1) * 2 > m_slots.size())
            rehash(std::max<std::size_t>(16, m_slots.size() * 2));
        Slot &slot = slotFor(m_slots, stored(key));
        if (slot.key != 0)
            return false;
        slot = {stored(key), value};
        ++m_count;
        return true;
    }

    std::size_t size() const { return m_count; }
    /** Every slot, free ones (key 0) too, in no particular order. */
    const Slots &slots() const { return m_slots; }

private:
    static Key stored(Key key) { return key ? key : Key(1); }

    /** The slot holding \a key, or the free one where it would go. */
    static Slot &slotFor(Slots &slots, Key key)
    {
        const std::size_t mask = slots.size() - 1;
        std::size_t at = std::size_t(key) & mask;
        while (slots[at].key != 0 && slots[at].key != key)
            at = (at + 1) & mask;
        return slots[at];
    }

    void rehash(std::size_t size)
    {
        Slots slots(size);
        for (const Slot &slot : m_slots) {
            if (slot.key != 0)
                slotFor(slots, slot.key) = slot;
        }
        m_slots = std::move(slots);
    }

    Slots m_slots; ///< a power of two long
    std::size_t m_count = 0;
};

} // namespace Pizhu
