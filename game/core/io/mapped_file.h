// A read-only view of a whole file through mmap: no copy and no zero-filled buffer, which
// matters when a large bank is parsed once and thrown away. A readable NUL byte follows the
// text (a zero page is mapped after the file's last page), so a parser may scan for it.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>

namespace statecraft::io {

class MappedFile {
  public:
    MappedFile() = default;
    MappedFile(const MappedFile&) = delete;
    MappedFile& operator=(const MappedFile&) = delete;
    ~MappedFile();

    // Refuses files over max_bytes before mapping them; on failure sets a message for people.
    bool open(const std::filesystem::path& path, std::uintmax_t max_bytes, std::string& error);
    std::string_view text() const { return {data_, size_}; }
    // text().data()[text().size()] is a readable NUL (false only for an empty file).
    bool nul_after() const { return data_ != nullptr; }

  private:
    const char* data_ = nullptr;
    std::size_t size_ = 0;
    std::size_t span_ = 0;  // bytes mapped: the file's pages and one zero page
};

}  // namespace statecraft::io
