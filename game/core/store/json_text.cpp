#include "core/store/json_text.h"

#include <rapidjson/memorystream.h>
#include <rapidjson/reader.h>

namespace statecraft {

bool is_json_text(std::string_view text) {
    rapidjson::MemoryStream stream(text.data(), text.size());
    rapidjson::BaseReaderHandler<> accept_all;
    rapidjson::Reader reader;
    // Iterative: no recursion however deep the nesting. Numbers are not converted.
    constexpr unsigned kFlags = rapidjson::kParseValidateEncodingFlag |
                                rapidjson::kParseIterativeFlag |
                                rapidjson::kParseNumbersAsStringsFlag;
    if (reader.Parse<kFlags>(stream, accept_all).IsError()) return false;
    // The reader takes a NUL byte for the end: anything after one is not JSON.
    return stream.Tell() == text.size();
}

}  // namespace statecraft
