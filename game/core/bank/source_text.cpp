#include "core/bank/source_text.h"

#include <rapidjson/encodings.h>
#include <rapidjson/memorystream.h>

#include "core/bank/bank_loader.h"

namespace statecraft {

namespace fs = std::filesystem;

namespace {

// RapidJSON's UTF-8 validator needs somewhere to put what it checked.
struct NullStream {
    void Put(char) {}
};

bool valid_utf8(std::string_view text) {
    rapidjson::MemoryStream in(text.data(), text.size());
    NullStream out;
    while (in.Tell() < text.size())
        if (!rapidjson::UTF8<>::Validate(in, out)) return false;
    return true;
}

bool inside(const fs::path& folder, const fs::path& path) {
    const fs::path relative = path.lexically_relative(folder);
    return !relative.empty() && *relative.begin() != "..";
}

void warn(Diagnostics& out, std::string message) {
    Diagnostic d;
    d.severity = Severity::warning;
    d.pointer = "/source/text_file";
    d.message = std::move(message);
    out.push_back(std::move(d));
}

}  // namespace

bool read_source_text(const fs::path& path, std::string& text, std::string& error) {
    if (!read_file(path, kMaxSourceTextBytes, text, error)) return false;
    if (!valid_utf8(text)) {
        error = "not UTF-8 text";
        return false;
    }
    return true;
}

bool load_bank_source_text(const Bank& bank, const fs::path& bank_path, std::string& text,
                           Diagnostics& out) {
    if (!bank.source || bank.source->text_file.empty()) return false;
    const std::string& name = bank.source->text_file;
    const fs::path relative(name);
    const std::string no_copy_check = "; the copy check is skipped";
    if (relative.is_absolute()) {
        warn(out, "\"" + name + "\" must be a path relative to the bank's folder" + no_copy_check);
        return false;
    }
    std::error_code ec;
    const fs::path folder = fs::weakly_canonical(fs::absolute(bank_path, ec).parent_path(), ec);
    const fs::path lexical = (folder / relative).lexically_normal();
    if (!inside(folder, lexical)) {
        warn(out, "\"" + name + "\" leaves the bank's folder" + no_copy_check);
        return false;
    }
    if (!fs::exists(lexical, ec)) {
        warn(out, "\"" + name + "\" not found beside the bank" + no_copy_check);
        return false;
    }
    const fs::path real = fs::canonical(lexical, ec);
    if (ec || !inside(folder, real)) {
        warn(out, "\"" + name + "\" is a link that leads out of the bank's folder" + no_copy_check);
        return false;
    }
    std::string error;
    if (!read_source_text(real, text, error)) {
        warn(out, "\"" + name + "\": " + error + no_copy_check);
        text.clear();
        return false;
    }
    return true;
}

}  // namespace statecraft
