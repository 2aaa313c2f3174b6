#include "core/editor/recovery.h"

#include "core/bank/bank_loader.h"
#include "core/bank/bank_writer.h"
#include "core/io/atomic_file.h"

namespace statecraft {

namespace fs = std::filesystem;

fs::path recovery_path_for(const EditableBank& doc, const fs::path& fallback_folder) {
    if (!doc.path().empty()) {
        fs::path p = doc.path();
        return p.parent_path() / ("." + p.stem().string() + ".recovery.json");
    }
    std::string id = doc.bank().id.empty() ? "untitled" : doc.bank().id;
    return fallback_folder / ("." + id + ".recovery.json");  // hidden: not offered as a bank
}

bool RecoveryWriter::tick(const EditableBank& doc, std::int64_t now_ms, std::string& error) {
    if (!doc.dirty() || doc.revision() == written_revision_) {
        if (!doc.dirty()) pending_since_ms_.reset();
        return false;
    }
    if (!pending_since_ms_) pending_since_ms_ = now_ms;
    std::int64_t since =
        last_write_ms_ ? std::max(*last_write_ms_, *pending_since_ms_) : *pending_since_ms_;
    if (now_ms - since < interval_ms_) return false;
    // The folder may not exist yet (a fresh data folder before the first save).
    std::error_code ec;
    if (path_.has_parent_path()) fs::create_directories(path_.parent_path(), ec);
    if (ec) {
        error = "cannot create " + path_.parent_path().string() + ": " + ec.message();
        return false;
    }
    if (!io::write_file_atomically(path_, to_json_text(doc.bank()), error)) return false;
    last_write_ms_ = now_ms;
    written_revision_ = doc.revision();
    return true;
}

void RecoveryWriter::discard() {
    std::error_code ec;
    fs::remove(path_, ec);
    pending_since_ms_.reset();
    written_revision_ = UINT64_MAX;
}

std::optional<Bank> read_recovery(const fs::path& path) {
    std::error_code ec;
    if (!fs::exists(path, ec)) return std::nullopt;
    LoadedBank loaded = load_bank_file(path);
    for (const Diagnostic& d : loaded.diagnostics)
        if (d.severity == Severity::error && d.pointer.empty()) return std::nullopt;
    return loaded.bank;
}

}  // namespace statecraft
