#include "core/interop/csv_format.h"

#include <algorithm>
#include <cctype>

#include "core/interop/text_util.h"

namespace statecraft::csv {

namespace {

constexpr Delimiter kAll[] = {Delimiter::tab,   Delimiter::pipe,  Delimiter::semicolon,
                              Delimiter::colon, Delimiter::comma, Delimiter::space};

std::string lower(std::string_view s) {
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return std::tolower(c); });
    return out;
}

std::vector<std::string> split_whitespace(std::string_view s) {
    std::vector<std::string> out;
    std::size_t i = 0;
    while (i < s.size()) {
        while (i < s.size() && std::isspace(static_cast<unsigned char>(s[i]))) ++i;
        std::size_t start = i;
        while (i < s.size() && !std::isspace(static_cast<unsigned char>(s[i]))) ++i;
        if (i > start) out.emplace_back(s.substr(start, i - start));
    }
    return out;
}

// A spreadsheet that re-saves the file pads header lines with separators
// ("#html:false,,,,"); such padding is not part of the value.
std::string_view unpad(std::string_view value) {
    std::size_t end = value.find_last_not_of(",;\t|");
    if (end == std::string_view::npos) return value;  // a literal separator such as "#separator:,"
    return value.substr(0, end + 1);
}

}  // namespace

char delimiter_char(Delimiter d) {
    switch (d) {
        case Delimiter::tab:
            return '\t';
        case Delimiter::pipe:
            return '|';
        case Delimiter::semicolon:
            return ';';
        case Delimiter::colon:
            return ':';
        case Delimiter::comma:
            return ',';
        case Delimiter::space:
            return ' ';
    }
    return '\t';
}

const char* delimiter_name(Delimiter d) {
    switch (d) {
        case Delimiter::tab:
            return "Tab";
        case Delimiter::pipe:
            return "Pipe";
        case Delimiter::semicolon:
            return "Semicolon";
        case Delimiter::colon:
            return "Colon";
        case Delimiter::comma:
            return "Comma";
        case Delimiter::space:
            return "Space";
    }
    return "Tab";
}

std::optional<Delimiter> delimiter_from_value(std::string_view value) {
    std::string normed = lower(value);
    for (Delimiter d : kAll) {
        if (trim(normed) == lower(delimiter_name(d)) ||
            (normed.size() == 1 && normed[0] == delimiter_char(d)))
            return d;
    }
    return std::nullopt;
}

Delimiter detect_delimiter(std::string_view body) {
    std::string_view head = body.substr(0, 8 * 1024);
    for (Delimiter d : kAll)
        if (head.find(delimiter_char(d)) != std::string_view::npos) return d;
    return Delimiter::space;
}

Metadata read_metadata(std::string_view text, std::optional<Delimiter> override_delimiter) {
    Metadata meta;
    std::optional<Delimiter> from_header;
    std::size_t pos = 0;
    int line = 1;
    while (pos < text.size()) {
        std::size_t end = text.find('\n', pos);
        std::size_t next = end == std::string_view::npos ? text.size() : end + 1;
        std::string_view raw =
            text.substr(pos, (end == std::string_view::npos ? text.size() : end) - pos);
        if (!raw.empty() && raw.back() == '\r') raw.remove_suffix(1);
        std::string_view body;
        if (!raw.empty() && raw[0] == '#') {
            body = raw.substr(1);
        } else if (line == 1 && lower(raw.substr(0, 5)) == "tags:") {
            body = raw;  // legacy Anki: "tags:a b" only as the very first line
        } else {
            break;
        }
        std::size_t colon = body.find(':');
        if (colon != std::string_view::npos) {
            std::string key = lower(trim(body.substr(0, colon)));
            std::string_view value = body.substr(colon + 1);
            meta.headers.emplace_back(key, std::string(value));
            Delimiter known = override_delimiter.value_or(from_header.value_or(Delimiter::tab));
            if (key == "separator") {
                auto d = delimiter_from_value(value);
                if (!d) d = delimiter_from_value(unpad(value));
                if (d) from_header = d;
            } else if (key == "html") {
                std::string v = lower(trim(unpad(value)));
                if (v == "true")
                    meta.html = true;
                else if (v == "false")
                    meta.html = false;
            } else if (key == "tags") {
                meta.global_tags = split_whitespace(unpad(value));
            } else if (key == "columns") {
                std::vector<Record> records;
                ParseError err;
                if (parse_records(value, delimiter_char(known), line, records, err) &&
                    !records.empty()) {
                    meta.column_labels = records.front().fields;
                    while (!meta.column_labels.empty() &&
                           trim_view(meta.column_labels.back()).empty())
                        meta.column_labels.pop_back();
                }
            }
        }
        pos = next;
        ++line;
    }
    meta.body_offset = std::min(pos, text.size());
    meta.body_line = line;
    if (override_delimiter) {
        meta.delimiter = *override_delimiter;
        meta.delimiter_given = true;
    } else if (from_header) {
        meta.delimiter = *from_header;
        meta.delimiter_given = true;
    } else {
        meta.delimiter = detect_delimiter(text.substr(meta.body_offset));
    }
    return meta;
}

bool parse_records(std::string_view body, char delimiter, int first_line, std::vector<Record>& out,
                   ParseError& err) {
    std::size_t i = 0, n = body.size();
    int line = first_line;
    while (i < n) {
        // A record starts here: skip comments and empty lines.
        if (body[i] == '#' || body[i] == '\n' ||
            (body[i] == '\r' && i + 1 < n && body[i + 1] == '\n')) {
            std::size_t end = body.find('\n', i);
            i = end == std::string_view::npos ? n : end + 1;
            ++line;
            continue;
        }
        Record record;
        record.line = line;
        for (;;) {
            std::string field;
            if (i < n && body[i] == '"') {
                int opened = line;
                ++i;
                bool closed = false;
                while (i < n) {
                    if (body[i] == '"') {
                        if (i + 1 < n && body[i + 1] == '"') {
                            field += '"';
                            i += 2;
                            continue;
                        }
                        ++i;
                        closed = true;
                        break;
                    }
                    if (body[i] == '\n') ++line;
                    field += body[i++];
                }
                if (!closed) {
                    err = {opened,
                           "a quoted field opened on this line is never closed (a missing '\"')"};
                    return false;
                }
                if (i < n && body[i] == '\r' && i + 1 < n && body[i + 1] == '\n') ++i;
                if (i < n && body[i] != delimiter && body[i] != '\n') {
                    err = {line,
                           "text after a closing quote; a quote inside a quoted field is written "
                           "\"\""};
                    return false;
                }
            } else {
                while (i < n && body[i] != delimiter && body[i] != '\n') field += body[i++];
                if (!field.empty() && field.back() == '\r' && (i >= n || body[i] == '\n'))
                    field.pop_back();
            }
            record.fields.push_back(std::move(field));
            if (i < n && body[i] == delimiter) {
                ++i;
                continue;
            }
            if (i < n && body[i] == '\n') {
                ++i;
                ++line;
            }
            break;
        }
        out.push_back(std::move(record));
    }
    return true;
}

bool records_look_like_html(const std::vector<Record>& records) {
    for (std::size_t r = 0; r < records.size() && r < 5; ++r)
        for (const std::string& f : records[r].fields)
            if (looks_like_html(f)) return true;
    return false;
}

std::string quote_field(std::string_view field, char delimiter) {
    bool quote =
        field.find_first_of(std::string{delimiter, '"', '\n', '\r'}) != std::string_view::npos ||
        (!field.empty() && (field.front() == ' ' || field.back() == ' ' || field.front() == '#'));
    if (!quote) return std::string(field);
    std::string out = "\"";
    for (char c : field) c == '"' ? out.append("\"\"") : out.append(1, c);
    return out + "\"";
}

}  // namespace statecraft::csv
