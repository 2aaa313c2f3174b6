// The live classroom's projector screens, headless: every stage (join, question, distribution,
// reveal, peer instruction, leaderboard, podium) fits 1280x720 and 1920x1080 at 100 % and 200 %
// with no scrolling and nothing past an edge; the keys give the documented commands; the
// commands reach the host's queue.
#include <doctest/doctest.h>
#include <imgui_internal.h>

#include <string>

#include "app/sample_state.h"
#include "support/app_fixture.h"
#include "support/ui_harness.h"

using namespace statecraft;
using namespace statecraft::testing;

namespace {

constexpr Screen kStages[] = {Screen::live_join,   Screen::live_question, Screen::live_distribution,
                              Screen::live_reveal, Screen::live_peer,     Screen::live_leaderboard,
                              Screen::live_podium};

// The projector's scrolling region: it must not need to scroll.
float live_scroll_max() {
    for (const ImGuiWindow* w : GImGui->Windows)
        if (w->WasActive && std::string(w->Name).find("/live_") != std::string::npos)
            return w->ScrollMax.y;
    return -1.f;
}

template <typename C>
const C* host_command(const AppState& s) {
    if (s.live.to_host.empty()) return nullptr;
    return std::get_if<C>(&s.live.to_host.back());
}

}  // namespace

TEST_SUITE_BEGIN("live");

TEST_CASE("live screens: every stage fits 1280x720 and 1920x1080 at 100% and 200%") {
    for (ImVec2 display : {ImVec2(1280, 720), ImVec2(1920, 1080)})
        for (float scale : {1.0f, 2.0f}) {
            UiHarness ui(scale, display);
            for (Screen stage : kStages) {
                AppFixture app;
                REQUIRE(drive_to_live_sample(*app.controller, stage).empty());
                ui.settle(app.state(), 4);
                const std::vector<std::string> problems = ui.overflows();
                std::string all;
                for (const std::string& p : problems) all += p + "\n";
                INFO(static_cast<int>(stage)
                     << " at " << display.x << "x" << display.y << " x" << scale << "\n"
                     << all);
                CHECK(problems.empty());
                CHECK(live_scroll_max() == 0.f);
            }
        }
}

TEST_CASE("live screens: estimate, poll and matrix spreads fit at 100% and 200%") {
    // A real game on each question (24 sample players), so the spreads are the game's own.
    constexpr Screen kSpreadStages[] = {Screen::live_question, Screen::live_distribution,
                                        Screen::live_reveal};
    for (ImVec2 display : {ImVec2(1280, 720), ImVec2(1920, 1080)})
        for (float scale : {1.0f, 2.0f}) {
            UiHarness ui(scale, display);
            for (const char* id : {"estimate-example", "poll-example", "matrix-example"})
                for (Screen stage : kSpreadStages) {
                    AppFixture app;
                    REQUIRE(drive_to_live_sample(*app.controller, stage, id).empty());
                    const LiveSnapshot& s = *app.state().live.snapshot;
                    if (stage != Screen::live_question && std::string(id) == "estimate-example")
                        CHECK(s.estimate.count == 22);
                    if (stage != Screen::live_question && std::string(id) == "matrix-example")
                        CHECK(s.matrix.voters == 22);
                    CHECK(s.estimate.key.has_value() ==
                          (stage == Screen::live_reveal && std::string(id) == "estimate-example"));
                    ui.settle(app.state(), 4);
                    const std::vector<std::string> problems = ui.overflows();
                    std::string all;
                    for (const std::string& p : problems) all += p + "\n";
                    INFO(id << " " << static_cast<int>(stage) << " at " << display.x << "x"
                            << display.y << " x" << scale << "\n"
                            << all);
                    CHECK(problems.empty());
                    CHECK(live_scroll_max() == 0.f);
                }
        }
    AppFixture app;
    CHECK_FALSE(drive_to_live_sample(*app.controller, Screen::live_reveal, "no-such-id").empty());
}

TEST_CASE("live screens: Space takes the next step and Esc closes the game") {
    UiHarness ui;
    AppFixture app;
    REQUIRE(drive_to_live_sample(*app.controller, Screen::live_question).empty());
    ui.settle(app.state());
    CHECK_FALSE(has_intent(ui.frame(app.state())));
    ui.key(ImGuiKey_Space);
    Intent i = ui.frame(app.state());
    REQUIRE(std::holds_alternative<intent::Live>(i));
    app.apply(i);
    CHECK(host_command<live_cmd::Advance>(app.state()));
    ui.key(ImGuiKey_Escape);
    i = ui.frame(app.state());
    REQUIRE(std::holds_alternative<intent::Live>(i));
    app.apply(i);
    CHECK(host_command<live_cmd::Leave>(app.state()));
    CHECK(app.state().screen == Screen::home);
}

TEST_CASE("live screens: in the lobby Down selects a player and Delete removes them") {
    UiHarness ui;
    AppFixture app;
    REQUIRE(drive_to_live_sample(*app.controller, Screen::live_join).empty());
    app.apply(intent::Live{live_cmd::Select{-1}});
    ui.settle(app.state());
    ui.key(ImGuiKey_Delete);  // nobody selected: nothing to remove
    CHECK_FALSE(has_intent(ui.frame(app.state())));
    ui.key(ImGuiKey_DownArrow);
    app.apply(ui.frame(app.state()));
    CHECK(app.state().live.selected == app.state().live.snapshot->lobby.front().player);
    ui.key(ImGuiKey_DownArrow);
    app.apply(ui.frame(app.state()));
    CHECK(app.state().live.selected == app.state().live.snapshot->lobby[1].player);
    ui.key(ImGuiKey_Delete);
    app.apply(ui.frame(app.state()));
    const live_cmd::Kick* kick = host_command<live_cmd::Kick>(app.state());
    REQUIRE(kick);
    CHECK(kick->player == app.state().live.snapshot->lobby[1].player);
    CHECK(app.state().live.selected == -1);
}

TEST_SUITE_END();
