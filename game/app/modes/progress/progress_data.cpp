#include "app/modes/progress/progress_data.h"

#include "core/bank/model.h"
#include "core/stats/progress.h"
#include "core/store/store.h"
#include "core/study/calibration.h"
#include "core/time/calendar.h"

namespace statecraft {

namespace {

std::string category_label(const std::vector<const Bank*>& banks, const std::string& id) {
    for (const Bank* bank : banks)
        if (const Category* c = bank->find_category(id)) return c->title;
    return id;
}

void fill_figures(const Progress& p, const std::vector<const Bank*>& banks, ProgressPage& page) {
    page.today = p.today;
    page.attempts = p.overall.attempts;
    page.accuracy = p.overall.accuracy();
    page.streak_days = p.streak_days;
    for (const CategoryTotals& c : p.categories)
        page.categories.push_back({c.category, category_label(banks, c.category), c.totals.attempts,
                                   c.totals.accuracy()});
    for (const DayTotals& d : p.days)
        page.days.push_back(
            {d.day, time::format_day(d.day), d.totals.attempts, d.totals.accuracy()});
    for (const SessionRow& s : p.recent_sessions) {
        ProgressPage::Session row;
        row.id = s.id;
        row.bank_id = s.bank_id;
        row.mode = s.mode;
        row.started = time::format_local_minute(s.started_ms);
        row.finished = s.ended_ms.has_value();
        row.score = s.score;
        row.max_score = s.max_score;
        row.attempts = s.attempts;
        row.accuracy = s.attempts ? s.score_sum / static_cast<double>(s.attempts) : 0.0;
        page.sessions.push_back(std::move(row));
    }
    page.session_count = p.session_count;
    page.overridden = p.overridden;
    for (const BankBest& b : p.best_by_bank)
        page.best.push_back({b.bank_id, b.best_ratio, b.score, b.max_score, b.sessions});
    for (const WeakQuestion& w : p.weakest) {
        std::string prompt;  // students know a question by its text, not its id
        for (const Bank* bank : banks)
            if (bank->id == w.bank_id)
                if (const Question* q = bank->find_question(w.question_id)) prompt = q->prompt;
        page.weakest.push_back({w.bank_id, w.question_id, prompt, w.category, w.attempts,
                                w.recent_accuracy, to_string(w.version)});
    }
}

void fill_calibration(const CalibrationReport& r, ProgressPage& page) {
    page.confident_answers = r.answers;
    page.without_confidence = r.without_confidence;
    page.brier = r.brier;
    for (const LevelCalibration& l : r.levels)
        page.levels.push_back({to_string(l.level), l.answers, l.accuracy, l.claimed, l.ideal.low,
                               l.ideal.high, to_string(l.judgement)});
    for (const DailyBrier& d : r.by_day)
        page.brier_days.push_back({time::format_day(time::local_day(d.day_start_ms)), d.answers,
                                   d.brier, d.cumulative_brier});
}

}  // namespace

ProgressPage load_progress_page(Store& store, const std::string& profile,
                                const ProgressPageOptions& options) {
    ProgressPage page;
    page.profile = profile;
    page.today = time::local_day(options.now_ms);
    if (profile.empty()) {
        page.error = "No profile chosen.";
        return page;
    }
    ProgressRows rows;
    std::string error;
    if (!store.progress_rows(profile, {options.sessions, ProgressSource::totals}, rows, error)) {
        page.error = error;
        return page;
    }
    // The same options as `statecraft stats`: today from the local calendar, weak questions
    // marked against the banks as loaded now.
    QuestionVersions versions;
    for (const Bank* bank : options.banks) versions.add_bank(*bank);
    ProgressOptions progress_options;
    progress_options.today = page.today;
    progress_options.weakest_limit = options.weakest;
    progress_options.versions = &versions;
    fill_figures(compute_progress(rows, progress_options), options.banks, page);

    std::vector<MarkedAnswer> answers;
    const bool read = store.for_each_attempt(
        profile,
        [&answers](const AttemptExportRow& a) {
            MarkedAnswer m;
            m.score = a.score;
            if (a.confidence && *a.confidence >= 1 && *a.confidence <= 3)
                m.confidence = static_cast<Confidence>(*a.confidence);
            m.answered_ms = a.answered_ms;
            answers.push_back(m);
        },
        error);
    if (!read) {
        page.error = error;
        return page;
    }
    DayClock clock;
    clock.utc_offset_ms = options.utc_offset_ms;
    fill_calibration(calibrate(answers, clock), page);
    page.loaded = true;
    return page;
}

}  // namespace statecraft
