#include "core/stats/progress_report.h"

#include <cmath>
#include <cstdio>
#include <nlohmann/json.hpp>

#include "core/io/csv.h"
#include "core/time/calendar.h"

namespace statecraft {

namespace {

using ojson = nlohmann::ordered_json;

double round4(double x) {
    return std::round(x * 10000.0) / 10000.0;
}

std::string percent(double ratio) {
    return std::to_string(static_cast<int>(std::lround(ratio * 100.0))) + "%";
}

// 18, 17.5, 0.6667: no trailing zeros.
std::string number(double x, int decimals = 2) {
    char buf[48];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, x);
    std::string s = buf;
    while (s.back() == '0') s.pop_back();
    if (s.back() == '.') s.pop_back();
    return s;
}

std::string ratio4(double x) {
    return number(x, 4);
}

std::string bar(double ratio, int width = 20) {
    int filled = static_cast<int>(std::lround(std::clamp(ratio, 0.0, 1.0) * width));
    return std::string(static_cast<std::size_t>(filled), '#') +
           std::string(static_cast<std::size_t>(width - filled), '-');
}

std::string pad(std::string s, std::size_t width) {
    if (s.size() < width) s.append(width - s.size(), ' ');
    return s;
}

std::string duration(std::int64_t ms) {
    std::int64_t minutes = ms / 60000;
    if (minutes < 60) return std::to_string(minutes) + " min";
    return std::to_string(minutes / 60) + " h " + std::to_string(minutes % 60) + " min";
}

std::string plural(std::int64_t n, const char* one, const char* many) {
    return std::to_string(n) + " " + (n == 1 ? one : many);
}

// A session's result: its own score when it has one, else the mean of its attempts.
std::string session_result(const SessionRow& s) {
    if (s.score && s.max_score && *s.max_score > 0)
        return number(*s.score) + "/" + number(*s.max_score) + " (" +
               percent(*s.score / *s.max_score) + ")";
    if (s.attempts > 0)
        return percent(s.score_sum / static_cast<double>(s.attempts)) + " of answers";
    return "no answers";
}

ojson accuracy_json(const Totals& a) {
    return {{"attempts", a.attempts},
            {"correct", a.correct},
            {"accuracy", round4(a.accuracy())},
            {"time_ms", a.time_ms}};
}

}  // namespace

std::string progress_text(const Progress& p) {
    std::string out = "Progress of " + p.profile + " (today " + time::format_day(p.today) + ")\n";
    if (p.overall.attempts == 0 && p.session_count == 0) return out + "Nothing answered yet.\n";
    out += "Overall: " + percent(p.overall.accuracy()) + " over " +
           plural(p.overall.attempts, "answer", "answers") + " (" +
           std::to_string(p.overall.correct) + " correct), " + duration(p.overall.time_ms) +
           " answering\n";
    out += "Days studied in a row: " + std::to_string(p.streak_days) + " (" +
           plural(static_cast<std::int64_t>(p.days.size()), "day", "days") + " studied in all)\n";

    out += "\nAccuracy by category\n";
    for (const CategoryTotals& c : p.categories)
        out += "  " + pad(c.category, 18) + " " + bar(c.totals.accuracy()) + " " +
               pad(percent(c.totals.accuracy()), 5) + " (" +
               plural(c.totals.attempts, "answer", "answers") + ")\n";

    std::size_t first_day = p.days.size() > kTextDaysShown ? p.days.size() - kTextDaysShown : 0;
    out += "\nAccuracy by day";
    if (first_day > 0)
        out += " (latest " + std::to_string(kTextDaysShown) + "; --format json or csv for all)";
    out += "\n";
    for (std::size_t i = first_day; i < p.days.size(); ++i) {
        const DayTotals& d = p.days[i];
        out += "  " + time::format_day(d.day) + "  " + bar(d.totals.accuracy()) + " " +
               pad(percent(d.totals.accuracy()), 5) + " (" +
               plural(d.totals.attempts, "answer", "answers") + ")\n";
    }

    out += "\nSessions (" + std::to_string(p.recent_sessions.size()) + " newest of " +
           std::to_string(p.session_count) + ")\n";
    if (p.overridden > 0)
        out += "  " + plural(p.overridden, "answer", "answers") +
               " marked \"I was right\" (counted as wrong above)\n";
    for (const SessionRow& s : p.recent_sessions)
        out += "  " + time::format_local_minute(s.started_ms) + "  " + pad(s.mode, 10) + " " +
               pad(s.bank_id, 24) + " " + session_result(s) + ", " +
               plural(s.attempts, "answer", "answers") + (s.ended_ms ? "" : ", not finished") +
               "\n";

    out += "\nBest score per bank\n";
    if (p.best_by_bank.empty()) out += "  (no finished session with a score yet)\n";
    for (const BankBest& b : p.best_by_bank)
        out += "  " + pad(b.bank_id, 24) + " " + pad(percent(b.best_ratio), 5) + " (" +
               number(b.score) + "/" + number(b.max_score) + " on " +
               time::format_local_minute(b.ended_ms).substr(0, 10) + "; " +
               plural(b.sessions, "session", "sessions") + ")\n";

    out += "\nWeakest questions (accuracy over the latest " + std::to_string(kRecentAttempts) +
           " attempts)\n";
    if (p.weakest.empty()) out += "  (none: every question answered recently is right)\n";
    for (const WeakQuestion& w : p.weakest) {
        out += "  " + pad(w.bank_id + "/" + w.question_id, 40) + " " +
               pad(percent(w.recent_accuracy), 5) + " (" + std::to_string(w.recent_n) +
               " recent of " + plural(w.attempts, "attempt", "attempts") + ")";
        if (w.version == QuestionVersion::older) out += "  [answered on an older version]";
        if (w.version == QuestionVersion::removed) out += "  [no longer in the bank]";
        out += "\n";
    }
    return out;
}

std::string progress_json(const Progress& p) {
    ojson j;
    j["profile"] = p.profile;
    j["today"] = time::format_day(p.today);
    j["overall"] = accuracy_json(p.overall);
    j["streak_days"] = p.streak_days;
    j["days_studied"] = p.days.size();
    ojson categories = ojson::array();
    for (const CategoryTotals& c : p.categories) {
        ojson cj = {{"category", c.category}};
        cj.update(accuracy_json(c.totals));
        categories.push_back(std::move(cj));
    }
    j["categories"] = std::move(categories);
    ojson days = ojson::array();
    for (const DayTotals& d : p.days) {
        ojson dj = {{"day", time::format_day(d.day)}};
        dj.update(accuracy_json(d.totals));
        days.push_back(std::move(dj));
    }
    j["days"] = std::move(days);
    ojson recent = ojson::array();
    for (const SessionRow& s : p.recent_sessions) {
        ojson sj = {{"id", s.id},
                    {"bank", s.bank_id},
                    {"bank_hash", s.bank_hash},
                    {"mode", s.mode},
                    {"started", time::format_utc_iso8601(s.started_ms)}};
        sj["ended"] = s.ended_ms ? ojson(time::format_utc_iso8601(*s.ended_ms)) : ojson(nullptr);
        sj["score"] = s.score ? ojson(*s.score) : ojson(nullptr);
        sj["max_score"] = s.max_score ? ojson(*s.max_score) : ojson(nullptr);
        sj["unanswered"] = s.unanswered ? ojson(*s.unanswered) : ojson(nullptr);
        sj["attempts"] = s.attempts;
        sj["correct"] = s.correct;
        sj["accuracy"] = round4(s.attempts ? s.score_sum / static_cast<double>(s.attempts) : 0.0);
        recent.push_back(std::move(sj));
    }
    j["sessions"] = {{"total", p.session_count}, {"recent", std::move(recent)}};
    j["overridden"] = p.overridden;
    ojson best = ojson::array();
    for (const BankBest& b : p.best_by_bank)
        best.push_back({{"bank", b.bank_id},
                        {"best", round4(b.best_ratio)},
                        {"score", b.score},
                        {"max_score", b.max_score},
                        {"session", b.session_id},
                        {"ended", time::format_utc_iso8601(b.ended_ms)},
                        {"sessions", b.sessions}});
    j["best_by_bank"] = std::move(best);
    ojson weakest = ojson::array();
    for (const WeakQuestion& w : p.weakest)
        weakest.push_back({{"bank", w.bank_id},
                           {"question", w.question_id},
                           {"category", w.category},
                           {"recent_accuracy", round4(w.recent_accuracy)},
                           {"recent_attempts", w.recent_n},
                           {"attempts", w.attempts},
                           {"last", time::format_utc_iso8601(w.last_ms)},
                           {"version", to_string(w.version)}});
    j["weakest"] = std::move(weakest);
    // Ids come from the database: text that is not UTF-8 is replaced, never thrown on.
    return j.dump(2, ' ', false, ojson::error_handler_t::replace) + "\n";
}

std::string progress_csv(const Progress& p) {
    std::string out;
    auto put = [&out](std::string_view figure, std::string_view key, std::string_view measure,
                      const std::string& value) {
        io::append_csv_record(out, {figure, key, measure, value});
    };
    auto put_accuracy = [&](std::string_view figure, const std::string& key, const Totals& a) {
        put(figure, key, "attempts", std::to_string(a.attempts));
        put(figure, key, "correct", std::to_string(a.correct));
        put(figure, key, "accuracy", ratio4(a.accuracy()));
    };
    io::append_csv_record(out, {"figure", "key", "measure", "value"});
    put("summary", "", "profile", p.profile);
    put("summary", "", "today", time::format_day(p.today));
    put_accuracy("summary", "", p.overall);
    put("summary", "", "time_ms", std::to_string(p.overall.time_ms));
    put("summary", "", "streak_days", std::to_string(p.streak_days));
    put("summary", "", "days_studied", std::to_string(p.days.size()));
    put("summary", "", "sessions", std::to_string(p.session_count));
    for (const CategoryTotals& c : p.categories) put_accuracy("category", c.category, c.totals);
    for (const DayTotals& d : p.days) put_accuracy("day", time::format_day(d.day), d.totals);
    for (const SessionRow& s : p.recent_sessions) {
        std::string key = std::to_string(s.id);
        put("session", key, "bank", s.bank_id);
        put("session", key, "mode", s.mode);
        put("session", key, "started", time::format_utc_iso8601(s.started_ms));
        put("session", key, "ended", s.ended_ms ? time::format_utc_iso8601(*s.ended_ms) : "");
        put("session", key, "score", s.score ? number(*s.score) : "");
        put("session", key, "max_score", s.max_score ? number(*s.max_score) : "");
        put("session", key, "attempts", std::to_string(s.attempts));
    }
    for (const BankBest& b : p.best_by_bank) {
        put("best", b.bank_id, "ratio", ratio4(b.best_ratio));
        put("best", b.bank_id, "score", number(b.score));
        put("best", b.bank_id, "max_score", number(b.max_score));
        put("best", b.bank_id, "sessions", std::to_string(b.sessions));
    }
    for (const WeakQuestion& w : p.weakest) {
        std::string key = w.bank_id + "/" + w.question_id;
        put("weakest", key, "recent_accuracy", ratio4(w.recent_accuracy));
        put("weakest", key, "recent_attempts", std::to_string(w.recent_n));
        put("weakest", key, "attempts", std::to_string(w.attempts));
        put("weakest", key, "version", to_string(w.version));
    }
    return out;
}

}  // namespace statecraft
