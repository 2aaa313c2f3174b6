// An app controller over the shipped example bank (all six types), for UI and controller tests.
#pragma once

#include <memory>
#include <string>

#include "app/app_controller.h"
#include "app/sample_state.h"
#include "core/session/clock.h"

namespace statecraft::testing {

struct AppFixture {
    ManualClock clock{0};
    std::unique_ptr<AppController> controller;

    // Home with questions/examples/all-types.json selected; seed fixed.
    explicit AppFixture(ControllerOptions options = {});
    const AppState& state() const { return controller->state(); }
    void apply(const Intent& i) { controller->apply(i); }
    // An unshuffled quiz of the whole bank, at the question with this id: nothing chosen yet,
    // a sample (partly right) answer chosen, or that answer submitted.
    enum class Draft { none, answered, submitted };
    void go_to_question(const std::string& id, Draft draft = Draft::none);
};

}  // namespace statecraft::testing
