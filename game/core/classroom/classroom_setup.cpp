#include "core/classroom/classroom_setup.h"

#include "core/session/choice_order.h"

#include <algorithm>
#include <random>
#include <set>

#include "core/text/normalize.h"
#include "core/text/utf8.h"

namespace statecraft {

const char* to_string(ClassroomMode mode) {
    return mode == ClassroomMode::hot_seat ? "hot_seat" : "all_teams";
}

bool classroom_auto_scored(QuestionType type) {
    return type == QuestionType::single || type == QuestionType::multiple ||
           type == QuestionType::true_false;
}

std::string trim_team_name(std::string_view name) {
    const char* space = " \t\r\n\f\v";
    size_t first = name.find_first_not_of(space);
    if (first == std::string_view::npos) return {};
    size_t last = name.find_last_not_of(space);
    return to_nfc(make_valid_text(name.substr(first, last - first + 1)));
}

std::string clip_team_name(std::string_view name) {
    return std::string(take_graphemes(name, static_cast<std::size_t>(kClassroomMaxTeamNameChars)));
}

bool same_team_name(std::string_view a, std::string_view b) {
    return fold_text(trim_team_name(a), {}) == fold_text(trim_team_name(b), {});
}

namespace {

std::string quoted(std::string_view text) {
    return "\"" + std::string(text) + "\"";
}

void check_teams(const ClassroomSetup& setup, ClassroomPlan& plan) {
    const int count = static_cast<int>(setup.teams.size());
    if (count < kClassroomMinTeams || count > kClassroomMaxTeams) {
        plan.errors.push_back("a classroom game needs 2 to 30 teams; " + std::to_string(count) +
                              (count == 1 ? " was given" : " were given"));
    }
    std::set<std::string> seen;
    for (int i = 0; i < count; ++i) {
        std::string name = trim_team_name(setup.teams[i]);
        const std::string which = "team " + std::to_string(i + 1);
        if (name.empty()) {
            plan.errors.push_back(which + " has no name");
        } else if (count_graphemes(name) > static_cast<std::size_t>(kClassroomMaxTeamNameChars)) {
            plan.errors.push_back(which + " has a name longer than 40 characters");
        } else if (std::any_of(name.begin(), name.end(),
                               [](char c) { return static_cast<unsigned char>(c) < 0x20; })) {
            plan.errors.push_back(which +
                                  " has a control character (a tab or line break) in its name");
        } else if (!seen.insert(fold_text(name, {})).second) {
            plan.errors.push_back(which + " repeats the name " + quoted(name) +
                                  "; team names must differ");
        }
        plan.teams.push_back(std::move(name));
    }
}

// Why a question cannot be played by keys, or empty when it can.
std::string unplayable_reason(const Question& q) {
    if (q.type != QuestionType::single && q.type != QuestionType::multiple &&
        q.type != QuestionType::poll)
        return {};
    const int choices = static_cast<int>(q.choices.size());
    const int right = static_cast<int>(std::count_if(q.choices.begin(), q.choices.end(),
                                                     [](const Choice& c) { return c.correct; }));
    if (choices < 2) return "it has fewer than 2 choices";
    if (choices > kClassroomMaxOptions) return "it has more than 8 choices (keys 1-8)";
    if (q.type == QuestionType::poll) return {};  // no key to check
    if (q.type == QuestionType::single && right != 1)
        return "it does not have exactly one right choice";
    if (right < 1) return "it has no right choice";
    return {};
}

std::uint64_t draw_below(std::mt19937_64& rng, std::uint64_t n) {
    // Rejection sampling: the standard distributions differ between libraries, this does not.
    const std::uint64_t limit = UINT64_MAX - UINT64_MAX % n;
    std::uint64_t x;
    do {
        x = rng();
    } while (x >= limit);
    return x % n;
}

template <typename T>
void seeded_shuffle(std::vector<T>& items, std::mt19937_64& rng) {
    for (size_t i = items.size(); i > 1; --i) {
        std::swap(items[i - 1], items[draw_below(rng, i)]);
    }
}

std::vector<ClassroomOption> options_for(const Question& q) {
    switch (q.type) {
        case QuestionType::single:
        case QuestionType::multiple:
        case QuestionType::poll: {  // a poll's choices are views: none is correct
            std::vector<ClassroomOption> options;
            for (const Choice& c : q.choices) options.push_back({c.id, c.text, c.correct});
            return options;
        }
        case QuestionType::true_false:
            return {{"true", "True", q.answer}, {"false", "False", !q.answer}};
        default:
            return {{"right", "Right", true}, {"wrong", "Wrong", false}};
    }
}

std::vector<const Question*> eligible_questions(const Bank& bank, const ClassroomSetup& setup,
                                                ClassroomPlan& plan) {
    for (const std::string& id : setup.categories) {
        if (!bank.find_category(id)) {
            plan.errors.push_back("the bank has no category " + quoted(id));
        }
    }
    std::vector<const Question*> eligible;
    for (const Question& q : bank.questions) {
        if (!setup.categories.empty() && std::find(setup.categories.begin(), setup.categories.end(),
                                                   q.category) == setup.categories.end()) {
            continue;
        }
        if (q.type == QuestionType::poll
                ? !setup.include_polls
                : !classroom_auto_scored(q.type) && !setup.include_teacher_marked)
            continue;
        if (std::string why = unplayable_reason(q); !why.empty()) {
            plan.warnings.push_back("question " + quoted(q.id) + " is left out: " + why);
            continue;
        }
        eligible.push_back(&q);
    }
    if (eligible.empty()) {
        plan.errors.push_back(
            setup.include_teacher_marked
                ? "no questions in the chosen categories"
                : "no single, multiple or true_false questions in the chosen categories (turn on "
                  "teacher-marked questions to play matching, ordering and short_answer)");
    }
    return eligible;
}

void check_numbers(const ClassroomSetup& setup, ClassroomPlan& plan) {
    if (setup.question_count < 0)
        plan.errors.push_back("the number of questions cannot be negative");
    if (setup.default_time_s < kClassroomMinTimeS || setup.default_time_s > kClassroomMaxTimeS) {
        plan.errors.push_back("the time per question must be 5 to 600 seconds; " +
                              std::to_string(setup.default_time_s) + " was given");
    }
}

void check_rounds(const ClassroomSetup& setup, ClassroomPlan& plan) {
    const int rounds = static_cast<int>(plan.rounds.size());
    for (int r : setup.double_points_rounds) {
        if (r < 1 || r > rounds) {
            plan.errors.push_back("double points on question " + std::to_string(r) +
                                  ", but the game has questions 1 to " + std::to_string(rounds));
        }
    }
    const int teams = static_cast<int>(plan.teams.size());
    if (setup.mode == ClassroomMode::hot_seat && teams > 0 && rounds % teams != 0) {
        plan.warnings.push_back(
            std::to_string(rounds) + " questions do not share evenly among " +
            std::to_string(teams) + " teams in hot-seat: " +
            (rounds < teams ? "some teams get no turn" : "some teams get one turn more"));
    }
}

}  // namespace

ClassroomPlan plan_classroom_game(const Bank& bank, const ClassroomSetup& setup) {
    ClassroomPlan plan;
    check_teams(setup, plan);
    check_numbers(setup, plan);
    std::vector<const Question*> picked = eligible_questions(bank, setup, plan);
    if (!plan.errors.empty()) return plan;

    std::mt19937_64 rng(setup.seed);
    if (setup.shuffle_questions) seeded_shuffle(picked, rng);
    const size_t wanted =
        setup.question_count == 0 ? picked.size() : static_cast<size_t>(setup.question_count);
    if (wanted > picked.size()) {
        plan.warnings.push_back(std::to_string(wanted) + " questions asked for, but only " +
                                std::to_string(picked.size()) + " can be played; playing those");
    }
    picked.resize(std::min(wanted, picked.size()));

    const int teams = static_cast<int>(plan.teams.size());
    for (size_t i = 0; i < picked.size(); ++i) {
        const Question& q = *picked[i];
        ClassroomRound round;
        round.question = q;
        round.options = options_for(q);
        if (q.type == QuestionType::single || q.type == QuestionType::multiple) {
            std::vector<ClassroomOption> authored = std::move(round.options);
            round.options.clear();
            for (int k : choice_order(q, setup.shuffle_choices,
                                      [&](std::vector<int>& items) { seeded_shuffle(items, rng); }))
                round.options.push_back(authored[k]);
        }
        round.teacher_marked = !classroom_auto_scored(q.type) && q.type != QuestionType::poll;
        const int round_number = static_cast<int>(i) + 1;
        round.double_points = std::count(setup.double_points_rounds.begin(),
                                         setup.double_points_rounds.end(), round_number) > 0;
        const int seconds =
            q.time_limit_s && *q.time_limit_s > 0 ? *q.time_limit_s : setup.default_time_s;
        round.limit_ms = static_cast<std::int64_t>(seconds) * 1000;
        round.answering_team =
            setup.mode == ClassroomMode::hot_seat ? static_cast<int>(i) % teams : -1;
        plan.rounds.push_back(std::move(round));
    }
    check_rounds(setup, plan);
    return plan;
}

}  // namespace statecraft
