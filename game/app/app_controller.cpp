#include "app/app_controller.h"

#include "app/modes/classroom/classroom_controller.h"
#include "app/modes/editor/editor_controller.h"
#include "app/modes/live/live_controller.h"
#include "app/modes/live/live_journal.h"

#include <algorithm>
#include <random>

#include "app/modes/progress/progress_data.h"
#include "core/io/atomic_file.h"
#include "core/session/answer.h"
#include "core/session/answer_check.h"
#include "core/session/results_json.h"
#include "core/settings/settings.h"
#include "core/time/calendar.h"
#include "core/util/list_moves.h"

namespace statecraft {

AppController::AppController(AppState state, const Clock& clock, ControllerOptions options)
    : state_(std::move(state)),
      clock_(&clock),
      options_(std::move(options)),
      scores_(options_.store, [this] { return wall_now_ms(); }) {  // one wall clock for all
    seed_ = options_.seed ? *options_.seed : std::random_device{}();
    state_.study.profile = options_.profile;
    state_.study.new_cards_per_day = options_.new_cards_per_day;
    state_.study.desired_retention = options_.desired_retention;
    scores_.start(state_.scores, options_.profile);
    if (state_.home.selected < 0 && !state_.home.banks.empty()) state_.home.selected = 0;
    if (state_.home.selected >= 0) select_bank(state_.home.selected);
}

WindowRequests AppController::take_requests() {
    return std::exchange(requests_, {});
}

void AppController::apply(const Intent& intent) {
    std::visit([this](const auto& i) { on(i); }, intent);
}

int AppController::available_questions() const {
    const HomeState& h = state_.home;
    if (h.selected < 0) return 0;
    const Bank& bank = h.banks[h.selected].loaded->bank;
    return static_cast<int>(
        std::count_if(bank.questions.begin(), bank.questions.end(), [&](const Question& q) {
            return std::find(h.categories.begin(), h.categories.end(), q.category) !=
                   h.categories.end();
        }));
}

bool AppController::answering() const {
    return state_.session && !state_.session->finished() && !state_.practice.outcome;
}

std::uint64_t AppController::next_seed() {
    return seed_++;
}

void AppController::select_bank(int index) {
    HomeState& h = state_.home;
    if (index < 0 || index >= static_cast<int>(h.banks.size())) return;
    h.selected = index;
    h.categories.clear();
    for (const Category& c : h.banks[index].loaded->bank.categories) h.categories.push_back(c.id);
    h.question_count = std::min(kDefaultQuestionCount, std::max(1, available_questions()));
    h.message.clear();
}

void AppController::clamp_count() {
    HomeState& h = state_.home;
    h.question_count = std::clamp(h.question_count, 1, std::max(1, available_questions()));
}

void AppController::on(const intent::SelectBank& i) {
    select_bank(i.index);
}

void AppController::on(const intent::ToggleCategory& i) {
    auto& cats = state_.home.categories;
    auto it = std::find(cats.begin(), cats.end(), i.id);
    if (it != cats.end()) {
        cats.erase(it);
    } else {
        cats.push_back(i.id);
    }
    state_.home.message.clear();
    clamp_count();
}

void AppController::on(const intent::SetAllCategories& i) {
    HomeState& h = state_.home;
    h.categories.clear();
    if (i.on && h.selected >= 0)
        for (const Category& c : h.banks[h.selected].loaded->bank.categories)
            h.categories.push_back(c.id);
    clamp_count();
}

void AppController::on(const intent::SetQuestionCount& i) {
    state_.home.question_count = i.count;
    clamp_count();
}

void AppController::on(const intent::SetShuffle& i) {
    state_.home.shuffle = i.on;
}

void AppController::start_quiz(const char* mode) {
    HomeState& h = state_.home;
    if (h.selected < 0) return;
    const BankEntry& entry = h.banks[h.selected];
    QuizConfig config;
    // Every category chosen means "all", so the results say so and new categories join.
    if (h.categories.size() != entry.loaded->bank.categories.size()) {
        // Keep the bank's order, whatever order the checkboxes were clicked in.
        for (const Category& c : entry.loaded->bank.categories)
            if (std::find(h.categories.begin(), h.categories.end(), c.id) != h.categories.end())
                config.categories.push_back(c.id);
        if (config.categories.empty()) {
            h.message = "Choose at least one category.";
            return;
        }
    }
    config.question_count = h.question_count;
    config.shuffle = h.shuffle;
    config.seed = next_seed();
    config.graded_only = std::string_view(mode) == "exam";
    std::string error;
    auto session = QuizSession::start(entry.bank(), config, *clock_, error);
    if (!session) {
        h.message = "Cannot start: " + error + ".";
        return;
    }
    h.message.clear();
    state_.study.mode = mode;
    session_hash_ = entry.loaded->content_hash;
    begin_session(std::move(*session));
}

void AppController::begin_session(QuizSession session) {
    state_.session = std::move(session);
    state_.scores.notices.clear();  // shown once, on Home
    scores_.begin_session(state_.scores, state_.session->bank().id, session_hash_,
                          state_.study.mode);
    ++state_.session_serial;
    state_.status.clear();
    // "N cards scheduled" counts this session only, never one left unfinished before it.
    state_.study.reviewed = 0;
    state_.study.next_due_ms.reset();
    enter_question();
    state_.screen = Screen::practice;
}

void AppController::enter_question() {
    const QuizSession& s = *state_.session;
    state_.practice = PracticeState{};
    state_.practice.draft = s.initial_answer(s.index());
    if (s.submitted()) state_.practice.outcome = s.outcome(s.index());
}

void AppController::on(const intent::ResumeQuiz&) {
    if (state_.session && !state_.session->finished()) state_.screen = Screen::practice;
}

void AppController::on(const intent::ChooseChoice& i) {
    if (!answering()) return;
    Answer& draft = state_.practice.draft;
    if (draft.type == QuestionType::single || draft.type == QuestionType::poll) {
        draft.choices = {i.id};
    } else if (draft.type == QuestionType::multiple) {
        auto it = std::find(draft.choices.begin(), draft.choices.end(), i.id);
        if (it != draft.choices.end()) {
            draft.choices.erase(it);
        } else {
            draft.choices.push_back(i.id);
        }
    }
}

void AppController::on(const intent::ChooseTruth& i) {
    if (!answering() || state_.practice.draft.type != QuestionType::true_false) return;
    state_.practice.draft.truth = i.value;
}

void AppController::on(const intent::SetMatch& i) {
    if (!answering()) return;
    const Question& q = *state_.session->current().question;
    if (q.type != QuestionType::matching || i.left < 0 ||
        i.left >= static_cast<int>(q.pairs.size()))
        return;
    // Rebuild in the question's order so the answer reads like the question.
    Answer& draft = state_.practice.draft;
    std::vector<std::pair<std::string, std::string>> matches;
    for (int row = 0; row < static_cast<int>(q.pairs.size()); ++row) {
        const std::string& left = q.pairs[row].left;
        std::string right = row == i.left ? i.right : draft.match_for(left);
        if (!right.empty()) matches.emplace_back(left, right);
    }
    draft.matches = std::move(matches);
    // Go on to the next row that still needs a match (keyboard flow), else stay.
    const int rows = static_cast<int>(q.pairs.size());
    for (int step = 1; step <= rows; ++step) {
        int row = (i.left + step) % rows;
        if (draft.match_for(q.pairs[row].left).empty()) {
            state_.practice.cursor = row;
            return;
        }
    }
    state_.practice.cursor = std::min(i.left + 1, rows - 1);
}

void AppController::on(const intent::SetCursor& i) {
    if (!answering()) return;
    const Question& q = *state_.session->current().question;
    int n = q.type == QuestionType::matching ? static_cast<int>(q.pairs.size())
            : q.type == QuestionType::matrix ? static_cast<int>(q.rows.size() * q.columns.size())
                                             : static_cast<int>(state_.practice.draft.order.size());
    if (i.index >= 0 && i.index < n) state_.practice.cursor = i.index;
}

void AppController::on(const intent::SetMatrixCell& i) {
    if (!answering()) return;
    const Question& q = *state_.session->current().question;
    const int rows = static_cast<int>(q.rows.size()), cols = static_cast<int>(q.columns.size());
    if (q.type != QuestionType::matrix || i.row < 0 || i.row >= rows || i.column < 0 ||
        i.column >= cols || (i.mark != "C" && i.mark != "I" && i.mark != "N" && !i.mark.empty()))
        return;
    auto& cells = state_.practice.draft.cells;
    cells.resize(static_cast<std::size_t>(rows));
    for (auto& row : cells) row.resize(static_cast<std::size_t>(cols));
    cells[i.row][i.column] = i.mark;
    // Keyboard flow: on to the next cell, row by row, staying on the last.
    state_.practice.cursor = std::min(i.row * cols + i.column + 1, rows * cols - 1);
}

void AppController::on(const intent::MoveItem& i) {
    if (!answering()) return;
    if (move_in(state_.practice.draft.order, i.from, i.to)) state_.practice.cursor = i.to;
}

void AppController::on(const intent::SetText& i) {
    if (answering()) set_draft_text(state_.practice.draft, i.text);
}

void AppController::on(const intent::Submit& i) {
    if (!answering()) return;
    if (state_.exam && state_.screen == Screen::exam) {
        if (i.text) set_draft_text(state_.practice.draft, *i.text);
        exam_submit();
        return;
    }
    if (i.text) set_draft_text(state_.practice.draft, *i.text);
    if (!is_complete(state_.practice.draft)) return;
    state_.practice.outcome =
        state_.session->submit(state_.practice.draft, state_.practice.confidence);
    record_attempt(state_.session->index());  // the student's history first, then the card
    update_card_after_answer();
}

// Self-study only: an exam or a classroom game is marked by the teacher's key.
void AppController::on(const intent::OverrideAnswer&) {
    if (!state_.session || !state_.practice.outcome || state_.screen != Screen::practice) return;
    if (state_.study.mode != "practice" && state_.study.mode != "review") return;
    QuizSession& s = *state_.session;
    if (!s.override_answer(s.index())) return;
    state_.practice.outcome = s.outcome(s.index());
    scores_.override_attempt(state_.scores, s.current().question->id);
}

void AppController::record_attempt(int i) {
    const QuizSession& s = *state_.session;
    const std::optional<Attempt>& attempt = s.attempt(i);
    // A poll is a view, not an answer: the totals kept per attempt would count it as wrong.
    if (!attempt || !is_graded(s.item(i).question->type)) return;
    std::optional<int> confidence;
    if (attempt->confidence) confidence = static_cast<int>(*attempt->confidence);
    scores_.record_attempt(state_.scores, *s.item(i).question, answer_to_json_text(attempt->answer),
                           attempt->score, attempt->correct, attempt->elapsed_ms, confidence);
}

void AppController::next() {
    if (!state_.session || !state_.practice.outcome || state_.screen != Screen::practice) return;
    QuizSession& s = *state_.session;
    if (!s.next()) return;
    if (s.finished()) {
        const Results results = s.results();
        scores_.end_session(state_.scores, results.score, results.total);
        state_.screen = Screen::results;
        refresh_review_rows();  // "next card due in ..." on the results
        write_results();
    } else {
        enter_question();
    }
}

void AppController::write_results() {
    if (options_.results_out.empty()) return;
    std::string error;
    std::error_code ec;
    const auto folder = options_.results_out.parent_path();
    if (!folder.empty()) std::filesystem::create_directories(folder, ec);  // a failure shows below
    // An exam says which questions were answered (the rest got empty answers at hand-in).
    std::vector<bool> answered;
    if (state_.study.mode == "exam" && state_.exam && state_.exam->finished())
        for (int i = 0; i < state_.session->size(); ++i)
            answered.push_back(state_.exam->answered(i));
    const std::string json =
        results_to_json_text(*state_.session, answered.empty() ? nullptr : &answered);
    if (write_file_atomically(options_.results_out, json, error)) {
        state_.status = "Results saved to " + options_.results_out.string() + ".";
    } else {
        state_.status =
            "Could not save the results to " + options_.results_out.string() + ": " + error;
    }
}

void AppController::on(const intent::OpenBriefing& i) {
    if (!state_.briefing_bank()) return;
    if (state_.screen != Screen::briefing) state_.briefing.back_to = state_.screen;
    state_.briefing.focus_section = i.section_id;
    ++state_.briefing.generation;
    state_.screen = Screen::briefing;
}

void AppController::on(const intent::Back&) {
    switch (state_.screen) {
        case Screen::practice:
        case Screen::results:
        case Screen::progress:
            state_.screen = Screen::home;
            break;
        case Screen::briefing:
            state_.screen = state_.briefing.back_to;
            // The session may have ended meanwhile (it cannot, but never show a dead screen).
            if (state_.screen != Screen::home && !state_.session) state_.screen = Screen::home;
            break;
        case Screen::review:
        case Screen::exam_results:
            state_.screen = Screen::home;
            break;
        case Screen::exam:  // running: Esc asks before handing in (never silently); set-up: Home
            if (state_.exam && !state_.exam->finished()) {
                const ExamView& view = state_.exam_view;
                on(intent::Exam{view.confirm_hand_in ? ExamCommand{exam_cmd::CancelHandIn{}}
                                : view.palette       ? ExamCommand{exam_cmd::ShowPalette{false}}
                                                     : ExamCommand{exam_cmd::AskHandIn{}}});
            } else {
                state_.screen = Screen::home;
            }
            break;
        case Screen::home:
        case Screen::classroom_setup:  // the classroom screens send their own leave command
        case Screen::classroom:
        case Screen::podium:
        case Screen::live_join:  // the live screens send live_cmd::Leave
        case Screen::live_question:
        case Screen::live_distribution:
        case Screen::live_reveal:
        case Screen::live_peer:
        case Screen::live_leaderboard:
        case Screen::live_podium:
        case Screen::editor:  // the editor leaves through intent::editor::Leave (it may ask)
            break;
    }
}

void AppController::on(const intent::RetryMissed&) {
    if (!state_.session) return;
    auto retry = state_.session->retry_missed(next_seed());
    if (retry) begin_session(std::move(*retry));
}

void AppController::on(const intent::Classroom& i) {
    ClassroomContext context{*clock_, requests_, options_.store, wall_now_ms(), 1, {}};
    if (std::holds_alternative<classroom_cmd::Start>(i.command) ||
        std::holds_alternative<classroom_cmd::StartLive>(i.command))
        context.seed = next_seed();
    context.start_live = [this](LiveLaunch launch) {
        if (!live_host_) live_host_ = std::make_shared<LiveHost>();
        if (options_.store && !state_.classroom.sample)
            launch.journal_dir = live_journal_dir(options_.store->path());
        return live_host_->start(std::move(launch), state_);
    };
    apply_classroom_command(state_, i.command, context);
}

void AppController::set_live_view(LiveUiState view, Screen screen) {
    const int selected = state_.live.selected;
    state_.live = std::move(view);
    if (state_.live.selected < 0) state_.live.selected = selected;
    state_.screen = screen;
}

void AppController::on(const intent::Live& i) {
    apply_live_command(state_, i.command);
    if (live_host_) live_host_->frame(state_, options_.store, wall_now_ms());
}

void AppController::on(const intent::SetUiScale& i) {
    state_.ui_scale = std::clamp(i.scale, kMinUiScale, kMaxUiScale);
    requests_.ui_scale = state_.ui_scale;
    persist_settings();
}

void AppController::on(const intent::SetHighContrast& i) {
    state_.high_contrast = i.on;
    requests_.high_contrast = i.on;
    persist_settings();
}

void AppController::on(const intent::Editor& i) {
    for (const Intent& follow : apply_editor(state_, i.action, {*clock_, options_.catalog}))
        apply(follow);
}

bool AppController::close_requested() {
    return editor_allows_close(state_);
}

void AppController::persist_settings() {
    if (options_.settings_file.empty()) return;
    Settings settings = load_settings(options_.settings_file).settings;  // keep the other fields
    settings.ui_scale = state_.ui_scale;
    settings.high_contrast = state_.high_contrast;
    if (!state_.scores.profile.empty()) settings.last_profile = state_.scores.profile;
    std::string error;
    if (!statecraft::save_settings(options_.settings_file, settings, error))
        state_.status = "Could not save the settings: " + error;
}

}  // namespace statecraft

namespace statecraft {

void AppController::on(const intent::Quit&) {
    scores_.sync(state_.scores);
    // Unsaved answers: warn once; a second Quit leaves (the store tries once more on closing).
    if (state_.scores.pending > 0 && !state_.scores.quit_warned) {
        state_.scores.quit_warned = true;
        return;
    }
    requests_.quit = true;
}

void AppController::on(const intent::ChooseProfile& i) {
    scores_.choose_profile(state_.scores, i.name);
    persist_settings();
    if (state_.screen == Screen::progress) refresh_progress();
}

void AppController::on(const intent::CreateProfile& i) {
    scores_.create_profile(state_.scores, i.name);
    if (state_.scores.profile_message.empty()) persist_settings();
}

void AppController::refresh_progress() {
    ProgressPageOptions options;
    options.now_ms = scores_.now_ms();
    options.utc_offset_ms = local_utc_offset_ms(options.now_ms);
    for (const BankEntry& entry : state_.home.banks) options.banks.push_back(&entry.loaded->bank);
    if (Store* store = scores_.store()) {
        state_.scores.progress = load_progress_page(*store, state_.scores.profile, options);
    } else {
        state_.scores.progress = ProgressPage{};
        state_.scores.progress.profile = state_.scores.profile;
        state_.scores.progress.error = "No score database is open.";
    }
    scores_.sync(state_.scores);
}

void AppController::on(const intent::OpenProgress&) {
    refresh_progress();
    state_.scores.notices.clear();  // shown once, on Home
    state_.screen = Screen::progress;
}

void AppController::on(const intent::PractiseWeakest&) {
    const auto& weakest = state_.scores.progress.weakest;
    if (weakest.empty()) return;
    // The weakest question's bank, if it is loaded; its weak questions that still exist.
    const std::string& bank_id = weakest.front().bank_id;
    const auto& banks = state_.home.banks;
    auto entry = std::find_if(banks.begin(), banks.end(),
                              [&](const BankEntry& e) { return e.loaded->bank.id == bank_id; });
    if (entry == banks.end()) {
        state_.scores.progress.error = "The bank \"" + bank_id + "\" is not loaded.";
        return;
    }
    QuizConfig config;
    for (const auto& w : weakest)
        if (w.bank_id == bank_id && entry->loaded->bank.find_question(w.question_id))
            config.question_ids.push_back(w.question_id);
    if (config.question_ids.empty()) return;
    config.question_count = 0;
    config.shuffle = state_.home.shuffle;
    config.seed = next_seed();
    std::string error;
    auto session = QuizSession::start(entry->bank(), config, *clock_, error);
    if (!session) {
        state_.scores.progress.error = "Cannot start: " + error + ".";
        return;
    }
    session_hash_ = entry->loaded->content_hash;
    begin_session(std::move(*session));
}

void AppController::on(const intent::RetryWrites&) {
    scores_.retry(state_.scores);
}

}  // namespace statecraft
