// Choosing a bank on Home: the same bank again keeps the student's settings; another bank
// takes a count the student set, within its size, and otherwise its own default.
#include <doctest/doctest.h>

#include "app/app_controller.h"
#include "app/bank_catalog.h"
#include "app/modes/home/home_controller.h"
#include "core/session/clock.h"

using namespace statecraft;

namespace {

struct TwoBanks {
    ManualClock clock{0};
    std::unique_ptr<AppController> app;
    int example = -1, article = -1;

    TwoBanks() {
        AppState state;
        BankSources sources;
        sources.shipped = std::filesystem::path(STATECRAFT_SOURCE_DIR) / "questions";
        scan_banks(state.home, sources);
        for (int i = 0; i < static_cast<int>(state.home.banks.size()); ++i) {
            const std::string& id = state.home.banks[i].loaded->bank.id;
            if (id == "example-all-types") example = i;
            if (id == "iran-russia-missiles") article = i;
        }
        REQUIRE(example >= 0);
        REQUIRE(article >= 0);
        ControllerOptions options;
        options.seed = 7;
        app = std::make_unique<AppController>(std::move(state), clock, options);
    }
    const HomeState& home() const { return app->state().home; }
};

}  // namespace

TEST_CASE("home: choosing the chosen bank again keeps its count and categories") {
    TwoBanks t;
    t.app->apply(intent::Home{home_cmd::SelectBank{t.article}});
    CHECK(t.home().question_count == 10);  // the default
    t.app->apply(intent::Home{home_cmd::SetQuestionCount{4}});
    t.app->apply(intent::Home{home_cmd::ToggleCategory{"context"}});
    const auto categories = t.home().categories;
    CHECK(categories.size() == 4);
    t.app->apply(intent::Home{home_cmd::SelectBank{t.article}});
    CHECK(t.home().question_count == 4);
    CHECK(t.home().categories == categories);
}

TEST_CASE("home: another bank takes the count the student set, within its size") {
    TwoBanks t;
    t.app->apply(intent::Home{home_cmd::SelectBank{t.example}});
    const int example_size = available_questions(t.app->state().home);
    t.app->apply(intent::Home{home_cmd::SelectBank{t.article}});
    CHECK(t.home().question_count == 10);  // nothing set yet: the bank's default
    t.app->apply(intent::Home{home_cmd::SetQuestionCount{60}});
    CHECK(t.home().question_count == 60);
    t.app->apply(intent::Home{home_cmd::SelectBank{t.example}});
    CHECK(t.home().question_count == example_size);  // 60 does not fit: all of it
    CHECK(t.home().categories.size() == t.home().banks[t.example].loaded->bank.categories.size());
    t.app->apply(intent::Home{home_cmd::SelectBank{t.article}});
    CHECK(t.home().question_count == example_size);  // what was left, not the default
}
