// Writing CSV as RFC 4180 says: fields separated by commas, records ended by CRLF, a field
// quoted when it holds a comma, a double quote, CR or LF, and quotes inside doubled.
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>

namespace statecraft::io {

std::string csv_field(std::string_view value);

// Appends one record (with its CRLF) to out.
void append_csv_record(std::string& out, std::initializer_list<std::string_view> fields);

}  // namespace statecraft::io
