#include "app/modes/live/live_journal_writer.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <utility>

namespace statecraft {

namespace {

bool write_all(int fd, const std::string& text) {
    std::size_t at = 0;
    while (at < text.size()) {
        const ssize_t n = ::write(fd, text.data() + at, text.size() - at);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return false;
        at += static_cast<std::size_t>(n);
    }
    return true;
}

}  // namespace

std::unique_ptr<LiveJournalWriter> LiveJournalWriter::create(const std::filesystem::path& file,
                                                             const std::string& first_line,
                                                             std::string& error) {
    std::error_code ec;
    std::filesystem::create_directories(file.parent_path(), ec);
    const int fd = ::open(file.c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0600);
    // Locked while the game is open: recovery (another start) leaves a live journal alone.
    if (fd < 0 || ::flock(fd, LOCK_EX | LOCK_NB) != 0 || !write_all(fd, first_line + "\n") ||
        ::fdatasync(fd) != 0) {
        error =
            "cannot write the live game's journal " + file.string() + ": " + std::strerror(errno);
        if (fd >= 0) ::close(fd);
        return nullptr;
    }
    return std::unique_ptr<LiveJournalWriter>(new LiveJournalWriter(file, fd));
}

LiveJournalWriter::LiveJournalWriter(std::filesystem::path file, int fd)
    : file_(std::move(file)), fd_(fd), thread_([this] { run(); }) {}

LiveJournalWriter::~LiveJournalWriter() {
    {
        std::lock_guard lock(mutex_);
        stopping_ = true;
    }
    wake_.notify_one();
    thread_.join();
    ::close(fd_);
}

void LiveJournalWriter::append(std::string line) {
    {
        std::lock_guard lock(mutex_);
        queue_.push_back(std::move(line));
        ++queued_;
    }
    wake_.notify_one();
}

void LiveJournalWriter::flush() {
    std::unique_lock lock(mutex_);
    written_.wait(lock, [this] { return done_ == queued_; });
}

std::string LiveJournalWriter::problem() const {
    std::lock_guard lock(mutex_);
    return problem_;
}

void LiveJournalWriter::run() {
    std::unique_lock lock(mutex_);
    for (;;) {
        wake_.wait(lock, [this] { return stopping_ || !queue_.empty(); });
        if (queue_.empty() && stopping_) return;
        std::vector<std::string> batch = std::exchange(queue_, {});
        lock.unlock();
        std::string text;
        for (const std::string& line : batch) text += line + "\n";
        const bool ok = write_all(fd_, text) && ::fdatasync(fd_) == 0;
        const std::string why = ok ? std::string() : std::strerror(errno);
        lock.lock();
        if (!ok) problem_ = "The live game's journal could not be written: " + why + ".";
        done_ += batch.size();
        written_.notify_all();
    }
}

}  // namespace statecraft
