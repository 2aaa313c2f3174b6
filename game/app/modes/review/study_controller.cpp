// The controller's spaced-review side: the Review screen's rows, review sessions over the FSRS
// queue, and the card update after every practice or review answer.
#include <algorithm>
#include <cmath>

#include "app/app_controller.h"
#include "core/session/answer_check.h"
#include "core/settings/settings.h"
#include "core/store/store.h"
#include "core/study/rating.h"
#include "core/study/review_queue.h"
#include "core/time/calendar.h"

namespace statecraft {

namespace {

// The questions that can be cards: a poll has no right answer to remember.
std::vector<std::string> question_ids(const Bank& bank) {
    std::vector<std::string> ids;
    ids.reserve(bank.questions.size());
    for (const Question& q : bank.questions)
        if (is_graded(q.type)) ids.push_back(q.id);
    return ids;
}

}  // namespace

std::int64_t AppController::wall_now_ms() const {
    return options_.wall_ms ? options_.wall_ms() : system_now_ms();
}

StudySettings AppController::study_settings() const {
    StudySettings s;
    s.desired_retention = state_.study.desired_retention;
    s.new_cards_per_day = state_.study.new_cards_per_day;
    // Study days roll over at 4 a.m. local time. An injected clock (tests, screenshots) keeps
    // UTC days so results do not depend on TZ.
    if (!options_.wall_ms) s.day_clock.utc_offset_ms = local_utc_offset_ms(wall_now_ms());
    return s;
}

void AppController::refresh_review_rows() {
    StudyState& st = state_.study;
    st.banks.clear();
    st.next_due_ms.reset();
    st.now_ms = wall_now_ms();
    const StudySettings settings = study_settings();
    for (const BankEntry& entry : state_.home.banks) {
        const Bank& bank = entry.loaded->bank;
        ReviewBankRow row{bank.id, bank.title, {}, std::nullopt};
        CardStates cards;
        std::string error;
        if (options_.store && !st.profile.empty() &&
            !scores_.read()->load_cards(st.profile, bank.id, cards, error))
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

void AppController::on(const intent::OpenReview&) {
    state_.study.message.clear();
    refresh_review_rows();
    state_.screen = Screen::review;
}

void AppController::on(const intent::SetNewCardsPerDay& i) {
    state_.study.new_cards_per_day = std::clamp(i.count, 0, kMaxNewCardsPerDay);
    persist_study_settings();
    refresh_review_rows();
}

void AppController::on(const intent::SetDesiredRetention& i) {
    const double r = std::clamp(i.retention, kMinDesiredRetention, kMaxDesiredRetention);
    state_.study.desired_retention = std::round(r * 100) / 100;
    persist_study_settings();
    refresh_review_rows();
}

void AppController::persist_study_settings() {
    if (options_.settings_file.empty()) return;
    Settings settings = load_settings(options_.settings_file).settings;  // keep the other fields
    settings.new_cards_per_day = state_.study.new_cards_per_day;
    settings.desired_retention = state_.study.desired_retention;
    std::string error;
    if (!save_settings(options_.settings_file, settings, error))
        state_.study.message = "Could not save the settings: " + error;
}

void AppController::on(const intent::StartReview& i) {
    HomeState& h = state_.home;
    StudyState& st = state_.study;
    if (i.bank < 0 || i.bank >= static_cast<int>(h.banks.size())) return;
    const BankEntry& entry = h.banks[i.bank];
    CardStates cards;
    std::string error;
    if (options_.store && !st.profile.empty() &&
        !scores_.read()->load_cards(st.profile, entry.loaded->bank.id, cards, error)) {
        st.message = error;
        return;
    }
    const std::vector<std::string> ids = question_ids(entry.loaded->bank);
    const ReviewQueue queue = build_review_queue(ids, cards, wall_now_ms(), study_settings());
    QuizConfig config;
    for (const QueueItem& item : queue.due_now) config.question_ids.push_back(item.question_id);
    for (const std::string& id : queue.new_cards) config.question_ids.push_back(id);
    if (config.question_ids.empty()) {
        st.message = "Nothing to review in " + entry.loaded->bank.title + " now.";
        return;
    }
    config.seed = next_seed();
    auto session = QuizSession::start(entry.bank(), config, *clock_, error,
                                      {{}, entry.loaded->content_hash, SessionMode::review});
    if (!session) {
        st.message = "Cannot start the review: " + error + ".";
        return;
    }
    st.message.clear();
    st.reviewed = 0;
    begin_session(std::move(*session));
}

void AppController::on(const intent::SetConfidence& i) {
    if (!answering()) return;
    const std::optional<Confidence> level = confidence_from_number(i.level);
    // The same level again clears it: confidence is optional.
    state_.practice.confidence = state_.practice.confidence == level ? std::nullopt : level;
}

void AppController::update_card_after_answer() {
    StudyState& st = state_.study;
    if (!state_.session || !options_.store || st.profile.empty()) return;
    const QuizSession& s = *state_.session;
    if (!is_self_study(s.origin().mode)) return;
    const auto& attempt = s.attempt(s.index());
    const Question& q = *s.current().question;
    if (!attempt || !is_graded(q.type)) return;
    const Rating rating =
        rating_from_answer(attempt->score, attempt->elapsed_ms, expected_answer_ms(q));
    // On the writer's thread, in order with the answers: the stored card is read back there
    // (another window may have reviewed it since this one started), then the new one saved.
    scores_.post([profile = st.profile, bank_id = s.bank().id, question_id = q.id, rating,
                  now = wall_now_ms(), settings = study_settings()](Store& store) {
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
