// The text layer of CSV/TSV import, following Anki's text importer
// (rslib/src/import_export/text/csv/metadata.rs): "#key:value" header lines at the top,
// separator detection, RFC 4180 records, '#' comment lines anywhere.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace statecraft::csv {

// In Anki's enum order, which is also the detection order ("ascending expected frequency").
enum class Delimiter { tab, pipe, semicolon, colon, comma, space };

char delimiter_char(Delimiter d);
const char* delimiter_name(Delimiter d);  // "Tab", "Pipe", ... as Anki writes them
// "comma", "TAB", ... (trimmed, any case) or the literal character; nullopt when invalid.
std::optional<Delimiter> delimiter_from_value(std::string_view value);

// The first delimiter byte found in the first 8 KiB, checked in enum order; Space if none.
Delimiter detect_delimiter(std::string_view body);

struct Metadata {
    Delimiter delimiter = Delimiter::tab;
    bool delimiter_given = false;            // by #separator or the caller, not detected
    std::optional<bool> html;                // #html:true / #html:false
    std::vector<std::string> global_tags;    // #tags: (or a legacy first line "tags:")
    std::vector<std::string> column_labels;  // #columns:, split by the delimiter known then
    std::vector<std::pair<std::string, std::string>> headers;  // every header, key lowercased
    std::size_t body_offset = 0;                               // where the records start
    int body_line = 1;                                         // the line they start on
};

// Reads the header lines; override_delimiter wins over #separator and detection.
Metadata read_metadata(std::string_view text, std::optional<Delimiter> override_delimiter = {});

struct Record {
    int line = 0;
    std::vector<std::string> fields;
};

struct ParseError {
    int line = 0;
    std::string message;
};

// RFC 4180 records from body (first line number first_line). Quoted fields may hold the
// delimiter, newlines and "" for a quote. Lines starting with '#' and empty lines are
// skipped. Returns false (and err) on an unclosed quote or text after a closing quote.
bool parse_records(std::string_view body, char delimiter, int first_line, std::vector<Record>& out,
                   ParseError& err);

// Anki's rule: without #html, a file is HTML when a field of its first 5 records looks like HTML.
bool records_look_like_html(const std::vector<Record>& records);

// One field, quoted when it must be (delimiter, quote, line break, edge spaces, leading '#').
std::string quote_field(std::string_view field, char delimiter);

}  // namespace statecraft::csv
