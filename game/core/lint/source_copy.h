// The copy check: runs of kCopyRunWords or more words taken from the source text. Quotations
// (text in quotation marks) are allowed and never count.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>

namespace statecraft::lint {

inline constexpr std::size_t kCopyRunWords = 8;

class SourceIndex {
  public:
    SourceIndex() = default;
    explicit SourceIndex(std::string_view source_text);

    bool empty() const { return runs_.empty(); }
    std::uint64_t identity() const { return identity_; }

    // The longest copied run in text, as "N words: first words …", or nothing.
    std::optional<std::string> copied_run(std::string_view text) const;

  private:
    std::unordered_set<std::uint64_t> runs_;  // hashes of every kCopyRunWords-word run
    std::uint64_t identity_ = 0;
};

}  // namespace statecraft::lint
