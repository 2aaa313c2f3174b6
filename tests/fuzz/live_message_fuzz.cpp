// libFuzzer target: any bytes as a player's frame, at any phase of a live game. The parser must
// never crash, every frame gets exactly one reply or state change, and no frame a player can
// send makes the server leak the key before the reveal.
#include <cstdint>
#include <string>

#include "core/classroom/classroom_setup.h"
#include "core/live/live_game.h"

using namespace statecraft;

namespace {

LiveGame make_game() {
    Question q;
    q.id = "q";
    q.type = QuestionType::single;
    q.prompt = "Pick";
    q.explanation = "SECRET-EXPLANATION";
    q.choices = {{"a", "A", true, "SECRET-FEEDBACK", {}}, {"b", "B", false, "", {}}};
    ClassroomRound round;
    round.question = q;
    round.options = {{"a", "A", true}, {"b", "B", false}};
    round.limit_ms = 20'000;
    LiveSettings settings;
    settings.pin = "123456";
    settings.teams = {"N", "S"};
    return std::move(*LiveGame::create({round, round}, settings).game);
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
    game.on_message(1, "a", text, 3);  // as a joined player, question open
    game.on_message(2, "a", text, 4);
    for (const LiveOut& out : game.take_outbox()) {
        if (out.text->find("SECRET") != std::string::npos) __builtin_trap();
        if (out.text->find("\"key\"") != std::string::npos) __builtin_trap();
    }
    return 0;
}
