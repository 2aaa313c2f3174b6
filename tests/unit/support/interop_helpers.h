// Helpers for the import/export tests: fixture paths and readable import reports.
#pragma once

#include <string>

#include "core/interop/import_result.h"
#include "support/shared_fixture.h"

namespace statecraft::testing {

std::string read_text(const std::string& path);
std::string describe(const ImportResult& result);
int count_messages(const ImportResult& result, ImportSeverity severity);
bool has_message(const ImportResult& result, ImportSeverity severity, int line,
                 const std::string& text);
// The first line where two texts differ, with its neighbours, for short failure messages.
std::string first_difference(const std::string& want, const std::string& got);
const Question* find(const ImportResult& result, const std::string& id);

}  // namespace statecraft::testing
