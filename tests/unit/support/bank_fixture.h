// A small valid bank for tests to start from and break one rule at a time.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "core/bank/bank_loader.h"

namespace statecraft::testing {

nlohmann::json valid_bank_json();

// Loads the JSON through the real reader and rules.
LoadedBank load_json(const nlohmann::json& j);

// True when some diagnostic of that severity has this pointer and its message contains text.
bool has_diagnostic(const LoadedBank& loaded, Severity severity, const std::string& pointer,
                    const std::string& text = {});

std::string describe(const LoadedBank& loaded);
// One line per diagnostic, "file:line:col: severity: message", for INFO().
std::string describe(const Diagnostics& diagnostics, const std::string& file = "test.json");

}  // namespace statecraft::testing
