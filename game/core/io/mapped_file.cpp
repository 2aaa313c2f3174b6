#include "core/io/mapped_file.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace statecraft::io {

MappedFile::~MappedFile() {
    if (data_) ::munmap(const_cast<char*>(data_), span_);
}

namespace {

// Maps size bytes of fd and, after the file's last page, one page of zeros: the byte after
// the text is then a NUL even when the file fills its last page (or grows meanwhile: the
// zero page stays). Returns nullptr on failure, with errno set.
const char* map_with_zero_page(int fd, std::size_t size, std::size_t& span) {
    const auto page = static_cast<std::size_t>(::sysconf(_SC_PAGESIZE));
    span = (size + page - 1) / page * page + page;
    void* area = ::mmap(nullptr, span, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (area == MAP_FAILED) return nullptr;
    void* p = ::mmap(area, size, PROT_READ, MAP_PRIVATE | MAP_FIXED | MAP_POPULATE, fd, 0);
    if (p == MAP_FAILED) {
        int saved = errno;
        ::munmap(area, span);
        errno = saved;
        return nullptr;
    }
    return static_cast<const char*>(p);
}

}  // namespace

bool MappedFile::open(const std::filesystem::path& path, std::uintmax_t max_bytes,
                      std::string& error) {
    int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        error = std::string("cannot open: ") + std::strerror(errno);
        return false;
    }
    struct stat st {};
    bool ok = ::fstat(fd, &st) == 0;
    if (!ok) {
        error = std::string("cannot read: ") + std::strerror(errno);
    } else if (S_ISDIR(st.st_mode)) {
        error = "is a folder, not a file";
        ok = false;
    } else if (static_cast<std::uintmax_t>(st.st_size) > max_bytes) {
        error = "file is " + std::to_string(st.st_size / (1024 * 1024)) + " MiB; the limit is " +
                std::to_string(max_bytes / (1024 * 1024)) + " MiB";
        ok = false;
    } else if (st.st_size > 0) {
        const auto size = static_cast<std::size_t>(st.st_size);
        if (const char* p = map_with_zero_page(fd, size, span_)) {
            data_ = p;
            size_ = size;
        } else {
            error = std::string("cannot read: ") + std::strerror(errno);
            ok = false;
        }
    }
    ::close(fd);
    return ok;
}

}  // namespace statecraft::io
