#include "app/modes/review/review_controller.h"

#include <algorithm>
#include <cmath>

#include "app/modes/practice/quiz_flow.h"
#include "core/session/answer_check.h"
#include "core/settings/settings.h"
#include "core/store/store.h"
#include "core/study/rating.h"
#include "core/study/review_queue.h"
#include "core/time/calendar.h"

namespace statecraft {

namespace {

using namespace review_cmd;

// The questions that can be cards: a poll has no right answer to remember.
std::vector<std::string> question_ids(const Bank& bank) {
    std::vector<std::string> ids;
    ids.reserve(bank.questions.size());
    for (const Question& q : bank.questions)
        if (is_graded(q.type)) ids.push_back(q.id);
    return ids;
}

bool saves_cards(const StudyState& study, const Services& services) {
    return services.options.store && !study.profile.empty();
}

void persist_study_settings(StudyState& study, const Services& services) {
    const std::filesystem::path& file = services.options.settings_file;
    if (file.empty()) return;
    settings::Settings settings = settings::load_settings(file).settings;  // keep the other fields
    settings.new_cards_per_day = study.new_cards_per_day;
    settings.desired_retention = study.desired_retention;
    std::string error;
    if (!settings::save_settings(file, settings, error))
        study.message = "Could not save the settings: " + error;
}

void apply(AppState& state, const Open&, Services& services) {
    state.study.message.clear();
    refresh_review_rows(state, services);
    state.screen = Screen::review;
}

void apply(AppState& state, const SetNewCardsPerDay& c, Services& services) {
    state.study.new_cards_per_day = std::clamp(c.count, 0, settings::kMaxNewCardsPerDay);
    persist_study_settings(state.study, services);
    refresh_review_rows(state, services);
}

void apply(AppState& state, const SetDesiredRetention& c, Services& services) {
    const double r =
        std::clamp(c.retention, settings::kMinDesiredRetention, settings::kMaxDesiredRetention);
    state.study.desired_retention = std::round(r * 100) / 100;
    persist_study_settings(state.study, services);
    refresh_review_rows(state, services);
}

void apply(AppState& state, const Start& c, Services& services) {
    HomeState& h = state.home;
    StudyState& st = state.study;
    if (c.bank < 0 || c.bank >= static_cast<int>(h.banks.size())) return;
    const BankEntry& entry = h.banks[c.bank];
    CardStates cards;
    std::string error;
    if (saves_cards(st, services) &&
        !services.scores.read()->load_cards(st.profile, entry.loaded->bank.id, cards, error)) {
        st.message = error;
        return;
    }
    const std::vector<std::string> ids = question_ids(entry.loaded->bank);
    const ReviewQueue queue =
        build_review_queue(ids, cards, services.wall_now_ms(), study_settings(st, services));
    QuizConfig config;
    for (const QueueItem& item : queue.due_now) config.question_ids.push_back(item.question_id);
    for (const std::string& id : queue.new_cards) config.question_ids.push_back(id);
    if (config.question_ids.empty()) {
        st.message = "Nothing to review in " + entry.loaded->bank.title + " now.";
        return;
    }
    config.seed = services.next_seed();
    auto session = QuizSession::start(entry.bank(), config, services.clock, error,
                                      {{}, entry.loaded->content_hash, SessionMode::review});
    if (!session) {
        st.message = "Cannot start the review: " + error + ".";
        return;
    }
    st.message.clear();
    st.reviewed = 0;
    begin_session(state, services, std::move(*session));
}

}  // namespace

void apply_review_command(AppState& state, const ReviewCommand& command, Services& services) {
    std::visit([&](const auto& c) { apply(state, c, services); }, command);
}

StudySettings study_settings(const StudyState& study, const Services& services) {
    StudySettings s;
    s.desired_retention = study.desired_retention;
    s.new_cards_per_day = study.new_cards_per_day;
    // Study days roll over at 4 a.m. local time. An injected clock (tests, screenshots) keeps
    // UTC days so results do not depend on TZ.
    if (!services.options.wall_ms)
        s.day_clock.utc_offset_ms = time::local_utc_offset_ms(services.wall_now_ms());
    return s;
}

void refresh_review_rows(AppState& state, Services& services) {
    StudyState& st = state.study;
    st.banks.clear();
    st.next_due_ms.reset();
    st.now_ms = services.wall_now_ms();
    const StudySettings settings = study_settings(st, services);
    for (const BankEntry& entry : state.home.banks) {
        const Bank& bank = entry.loaded->bank;
        ReviewBankRow row{bank.id, bank.title, {}, std::nullopt};
        CardStates cards;
        std::string error;
        if (saves_cards(st, services) &&
            !services.scores.read()->load_cards(st.profile, bank.id, cards, error))
            st.message = error;
        const std::vector<std::string> ids = question_ids(bank);
        row.counts = build_review_queue(ids, cards, st.now_ms, settings).counts;
        for (const auto& [id, card] : cards) {
            if (card.state == CardPhase::new_card || card.due_ms <= st.now_ms) continue;
            if (!bank.find_question(id)) continue;  // removed from the bank since
            if (!row.next_due_ms || card.due_ms < *row.next_due_ms) row.next_due_ms = card.due_ms;
        }
        if (row.next_due_ms && (!st.next_due_ms || *row.next_due_ms < *st.next_due_ms))
            st.next_due_ms = row.next_due_ms;
        st.banks.push_back(std::move(row));
    }
}

void update_card_after_answer(AppState& state, Services& services) {
    StudyState& st = state.study;
    if (!state.quiz.session || !saves_cards(st, services)) return;
    const QuizSession& s = *state.quiz.session;
    if (!is_self_study(s.origin().mode)) return;
    const auto& attempt = s.attempt(s.index());
    const Question& q = *s.current().question;
    if (!attempt || !is_graded(q.type)) return;
    const Rating rating =
        rating_from_answer(attempt->score, attempt->elapsed_ms, expected_answer_ms(q));
    // On the writer's thread, in order with the answers: the stored card is read back there
    // (another window may have reviewed it since this one started), then the new one saved.
    services.scores.post([profile = st.profile, bank_id = s.bank().id, question_id = q.id, rating,
                          now = services.wall_now_ms(),
                          settings = study_settings(st, services)](Store& store) {
        CardStates cards;
        std::string error;
        if (!store.load_cards(profile, bank_id, cards, error)) {
            WriteResult failed;
            failed.rejected = true;
            failed.message = "The review card of " + question_id + " was not updated: " + error;
            return failed;
        }
        const auto found = cards.find(question_id);
        const CardState before = found != cards.end() ? found->second : CardState{};
        return store.save_card(profile, bank_id, question_id,
                               review(before, rating, now, settings));
    });
    ++st.reviewed;
}

}  // namespace statecraft
