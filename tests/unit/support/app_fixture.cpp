#include "support/app_fixture.h"

#include <doctest/doctest.h>

#include "app/bank_catalog.h"

namespace statecraft::testing {

AppFixture::AppFixture(ControllerOptions options) {
    AppState state;
    BankSources sources;
    sources.extra =
        std::filesystem::path(STATECRAFT_SOURCE_DIR) / "questions/examples/all-types.json";
    scan_banks(state.home, sources);
    REQUIRE(state.home.selected == 0);
    if (!options.seed) options.seed = 7;
    controller = std::make_unique<AppController>(std::move(state), clock, options);
}

void AppFixture::go_to_question(const std::string& id, Draft draft) {
    SampleOptions sample{Screen::practice, id, draft == Draft::submitted, draft != Draft::none};
    REQUIRE(drive_to_sample(*controller, clock, sample).empty());
    REQUIRE(state().quiz.session->current().question->id == id);
}

}  // namespace statecraft::testing
