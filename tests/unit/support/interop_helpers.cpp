#include "support/interop_helpers.h"

#include <fstream>
#include <sstream>

namespace statecraft::testing {

std::string read_text(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

std::string describe(const ImportResult& result) {
    std::string out;
    for (const ImportMessage& m : result.messages) out += format_import_message("input", m) + "\n";
    return out;
}

int count_messages(const ImportResult& result, ImportSeverity severity) {
    int n = 0;
    for (const ImportMessage& m : result.messages) n += m.severity == severity;
    return n;
}

bool has_message(const ImportResult& result, ImportSeverity severity, int line,
                 const std::string& text) {
    for (const ImportMessage& m : result.messages)
        if (m.severity == severity && (line == 0 || m.line == line) &&
            m.message.find(text) != std::string::npos)
            return true;
    return false;
}

std::string first_difference(const std::string& want, const std::string& got) {
    std::istringstream a(want), b(got);
    std::string la, lb, before;
    for (int line = 1;; ++line) {
        bool ha = static_cast<bool>(std::getline(a, la)),
             hb = static_cast<bool>(std::getline(b, lb));
        if (!ha && !hb) return "";
        if (!ha || !hb || la != lb)
            return "line " + std::to_string(line) + " after [" + before +
                   "]\n  want: " + (ha ? la : "<end>") + "\n  got:  " + (hb ? lb : "<end>");
        before = la;
    }
}

const Question* find(const ImportResult& result, const std::string& id) {
    return result.bank.find_question(id);
}

}  // namespace statecraft::testing
