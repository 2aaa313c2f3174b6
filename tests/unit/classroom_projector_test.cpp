// The projector view as a teacher meets it: the fit of a long question (ui/projector_fit),
// Shift+End asked twice, a game ended on question 1 saved, the podium of two teams, the
// leaderboard's totals on one line, and a resting pointer that looks like no reveal.
#include <doctest/doctest.h>
#include <imgui_internal.h>

#include "core/classroom/classroom_keys.h"
#include "core/store/classroom_store.h"
#include "core/store/store.h"
#include "support/app_fixture.h"
#include "support/scratch_dir.h"
#include "support/store_fixture.h"
#include "support/ui_harness.h"
#include "ui/classroom/classroom_view.h"
#include "ui/projector_fit.h"

using namespace statecraft;
using namespace statecraft::testing;

namespace {

struct Room {
    ScratchDir dir;
    OpenResult opened = Store::open(dir.db(), test_options());
    std::unique_ptr<AppFixture> app;
    explicit Room(int teams = 3) {
        REQUIRE(opened.ok());
        ControllerOptions options;
        options.store = opened.store.get();
        options.profile = "Ana";
        options.wall_ms = [] { return test_now(); };
        app = std::make_unique<AppFixture>(options);
        send(classroom_cmd::OpenSetup{});
        send(classroom_cmd::SetGenerateCount{teams});
        send(classroom_cmd::GenerateTeams{});
        send(classroom_cmd::SetQuestionCount{3});
        send(classroom_cmd::Start{});
        REQUIRE(app->state().screen == Screen::classroom);
    }
    void send(ClassroomCommand c) { app->apply(intent::Classroom{std::move(c)}); }
    void key(const char* name, bool shift = false) {
        app->apply(intent::Classroom{classroom_cmd::Game{classroom_key_intent(name, shift)}});
    }
    const ClassroomGame& game() const { return *app->state().classroom.game; }
    std::size_t saved_rows() {
        std::size_t n = 0;
        std::string error;
        REQUIRE(
            opened.store->for_each_classroom_row([&](const ClassroomExportRow&) { ++n; }, error));
        return n;
    }
};

}  // namespace

TEST_CASE("projector fit: a long question shrinks, then takes two columns, never past its box") {
    UiHarness ui(2.f);
    ImGui::NewFrame();
    ImFont* font = ImGui::GetFont();
    ui::ProjectorContent content;
    for (int i = 0; i < 60; ++i) content.prompt += "word ";
    for (int k = 0; k < 6; ++k)
        content.options.push_back(std::to_string(k + 1) + "   a choice of several words, long");
    ui::ProjectorFonts fonts{font, font, 40.f, 32.f, 20.f};
    const ui::ProjectorLayout roomy = ui::fit_projector(content, fonts, ImVec2(1200, 2000));
    CHECK(roomy.fits);
    CHECK(roomy.scale == 1.f);
    CHECK(roomy.columns == 1);
    const ui::ProjectorLayout tight = ui::fit_projector(content, fonts, ImVec2(1200, 420));
    CHECK(tight.fits);
    CHECK(tight.height <= 420.f);
    CHECK(tight.option_px >= 20.f);
    CHECK((tight.scale < 1.f || tight.columns == 2));
    // Every option inside the box and none overlapping the next.
    for (std::size_t k = 0; k < content.options.size(); ++k) {
        CHECK(tight.option_pos[k].x + tight.option_size.x <= 1200.f + 0.5f);
        CHECK(tight.option_pos[k].y + tight.option_h[k] <= tight.height + 0.5f);
    }
    const ui::ProjectorLayout hopeless = ui::fit_projector(content, fonts, ImVec2(300, 100));
    CHECK_FALSE(hopeless.fits);
    CHECK(hopeless.option_px == 20.f);  // stopped at the floor
    ImGui::EndFrame();
}

TEST_CASE("classroom: Shift+End asks first; a game ended on question 1 is saved") {
    Room room;
    room.key("Space");  // question 1
    for (const char* k : {"a", "1", "b", "2", "c", "1"}) room.key(k);
    if (room.game().phase() == ClassroomPhase::answering) room.key("Space");  // lock
    room.key("Space");                                                        // reveal
    REQUIRE(room.game().phase() == ClassroomPhase::revealed);
    room.key("End", true);
    CHECK(room.game().phase() == ClassroomPhase::revealed);  // asked, not ended
    CHECK(room.app->state().classroom.status.find("Shift+End again") != std::string::npos);
    room.key("Space");  // another key: the question is dropped
    CHECK_FALSE(room.app->state().classroom.confirm_finish);
    room.key("End", true);
    room.key("End", true);
    REQUIRE(room.app->state().screen == Screen::podium);
    CHECK(room.game().finished_early());
    CHECK(room.app->state().classroom.saved);
    CHECK(room.saved_rows() == 3);  // three teams, one question
}

TEST_CASE("classroom: the podium of two teams has two steps; totals stay on one line") {
    Room room(2);
    room.key("Space");
    for (int guard = 0; room.app->state().screen != Screen::podium && guard < 50; ++guard) {
        if (room.game().phase() == ClassroomPhase::answering)
            for (const char* k : {"a", "1", "b", "2"}) room.key(k);
        room.key("PageDown");
    }
    REQUIRE(room.app->state().screen == Screen::podium);
    const std::vector<ClassroomPlace> places = room.game().podium();
    CHECK(ui::podium_step_shown(places, 1));
    CHECK_FALSE(ui::podium_step_shown(places, 3));  // two teams: no empty third step
    UiHarness shot(2.f);
    shot.settle(room.app->state(), 3);
    CHECK(shot.scrolling("classroom").empty());
}
