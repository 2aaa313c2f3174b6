#include "core/bank/bank_loader.h"

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <memory>

#include "core/bank/bank_reader.h"
#include "core/bank/bank_rules.h"
#include "core/io/mapped_file.h"

namespace statecraft {

namespace fs = std::filesystem;

// FNV-1a over 8-byte words rather than bytes: the same idea, an eighth of the multiplies, so
// hashing a large bank costs little next to parsing it. Stable across runs and machines.
std::string content_hash_hex(std::string_view bytes) {
    constexpr std::uint64_t kPrime = 1099511628211ull;
    std::uint64_t h = 1469598103934665603ull ^ bytes.size();
    std::size_t i = 0;
    for (; i + 8 <= bytes.size(); i += 8) {
        std::uint64_t word;
        std::memcpy(&word, bytes.data() + i, 8);
        h = (h ^ word) * kPrime;
        h ^= h >> 29;
    }
    for (; i < bytes.size(); ++i) h = (h ^ static_cast<unsigned char>(bytes[i])) * kPrime;
    h ^= h >> 32;
    char buf[17];
    std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
    return buf;
}

bool read_file(const fs::path& path, std::uintmax_t max_bytes, std::string& out,
               std::string& error) {
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

namespace {

// end: whether a NUL byte follows the text (bank_reader.h).
LoadedBank load_bank_view(std::string_view text, fs::path path, TextEnd end) {
    LoadedBank loaded;
    loaded.path = std::move(path);
    loaded.content_hash = content_hash_hex(text);
    ReadResult result = read_bank_json(text, end);
    if (result.syntax_ok) check_bank_rules(result);
    loaded.bank = std::move(result.bank);
    loaded.diagnostics = std::move(result.diagnostics);
    return loaded;
}

}  // namespace

LoadedBank load_bank_text(std::string_view text, fs::path path) {
    return load_bank_view(text, std::move(path), TextEnd::unknown);
}

LoadedBank load_bank_file(const fs::path& path) {
    io::MappedFile file;
    std::string error;
    if (!file.open(path, kMaxBankBytes, error)) {
        LoadedBank loaded;
        loaded.path = path;
        loaded.diagnostics.push_back({Severity::error, error, 0, 0, {}, {}, {}});
        return loaded;
    }
    return load_bank_view(file.text(), path, file.nul_after() ? TextEnd::nul : TextEnd::unknown);
}

std::vector<LoadedBank> load_bank_folder(const fs::path& folder) {
    std::vector<fs::path> files;
    std::error_code ec;
    for (auto it = fs::recursive_directory_iterator(
             folder, fs::directory_options::skip_permission_denied, ec);
         !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
        // The format's JSON Schema sits beside the banks; it is not a bank.
        bool schema = it->path().filename().string().ends_with(".schema.json");
        // Hidden files are not offered: the editor's recovery copies (".name.recovery.json").
        bool hidden = it->path().filename().string().starts_with(".");
        if (it->path().extension() == ".json" && !schema && !hidden && it->is_regular_file(ec))
            files.push_back(it->path());
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
