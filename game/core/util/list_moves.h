// Reordering a list in place: the ordering answer's items, and the editor's rows.
#pragma once

#include <vector>

namespace statecraft::util {

// Moves element `from` to position `to`; false (and nothing changes) when either is out of
// range or they are equal.
template <typename T>
bool move_in(std::vector<T>& v, int from, int to) {
    const int n = static_cast<int>(v.size());
    if (from < 0 || from >= n || to < 0 || to >= n || from == to) return false;
    T item = std::move(v[from]);
    v.erase(v.begin() + from);
    v.insert(v.begin() + to, std::move(item));
    return true;
}

// Removes element i (nothing when out of range).
template <typename T>
void erase_at(std::vector<T>& v, int i) {
    if (i >= 0 && i < static_cast<int>(v.size())) v.erase(v.begin() + i);
}

}  // namespace statecraft::util
