// Issue 15, item 16: at 200 % on 1280x720 the prompt stays in view: its first line is not
// scrolled away by a focused text field nor by the feedback after submitting. Also Home's
// Up/Down, which step through the bank list rather than jump to the nearest widget.
#include <doctest/doctest.h>
#include <imgui_internal.h>

#include <filesystem>
#include <memory>
#include <string>

#include "app/app_controller.h"
#include "app/bank_catalog.h"
#include "app/sample_state.h"
#include "support/ui_harness.h"

using namespace statecraft;
using namespace statecraft::testing;

namespace {

const std::filesystem::path kQuestions = std::filesystem::path(STATECRAFT_SOURCE_DIR) / "questions";

struct App {
    ManualClock clock{0};
    std::unique_ptr<AppController> controller;
    App() {
        AppState state;
        scan_banks(state.home,
                   BankSources{kQuestions, {}, kQuestions / "iran-russia-missiles.json"});
        ControllerOptions options;
        options.seed = 7;
        controller = std::make_unique<AppController>(std::move(state), clock, options);
    }
    const AppState& state() const { return controller->state(); }
};

// The scroll of the page window whose name contains `part` (a question page is a child window).
float page_scroll(const std::string& part) {
    for (ImGuiWindow* w : ImGui::GetCurrentContext()->Windows)
        if (std::string(w->Name).find(part) != std::string::npos && w->Active) return w->Scroll.y;
    FAIL("no window named like " << part);
    return -1;
}

}  // namespace

TEST_CASE("ui: at 200 % on 1280x720 a short answer's prompt stays in view, before and after") {
    UiHarness ui(2.f, ImVec2(1280, 720));
    for (bool submitted : {false, true}) {
        App app;
        SampleOptions practice{Screen::practice, "actors-predecessor", submitted};
        REQUIRE(drive_to_sample(*app.controller, app.clock, practice).empty());
        ui.settle(app.state(), 6);
        INFO("submitted " << submitted);
        // Unpinned the page starts with the category line: scrolling past it hides the prompt.
        CHECK(page_scroll("/question-") <= ImGui::GetTextLineHeightWithSpacing() + 0.5f);
    }
}

TEST_CASE("ui: Home's Up and Down step through the bank list") {
    UiHarness ui(1.f, ImVec2(1280, 720));
    App app;
    REQUIRE(app.state().home.banks.size() >= 2);
    CHECK(app.state().home.selected == 0);
    ui.settle(app.state(), 3);
    auto press = [&](ImGuiKey key) {
        ui.key(key);
        for (int i = 0; i < 3; ++i) {
            const Intent intent = ui.frame(app.state());
            if (has_intent(intent)) app.controller->apply(intent);
        }
    };
    press(ImGuiKey_DownArrow);
    CHECK(app.state().home.selected == 1);
    press(ImGuiKey_UpArrow);
    CHECK(app.state().home.selected == 0);
    press(ImGuiKey_UpArrow);  // past the top: ImGui's own move, the bank stays
    CHECK(app.state().home.selected == 0);
}
