// One lint finding about a question, before it knows where the question sits in the bank.
#pragma once

#include <string>

namespace statecraft::lint {

struct Finding {
    std::string rule;     // "longest-option", ... (questions/FORMAT.md, "Writing good questions")
    std::string where;    // pointer below the question: "/prompt", "/choices/2/text"
    std::string message;  // what is wrong, then "; to fix, ..."
};

}  // namespace statecraft::lint
