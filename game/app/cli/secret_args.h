// A connection string on the command line may carry a password. The program copies its
// arguments and overwrites every password in the originals, so `ps` and /proc/PID/cmdline show
// "password=xxxxxx" from the first instant the program runs its own code.
#pragma once

#include <string>
#include <vector>

namespace statecraft {

class HiddenArgs {
  public:
    // Copies argv, then masks in argv itself: "password=..." (libpq keyword form, also
    // "password = ...", quoted or not) and the password of a postgres:// or postgresql:// URI.
    HiddenArgs(int argc, char** argv);
    int argc() const { return static_cast<int>(pointers_.size()); }
    const char* const* argv() const { return pointers_.data(); }

  private:
    std::vector<std::string> copies_;
    std::vector<const char*> pointers_;
};

// The same masking on one string (messages, tests).
std::string mask_passwords(std::string text);

}  // namespace statecraft
