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

// Three teams answered, 13 seconds left, team d chosen.
void hold_question(AppController& c, ManualClock& clock) {
    for (int t = 0; t < 3; ++t)
        if (the_game(c).answers_now(t)) answer(c, clock, t);
    const ClassroomGame& g = the_game(c);
    const std::int64_t left = g.remaining_ms(clock.now_ms());
    if (left > 13'000) clock.advance(left - 13'000);
    game(c, ClassroomAction::select_team, 3);
    c.tick();
}

// Every team answered, answers locked and revealed, then on to the explanation (if any); a
// poll stops at the reveal, where its spread is.
void to_explanation(AppController& c, ManualClock& clock) {
    for (int t = 0; t < the_game(c).team_count(); ++t)
        if (the_game(c).answers_now(t)) answer(c, clock, t);
    for (int guard = 0; guard < 4 && the_game(c).phase() != ClassroomPhase::explanation &&
                        the_game(c).phase() != ClassroomPhase::leaderboard;
         ++guard) {
        if (the_game(c).phase() == ClassroomPhase::revealed &&
            !the_game(c).current_round()->graded())
            return;
        if (the_game(c).phase() == ClassroomPhase::revealed &&
            the_game(c).current_round()->question.explanation.empty())
            return;  // no explanation: the reveal is the last step of this question
        game(c, ClassroomAction::advance);
    }
}

}  // namespace

std::string drive_to_classroom_sample(AppController& c, ManualClock& clock,
                                      const SampleOptions& options) {
    const Screen screen = options.screen;
    const std::string& wanted = options.question_id;
    if (c.state().home.selected < 0) return "no bank to show (check --bank and questions/)";
    send(c, classroom_cmd::OpenSetup{});
    for (const char* team :
         {"Red Foxes", "Blue Whales", "Green Owls", "Gold Bears", "Purple Hawks", "Silver Wolves"})
        send(c, classroom_cmd::AddTeam{team});
    if (screen == Screen::classroom_setup) {
        send(c, classroom_cmd::SetNewTeam{"Orange Lynx"});
        return {};
    }
    if (!wanted.empty()) {  // every question of the bank, so that the asked one is among them
        send(c, classroom_cmd::SetTeacherMarked{true});
        send(c, classroom_cmd::SetQuestionCount{1000});
    }
    send(c, classroom_cmd::Start{});
    if (!c.state().classroom.game) return c.state().classroom.setup.message;
    game(c, ClassroomAction::start);
    const int teams = the_game(c).team_count();
    bool seen = false;
    int guard = 0;
    while (the_game(c).phase() != ClassroomPhase::podium && guard++ < 10000) {
        const ClassroomRound* round = the_game(c).current_round();
        const bool asked =
            wanted.empty() ? the_game(c).round_index() == 1 : round && round->question.id == wanted;
        seen = seen || asked;
        if (the_game(c).phase() == ClassroomPhase::answering) {
            if (asked && screen == Screen::classroom) {
                if (options.submitted)
                    to_explanation(c, clock);
                else
                    hold_question(c, clock);
                return {};
            }
            for (int t = 0; t < teams; ++t)
                if (the_game(c).answers_now(t)) answer(c, clock, t);
        }
        game(c, ClassroomAction::advance);
    }
    if (!wanted.empty() && !seen)
        return "the bank has no question \"" + wanted + "\" a classroom game can show";
    if (screen == Screen::classroom) return "the sample bank has fewer than two questions";
    return {};
}

}  // namespace statecraft
