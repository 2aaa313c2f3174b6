// libFuzzer target: any bytes as a player's frame, at any phase of a live game. The parser must
// never crash, every frame gets exactly one reply or state change, and no frame a player can
// send makes the server leak the key before the reveal. The first byte picks the open question:
// the built-in single choice, or one of the example bank's questions of the types devices answer
// (questions/examples/all-types.json, when run from the source tree as tests/fuzz/run.sh does).
#include <algorithm>
#include <cstdint>
#include <string>

#include "core/bank/bank_loader.h"
#include "core/classroom/classroom_setup.h"
#include "core/live/live_game.h"
#include "support/bank_parts.h"

using namespace statecraft;

namespace {

// The example bank's questions of the six types devices answer, without their explanations
// and feedback replaced by markers the check below looks for.
std::vector<ClassroomRound> example_rounds() {
    LoadedBank loaded = load_bank_file("questions/examples/all-types.json");
    if (!loaded.ok()) return {};
    ClassroomSetup setup;
    setup.question_count = 0;
    setup.teams = {"1", "2"};
    setup.include_teacher_marked = true;
    ClassroomPlan plan = plan_classroom_game(loaded.bank, setup);
    std::erase_if(plan.rounds, [](const ClassroomRound& r) {
        const QuestionType t = r.question.type;
        return t == QuestionType::estimate || t == QuestionType::matrix || t == QuestionType::poll;
    });
    for (ClassroomRound& r : plan.rounds) {
        r.question.explanation = "SECRET-EXPLANATION";
        for (Choice& c : r.question.choices) c.feedback = "SECRET-FEEDBACK";
    }
    return plan.rounds;
}

LiveGame make_game() {
    Question q;
    q.id = "q";
    q.type = QuestionType::single;
    q.prompt = "Pick";
    q.explanation = "SECRET-EXPLANATION";
    q.choices = {testing::choice("a", "A", true), testing::choice("b", "B")};
    q.choices[0].feedback = "SECRET-FEEDBACK";
    ClassroomRound round;
    round.question = q;
    round.options = {{"a", "A", true}, {"b", "B", false}};
    round.limit_ms = 20'000;
    LiveSettings settings;
    settings.pin = "123456";
    settings.teams = {"N", "S"};
    static const std::vector<ClassroomRound> examples = example_rounds();
    std::vector<ClassroomRound> rounds = {round, round};
    rounds.insert(rounds.end(), examples.begin(), examples.end());
    return std::move(*LiveGame::create(rounds, settings).game);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string_view text(reinterpret_cast<const char*>(data), size);
    (void)parse_live_message(text);

    LiveGame game = make_game();
    game.on_connect(1);
    game.on_message(
        1, "a",
        R"({"type":"join","pin":"123456","token":"0123456789abcdef0123456789abcdef","name":"x","team":0})",
        0);
    game.on_connect(2);
    game.on_message(2, "a", text, 1);  // as a stranger
    game.start(2);
    // The first byte picks the question (the seeds, starting with '{', land on an example).
    const int pick = size > 0 ? data[0] % game.question_count() : 0;
    for (int i = 0; i < pick; ++i) {
        game.lock(2);
        game.reveal();
        game.next(2);
    }
    (void)game.take_outbox();          // the reveals of the skipped questions carry their keys
    game.on_message(1, "a", text, 3);  // as a joined player, question open
    game.on_message(2, "a", text, 4);
    for (const LiveOut& out : game.take_outbox()) {
        if (out.text->find("SECRET") != std::string::npos) __builtin_trap();
        if (out.text->find("\"key\"") != std::string::npos) __builtin_trap();
    }
    return 0;
}
