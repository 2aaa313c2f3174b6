// Sample classroom states for --screen classroom-setup|classroom|podium, driven through the
// controller with the commands the set-up screen and the keys would send.
#include "app/sample_state.h"

namespace statecraft {

namespace {

void send(AppController& c, ClassroomCommand command) {
    c.apply(intent::Classroom{std::move(command)});
}

void game(AppController& c, ClassroomAction action, int team = -1, int option = -1) {
    send(c, classroom_cmd::Game{ClassroomIntent{action, team, option}});
}

const ClassroomGame& the_game(const AppController& c) {
    return *c.state().classroom.game;
}

// Team t's answer on the current question: a spread of right and wrong picks.
void answer(AppController& c, ManualClock& clock, int team) {
    const ClassroomRound* round = the_game(c).current_round();
    const int n = static_cast<int>(round->options.size());
    clock.advance(800 + 300 * team);
    game(c, ClassroomAction::press_option, team, (team * 2 + the_game(c).round_index()) % n);
}

}  // namespace

std::string drive_to_classroom_sample(AppController& c, ManualClock& clock, Screen screen) {
    if (c.state().home.selected < 0) return "no bank to show (check --bank and questions/)";
    send(c, classroom_cmd::OpenSetup{});
    for (const char* team :
         {"Red Foxes", "Blue Whales", "Green Owls", "Gold Bears", "Purple Hawks", "Silver Wolves"})
        send(c, classroom_cmd::AddTeam{team});
    if (screen == Screen::classroom_setup) {
        send(c, classroom_cmd::SetNewTeam{"Orange Lynx"});
        return {};
    }
    send(c, classroom_cmd::Start{});
    if (!c.state().classroom.game) return c.state().classroom.setup.message;
    game(c, ClassroomAction::start);
    const int teams = the_game(c).team_count();
    int guard = 0;
    while (the_game(c).phase() != ClassroomPhase::podium && guard++ < 1000) {
        const bool sample_question = screen == Screen::classroom && the_game(c).round_index() == 1;
        if (the_game(c).phase() == ClassroomPhase::answering) {
            const int answering = sample_question ? 3 : teams;
            for (int t = 0; t < answering; ++t)
                if (the_game(c).answers_now(t)) answer(c, clock, t);
            if (sample_question) {
                // 13 seconds left of the sample question's time.
                const ClassroomGame& g = the_game(c);
                const std::int64_t left = g.remaining_ms(clock.now_ms());
                if (left > 13'000) clock.advance(left - 13'000);
                game(c, ClassroomAction::select_team, 3);
                c.tick();
                return {};
            }
        }
        game(c, ClassroomAction::advance);
    }
    if (screen == Screen::classroom) return "the sample bank has fewer than two questions";
    return {};
}

}  // namespace statecraft
