// The sample of a live estimate, poll or matrix (--screen live-question|live-distribution|
// live-reveal --question ID): a real LiveGame on that question, 24 players joining and
// answering through the protocol's messages, so the projector draws the game's own spread.
#include "app/modes/live/live_sample_game.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include <nlohmann/json.hpp>

#include "core/live/live_game.h"

namespace statecraft {

namespace {

constexpr int kSamplePlayers = 24;

// A spread of answers: most near the key, some off, one far off.
nlohmann::json sample_answer(const Question& q, const LiveQuestion& view, int i) {
    switch (q.type) {
        case QuestionType::estimate: {
            const double key = q.value.value_or(100);
            const double step = std::max(estimate_step(q), 1e-9);
            // Most near the key, a tail above it (students overestimate), one far off.
            constexpr int kOffsets[] = {0, 1, -1, 2, 0, 3, 1, -2, 4,  2, 1, 6,
                                        0, 3, -1, 2, 5, 1, 8, 2,  -3, 3, 1, 0};
            if (i == 0) return {{"value", key * 10 + 10 * step}};
            return {{"value", key + kOffsets[i % 24] * step}};
        }
        case QuestionType::poll: {
            const int n = static_cast<int>(view.options.size());
            return {{"choice", (i * i + i / 3) % std::max(1, n)}};
        }
        case QuestionType::matrix: {
            std::vector<int> cells = live_matrix_key(view);
            if (i % 3 == 0) return {{"cells", cells}};  // a third mark every cell as keyed
            for (std::size_t c = 0; c < cells.size(); ++c)
                if ((i * 7 + c * 3) % 10 >= 6) cells[c] = (cells[c] + 1 + i % 2) % 3;
            return {{"cells", cells}};
        }
        default:
            return {{"choice", 0}};
    }
}

}  // namespace

double estimate_step(const Question& q) {
    const double spread = q.tolerance.value_or(q.margin);
    const double key = q.value.value_or(100);
    const double step = spread > 0 ? spread / 3 : std::max(1.0, std::abs(key) / 20);
    // Whole answers to a whole key, as students type them.
    return key == std::round(key) ? std::max(1.0, std::round(step)) : step;
}

std::optional<LiveSnapshot> live_sample_game(const Question& q, const std::string& title,
                                             Screen screen) {
    ClassroomRound round;
    round.question = q;
    round.limit_ms = 20'000;
    LiveSettings settings;
    settings.title = title;
    settings.pin = "482913";
    settings.lock_when_all_answered = false;
    LiveStart start = LiveGame::create({round}, settings);
    if (!start.ok()) return std::nullopt;
    LiveGame& game = *start.game;
    std::int64_t now = 1000;
    for (int i = 0; i < kSamplePlayers; ++i) {
        char token[33];
        std::snprintf(token, sizeof token, "%032x", i + 1);
        game.on_connect(i + 1);
        const nlohmann::json join = {
            {"type", "join"}, {"pin", "482913"}, {"token", token}, {"name", sample_name(i)}};
        game.on_message(i + 1, "10.0.0.1", join.dump(), now);
    }
    game.start(now);
    if (screen == Screen::live_question) {
        for (int i = 0; i < 17; ++i) {
            nlohmann::json a = sample_answer(q, game.question(0), i);
            a.update({{"type", "answer"}, {"question", 0}, {"round", 1}});
            game.on_message(i + 1, "10.0.0.1", a.dump(), now + 4000);
        }
        return game.snapshot(now + 7600);
    }
    for (int i = 0; i < kSamplePlayers - 2; ++i) {
        nlohmann::json a = sample_answer(q, game.question(0), i);
        a.update({{"type", "answer"}, {"question", 0}, {"round", 1}});
        game.on_message(i + 1, "10.0.0.1", a.dump(), now + 2000 + 300 * i);
    }
    game.lock(now + 12'000);
    if (screen != Screen::live_distribution) game.reveal();
    return game.snapshot(now + 12'000);
}

}  // namespace statecraft
