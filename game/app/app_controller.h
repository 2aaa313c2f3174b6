// The app's state and the one place that changes it: screens return intents, apply() carries
// them out with the core (sessions, checking) and records what the window must do.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

#include "app/bank_catalog.h"
#include "core/session/clock.h"
#include "ui/app_state.h"
#include "ui/intent.h"

namespace statecraft {

struct ControllerOptions {
    std::optional<std::uint64_t> seed;    // first quiz's seed (then seed+1, ...); else random
    std::filesystem::path results_out;    // written when a quiz is finished, if set
    std::filesystem::path settings_file;  // scale and contrast changes saved here, if set
    std::optional<BankSources> catalog;   // scanned again after the editor saves, if set
};

// What the frame loop must do after an intent (the window owns scale, contrast and quitting).
struct WindowRequests {
    bool quit = false;
    std::optional<float> ui_scale;
    std::optional<bool> high_contrast;
};

inline constexpr int kDefaultQuestionCount = 10;

class AppController {
  public:
    AppController(AppState state, const Clock& clock, ControllerOptions options);

    const AppState& state() const { return state_; }
    void apply(const Intent& intent);
    // Requests gathered since the last call.
    WindowRequests take_requests();

    // Once per frame: the editor's recovery copy on the controller's clock.
    void tick();
    // The window's close button: false while the editor asks about unsaved changes.
    bool close_requested();

    // The number of questions the Home settings currently offer.
    int available_questions() const;

  private:
    void select_bank(int index);
    void clamp_count();
    void start_quiz();
    void begin_session(QuizSession session);
    void enter_question();
    void next();
    void write_results();
    void persist_settings();
    std::uint64_t next_seed();

    void on(const intent::SelectBank& i);
    void on(const intent::ToggleCategory& i);
    void on(const intent::SetAllCategories& i);
    void on(const intent::SetQuestionCount& i);
    void on(const intent::SetShuffle& i);
    void on(const intent::StartQuiz&) { start_quiz(); }
    void on(const intent::ResumeQuiz&);
    void on(const intent::ChooseChoice& i);
    void on(const intent::ChooseTruth& i);
    void on(const intent::SetMatch& i);
    void on(const intent::SetCursor& i);
    void on(const intent::MoveItem& i);
    void on(const intent::SetText& i);
    void on(const intent::Submit& i);
    void on(const intent::Next&) { next(); }
    void on(const intent::OpenBriefing& i);
    void on(const intent::Back&);
    void on(const intent::GoHome&) { state_.screen = Screen::home; }
    void on(const intent::RetryMissed&);
    void on(const intent::SetUiScale& i);
    void on(const intent::SetHighContrast& i);
    void on(const intent::Quit&) { requests_.quit = true; }
    void on(const intent::Editor& i);
    void on(const std::monostate&) {}

    bool answering() const;  // a question is shown and not yet submitted

    AppState state_;
    const Clock* clock_;
    ControllerOptions options_;
    WindowRequests requests_;
    std::uint64_t seed_;
};

}  // namespace statecraft
