#include "core/io/atomic_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <system_error>

namespace statecraft::io {

namespace fs = std::filesystem;

namespace {
std::string describe_errno(const char* what, int err) {
    return std::string(what) + ": " + std::strerror(err);
}
}  // namespace

bool write_file_atomically(const fs::path& path, std::string_view content, std::string& error) {
    fs::path dir = path.has_parent_path() ? path.parent_path() : fs::path(".");
    std::string tmpl = (dir / ("." + path.filename().string() + ".tmp-XXXXXX")).string();
    int fd = ::mkstemp(tmpl.data());
    if (fd < 0) {
        error = describe_errno(("cannot write in " + dir.string()).c_str(), errno);
        return false;
    }
    auto fail = [&](const char* what) {
        int err = errno;
        ::close(fd);
        ::unlink(tmpl.c_str());
        error = describe_errno(what, err);
        return false;
    };
    std::size_t written = 0;
    while (written < content.size()) {
        ssize_t n = ::write(fd, content.data() + written, content.size() - written);
        if (n < 0) {
            if (errno == EINTR) continue;
            return fail(("cannot write " + path.string()).c_str());
        }
        written += static_cast<std::size_t>(n);
    }
    if (::fchmod(fd, 0644) != 0) return fail("cannot set permissions");
    if (::fsync(fd) != 0) return fail(("cannot flush " + path.string()).c_str());
    if (::close(fd) != 0) {
        int err = errno;
        ::unlink(tmpl.c_str());
        error = describe_errno("cannot close", err);
        return false;
    }
    if (::rename(tmpl.c_str(), path.c_str()) != 0) {
        int err = errno;
        ::unlink(tmpl.c_str());
        error = describe_errno(("cannot replace " + path.string()).c_str(), err);
        return false;
    }
    // Make the rename itself durable.
    if (int dfd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY); dfd >= 0) {
        ::fsync(dfd);
        ::close(dfd);
    }
    return true;
}

}  // namespace statecraft::io
