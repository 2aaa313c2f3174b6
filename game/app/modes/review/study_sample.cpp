#include "app/modes/review/study_sample.h"

#include <unistd.h>

#include "app/sample_state.h"
#include "core/store/data_dir.h"
#include "core/store/store.h"
#include "core/study/day_clock.h"

namespace statecraft {

namespace {

constexpr std::int64_t kThinkingMs = 14'000;

void answer(AppController& c, ManualClock& clock, SampleQuality quality, int confidence) {
    for (const Intent& i : sample_answer_intents(c.state(), quality)) c.apply(i);
    if (confidence > 0) c.apply(intent::Practice{practice_cmd::SetConfidence{confidence}});
    clock.advance(kThinkingMs);
    c.apply(intent::Practice{practice_cmd::Submit{}});
}

}  // namespace

bool is_study_screen(Screen screen) {
    return screen == Screen::review || screen == Screen::exam || screen == Screen::exam_results;
}

std::string drive_to_study_sample(AppController& c, ManualClock& clock, Screen screen) {
    if (c.state().home.selected < 0) return "no bank to show (check --bank and questions/)";
    if (screen == Screen::review) {
        c.apply(intent::Review{review_cmd::Start{c.state().home.selected}});
        if (!c.state().quiz.session) return c.state().study.message;
        static constexpr SampleQuality kCycle[] = {SampleQuality::right, SampleQuality::wrong,
                                                   SampleQuality::right, SampleQuality::partial};
        for (int i = 0; i < 1000 && !c.state().quiz.session->finished(); ++i) {
            answer(c, clock, kCycle[i % 4], 0);
            c.apply(intent::Practice{practice_cmd::Next{}});
        }
        c.apply(intent::Home{home_cmd::GoHome{}});
        clock.advance(kMsPerDay + 6 * kMsPerHour);
        c.apply(intent::Review{review_cmd::Open{}});
        return {};
    }
    c.apply(intent::Exam{exam_cmd::Open{}});
    c.apply(intent::Exam{exam_cmd::SetMinutes{15}});
    c.apply(intent::Exam{exam_cmd::Start{}});
    if (!c.state().exam.run) return c.state().home.message;
    answer(c, clock, SampleQuality::right, 3);
    answer(c, clock, SampleQuality::wrong, 2);
    for (const Intent& i : sample_answer_intents(c.state(), SampleQuality::partial)) c.apply(i);
    c.apply(intent::Practice{practice_cmd::SetConfidence{2}});
    clock.advance(4 * kMsPerMinute + 23'000);
    if (screen == Screen::exam_results) {
        clock.advance(15 * kMsPerMinute);
        c.tick();
    }
    return {};
}

}  // namespace statecraft
