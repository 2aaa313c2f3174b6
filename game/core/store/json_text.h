// Whether text is one JSON value (RFC 8259, UTF-8), checked without building it: an attempt's
// answer is checked on every write, so this is RapidJSON's validating reader with no document
// (a tenth of a DOM parser's cost). Private to core/store.
#pragma once

#include <string_view>

namespace statecraft {

bool is_json_text(std::string_view text);

}  // namespace statecraft
