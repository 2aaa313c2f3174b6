// What an exporter produced: the file text, or the problems that stop it being written.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace statecraft {

struct ExportResult {
    std::string text;
    std::vector<std::string> problems;  // each names the question; any problem: write nothing
    // What the format has no form for, each named with its question and left out while the
    // rest is written: a whole poll or matrix question in GIFT, a matrix row's explanation in CSV.
    std::vector<std::string> skipped;
    std::size_t questions_left_out = 0;
    bool ok() const { return problems.empty(); }
};

}  // namespace statecraft
