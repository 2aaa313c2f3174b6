// What the student does on the Progress screen and with the profiles (Home's profile panel,
// the unsaved-writes banner's Retry): one typed command each, sent as intent::Progress. The
// app applies them in app/modes/progress/progress_controller.cpp.
#pragma once

#include <string>
#include <variant>

namespace statecraft::progress_cmd {

struct Open {};             // Home: the Progress screen, its figures read afresh
struct PractiseWeakest {};  // a quiz of the Progress screen's weakest questions
struct RetryWrites {};      // try the score database again now
struct SyncNow {};          // send the profile to the school server, in the background
struct ChooseProfile {
    std::string name;
};
struct CreateProfile {
    std::string name;
};

}  // namespace statecraft::progress_cmd

namespace statecraft {

using ProgressCommand =
    std::variant<progress_cmd::Open, progress_cmd::PractiseWeakest, progress_cmd::RetryWrites,
                 progress_cmd::SyncNow, progress_cmd::ChooseProfile, progress_cmd::CreateProfile>;

}  // namespace statecraft
