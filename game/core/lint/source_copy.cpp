#include "core/lint/source_copy.h"

#include "core/lint/words.h"

namespace statecraft::lint {

SourceIndex::SourceIndex(std::string_view source_text) {
    // The source's own quotation marks do not matter: its every run is the author's text.
    const std::vector<std::string> all = words(source_text);
    identity_ = all.size();
    for (std::size_t i = 0; i + kCopyRunWords <= all.size(); ++i) {
        std::uint64_t h = run_hash(all, i, kCopyRunWords);
        runs_.insert(h);
        identity_ = identity_ * 31 + h;
    }
}

std::optional<std::string> SourceIndex::copied_run(std::string_view text) const {
    if (runs_.empty()) return std::nullopt;
    std::size_t best_length = 0;
    std::string best;
    for (const std::vector<std::string>& run : words_outside_quotes(text)) {
        std::size_t start = 0, length = 0;  // the current stretch of copied windows
        for (std::size_t i = 0; i + kCopyRunWords <= run.size(); ++i) {
            if (!runs_.count(run_hash(run, i, kCopyRunWords))) {
                length = 0;
                continue;
            }
            if (length == 0) start = i;
            length = i - start + kCopyRunWords;
            if (length > best_length) {
                best_length = length;
                best.clear();
                for (std::size_t k = start; k < start + std::min<std::size_t>(length, 10); ++k)
                    best += (k > start ? " " : "") + run[k];
                if (length > 10) best += " …";
            }
        }
    }
    if (best_length == 0) return std::nullopt;
    return std::to_string(best_length) + " words: \"" + best + "\"";
}

}  // namespace statecraft::lint
