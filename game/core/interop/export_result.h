// What an exporter produced: the file text, or the problems that stop it being written.
#pragma once

#include <string>
#include <vector>

namespace statecraft {

struct ExportResult {
    std::string text;
    std::vector<std::string> problems;  // each names the question; any problem: write nothing
    // Questions the format cannot hold (a poll in GIFT), each named: the rest is written.
    std::vector<std::string> left_out;
    bool ok() const { return problems.empty(); }
};

}  // namespace statecraft
