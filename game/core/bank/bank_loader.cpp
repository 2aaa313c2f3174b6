#include "core/bank/bank_loader.h"

#include <algorithm>
#include <cstdio>
#include <memory>

#include "core/bank/bank_reader.h"
#include "core/bank/bank_rules.h"

namespace statecraft {

namespace fs = std::filesystem;

std::string fnv1a_hex(std::string_view bytes) {
    std::uint64_t h = 1469598103934665603ull;
    for (unsigned char c : bytes) {
        h ^= c;
        h *= 1099511628211ull;
    }
    char buf[17];
    std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
    return buf;
}

bool read_file(const fs::path& path, std::uintmax_t max_bytes, std::string& out, std::string& error) {
    std::error_code ec;
    if (fs::is_directory(path, ec)) {
        error = "is a folder, not a file";
        return false;
    }
    std::uintmax_t size = fs::file_size(path, ec);
    if (ec) {
        error = "cannot read: " + ec.message();
        return false;
    }
    if (size > max_bytes) {
        error = "file is " + std::to_string(size / (1024 * 1024)) + " MiB; the limit is " +
                std::to_string(max_bytes / (1024 * 1024)) + " MiB";
        return false;
    }
    std::unique_ptr<FILE, int (*)(FILE*)> file(std::fopen(path.c_str(), "rb"), &std::fclose);
    if (!file) {
        error = "cannot open: " + std::error_code(errno, std::generic_category()).message();
        return false;
    }
    out.resize(size);
    std::size_t got = std::fread(out.data(), 1, size, file.get());
    out.resize(got);
    if (std::ferror(file.get())) {
        error = "read error";
        return false;
    }
    return true;
}

LoadedBank load_bank_text(std::string_view text, fs::path path) {
    LoadedBank loaded;
    loaded.path = std::move(path);
    loaded.content_hash = fnv1a_hex(text);
    ReadResult result = read_bank_json(text);
    if (result.syntax_ok) check_bank_rules(result);
    loaded.bank = std::move(result.bank);
    loaded.diagnostics = std::move(result.diagnostics);
    return loaded;
}

LoadedBank load_bank_file(const fs::path& path) {
    std::string text, error;
    if (!read_file(path, kMaxBankBytes, text, error)) {
        LoadedBank loaded;
        loaded.path = path;
        loaded.diagnostics.push_back({Severity::error, error, 0, 0, {}, {}});
        return loaded;
    }
    return load_bank_text(text, path);
}

std::vector<LoadedBank> load_bank_folder(const fs::path& folder) {
    std::vector<fs::path> files;
    std::error_code ec;
    for (auto it = fs::recursive_directory_iterator(folder, fs::directory_options::skip_permission_denied, ec);
         !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
        if (it->path().extension() == ".json" && it->is_regular_file(ec)) files.push_back(it->path());
    }
    std::sort(files.begin(), files.end());
    std::vector<LoadedBank> banks;
    banks.reserve(files.size());
    for (const auto& file : files) banks.push_back(load_bank_file(file));
    return banks;
}

std::vector<LoadedBank> load_bank_paths(const std::vector<fs::path>& paths) {
    std::vector<LoadedBank> banks;
    for (const auto& path : paths) {
        std::error_code ec;
        if (fs::is_directory(path, ec)) {
            auto found = load_bank_folder(path);
            std::move(found.begin(), found.end(), std::back_inserter(banks));
        } else {
            banks.push_back(load_bank_file(path));
        }
    }
    return banks;
}

}  // namespace statecraft
