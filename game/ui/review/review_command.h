// What the Review screen asks for: one typed command each, sent as intent::Review. The app
// applies them in app/modes/review/review_mode.cpp.
#pragma once

#include <variant>

namespace statecraft::review_cmd {

struct Open {};  // Home: the Review screen, its rows computed now
struct SetNewCardsPerDay {
    int count = 20;
};
struct SetDesiredRetention {
    double retention = 0.9;
};
struct Start {     // a review session over this bank's due and new cards
    int bank = 0;  // index into HomeState::banks
};

}  // namespace statecraft::review_cmd

namespace statecraft {

using ReviewCommand = std::variant<review_cmd::Open, review_cmd::SetNewCardsPerDay,
                                   review_cmd::SetDesiredRetention, review_cmd::Start>;

}  // namespace statecraft
