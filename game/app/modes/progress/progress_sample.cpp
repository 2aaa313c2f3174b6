// The --screen progress sample: real answers through the controller on three days, plus a
// session answered with confidence written to the store, then the Progress screen.
#include "app/sample_state.h"
#include "core/study/day_clock.h"

namespace statecraft {

namespace {

constexpr SampleQuality kRight = SampleQuality::right;
constexpr SampleQuality kWrong = SampleQuality::wrong;
constexpr SampleQuality kPartial = SampleQuality::partial;

// One quiz of the selected bank, answered with these qualities in turn.
void sample_quiz(AppController& c, ManualClock& clock, std::initializer_list<SampleQuality> q) {
    c.apply(intent::Home{home_cmd::SetQuestionCount{static_cast<int>(q.size())}});
    c.apply(intent::Home{home_cmd::StartQuiz{}});
    for (SampleQuality quality : q) {
        if (!c.state().quiz.session || c.state().quiz.session->finished()) break;
        for (const Intent& i : sample_answer_intents(c.state(), quality)) c.apply(i);
        clock.advance(12'000);
        c.apply(intent::Practice{practice_cmd::Submit{}});
        c.apply(intent::Practice{practice_cmd::Next{}});
    }
    c.apply(intent::Home{home_cmd::GoHome{}});
}

// A session with a confidence on every answer: sure and mostly right, unsure and half right.
void confident_session(Store& store, const AppController& c, std::int64_t at) {
    const HomeState& home = c.state().home;
    const Bank& bank = home.banks[home.selected].loaded->bank;
    SessionImport s;
    s.start = {c.state().scores.profile, bank.id, home.banks[home.selected].loaded->content_hash,
               "practice", at};
    static constexpr struct {
        int confidence;
        double score;
    } kAnswers[] = {{3, 1}, {3, 1}, {3, 0}, {3, 1}, {2, 1}, {2, 0}, {2, 1}, {1, 0}, {1, 1}, {1, 0}};
    int n = 0;
    for (const auto& a : kAnswers) {
        const Question& q = bank.questions[n % bank.questions.size()];
        AttemptRecord r = AttemptRecord::for_question(q);
        r.score = a.score;
        r.correct = a.score >= 1;
        r.confidence = static_cast<Confidence>(a.confidence);
        r.time_ms = 9'000;
        r.answered_ms = at + (++n) * 10'000;
        s.attempts.push_back(r);
    }
    s.end = SessionEnd{at + 200'000, 6.0, 10.0};
    store.import_sessions({&s, 1});
}

}  // namespace

std::string drive_to_progress_sample(AppController& c, ManualClock& clock, Store* store) {
    StoreCounts counts;
    std::string error;
    const bool fresh = !store || (store->counts(counts, error) && counts.attempts == 0);
    if (fresh && c.state().home.selected >= 0) {
        // Three days ago, two days ago, yesterday and today: a streak of four days.
        sample_quiz(c, clock, {kWrong, kRight, kWrong, kPartial});
        clock.advance(kMsPerDay);
        sample_quiz(c, clock, {kRight, kWrong, kRight, kPartial, kWrong});
        if (store) confident_session(*store, c, kSampleWallMs + clock.now_ms() + 600'000);
        clock.advance(kMsPerDay);
        sample_quiz(c, clock, {kRight, kRight, kPartial, kRight, kWrong, kRight});
        clock.advance(kMsPerDay);
        sample_quiz(c, clock, {kRight, kRight, kRight, kPartial, kRight, kWrong});
    }
    c.apply(intent::Progress{progress_cmd::Open{}});
    return {};
}

}  // namespace statecraft
