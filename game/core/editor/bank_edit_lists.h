// The lists a BankEdit names, reached the same way when an edit is checked and applied.
#pragma once

#include <cstddef>

#include "core/editor/bank_edit.h"

namespace statecraft {

inline bool edit_index_in_range(int index, std::size_t size) {
    return index >= 0 && static_cast<std::size_t>(index) < size;
}

// Calls f with the list's vector (each list holds its own row type); sections need a source.
template <typename BankT, typename F>
void with_edit_list(BankT& b, EditList list, int question, F&& f) {
    switch (list) {
        case EditList::categories:
            return f(b.categories);
        case EditList::sections:
            if (b.source) f(b.source->sections);
            return;
        case EditList::questions:
            return f(b.questions);
        default:
            break;
    }
    if (!edit_index_in_range(question, b.questions.size())) return;
    auto& q = b.questions[question];
    switch (list) {
        case EditList::choices:
            return f(q.choices);
        case EditList::pairs:
            return f(q.pairs);
        case EditList::sequence:
            return f(q.sequence);
        case EditList::accept:
            return f(q.accept);
        case EditList::distractors:
            return f(q.distractors);
        case EditList::columns:
            return f(q.columns);
        case EditList::rows:
            return f(q.rows);
        default:
            return;
    }
}

}  // namespace statecraft
