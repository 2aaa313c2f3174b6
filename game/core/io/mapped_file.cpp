#include "core/io/mapped_file.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace statecraft::io {

MappedFile::~MappedFile() {
    if (data_ && size_ > 0) ::munmap(const_cast<char*>(data_), size_);
}

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
        void* p = ::mmap(nullptr, static_cast<std::size_t>(st.st_size), PROT_READ,
                         MAP_PRIVATE | MAP_POPULATE, fd, 0);
        if (p == MAP_FAILED) {
            error = std::string("cannot read: ") + std::strerror(errno);
            ok = false;
        } else {
            data_ = static_cast<const char*>(p);
            size_ = static_cast<std::size_t>(st.st_size);
        }
    }
    ::close(fd);
    return ok;
}

}  // namespace statecraft::io
