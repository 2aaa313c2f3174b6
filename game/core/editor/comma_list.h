// Lists edited as one line of text (authors, refs, tags): "a, b, c".
#pragma once

#include <string>
#include <vector>

namespace statecraft {

// "a, b, c".
std::string join_commas(const std::vector<std::string>& items);
// The parts between commas, spaces trimmed at both ends; empty parts are dropped.
std::vector<std::string> split_commas(const std::string& line);

}  // namespace statecraft
