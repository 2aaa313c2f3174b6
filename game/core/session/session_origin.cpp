#include "core/session/session_origin.h"

namespace statecraft {

const char* to_string(SessionMode mode) {
    switch (mode) {
        case SessionMode::practice:
            return "practice";
        case SessionMode::review:
            return "review";
        case SessionMode::exam:
            return "exam";
    }
    return "practice";
}

bool is_self_study(SessionMode mode) {
    return mode == SessionMode::practice || mode == SessionMode::review;
}

}  // namespace statecraft
