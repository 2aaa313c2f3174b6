#include "app/cli/secret_args.h"

#include <cstring>
#include <regex>

namespace statecraft {

namespace {

// Marks [begin, end) of every password in text.
std::vector<std::pair<std::size_t, std::size_t>> password_spans(const std::string& text) {
    std::vector<std::pair<std::size_t, std::size_t>> spans;
    // Keyword form: password = 'it''s' | password=plain (up to a space).
    static const std::regex keyword(R"(password\s*=\s*('(?:[^'\\]|\\.|'')*'?|[^\s]*))",
                                    std::regex::icase);
    for (auto it = std::sregex_iterator(text.begin(), text.end(), keyword);
         it != std::sregex_iterator(); ++it)
        spans.emplace_back(it->position(1), it->position(1) + it->length(1));
    // URI form: postgres[ql]://user:password@host
    static const std::regex uri(R"(postgres(?:ql)?://[^:/@\s]*:([^@\s]*)@)", std::regex::icase);
    for (auto it = std::sregex_iterator(text.begin(), text.end(), uri);
         it != std::sregex_iterator(); ++it)
        spans.emplace_back(it->position(1), it->position(1) + it->length(1));
    // ?password=... in a URI's query is covered by the keyword form.
    return spans;
}

}  // namespace

std::string mask_passwords(std::string text) {
    for (auto [begin, end] : password_spans(text))
        for (std::size_t i = begin; i < end; ++i) text[i] = 'x';
    return text;
}

HiddenArgs::HiddenArgs(int argc, char** argv) {
    copies_.assign(argv, argv + argc);
    for (int i = 0; i < argc; ++i) {
        std::string masked = mask_passwords(argv[i]);
        std::memcpy(argv[i], masked.data(), masked.size());  // same length: in place
    }
    for (const std::string& s : copies_) pointers_.push_back(s.c_str());
}

}  // namespace statecraft
