#include "core/store/totals_fold.h"

#include <algorithm>
#include <charconv>
#include <map>
#include <tuple>

#include "core/store/item_totals.h"
#include "core/store/progress_summary.h"
#include "core/store/tail_sums.h"

namespace statecraft {

namespace {

constexpr const char* kTailAttempts =
    "SELECT id, profile_id, bank_id, question_id, question_hash, category, score, correct, "
    "answered_ms, session_id, day, time_ms, " STATECRAFT_OVERRIDDEN_FAST("attempts") " "
    "FROM attempts WHERE id > ?1 AND (?2 IS NULL OR profile_id = ?2) ORDER BY id";
constexpr const char* kTailDays =
    "SELECT day, category, count(*), sum(correct), total(score), sum(time_ms) FROM attempts "
    "WHERE id > ?1 AND profile_id = ?2 GROUP BY day, bank_id, category ORDER BY day";
constexpr const char* kQuestionRow =
    "SELECT category, last_hash, attempts, correct, score_sum, last_ms, recent "
    "FROM question_totals WHERE profile_id = ?1 AND bank_id = ?2 AND question_id = ?3";
constexpr const char* kWriteQuestion =
    "INSERT OR REPLACE INTO question_totals (profile_id, bank_id, question_id, category, "
    "last_hash, attempts, correct, score_sum, last_ms, recent_n, recent_score_sum, recent) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)";

TailAttempt read_tail(const sql::Statement& st) {
    TailAttempt a;
    a.id = st.column_int(0);
    a.profile_id = st.column_int(1);
    a.bank_id = st.column_text(2);
    a.question_id = st.column_text(3);
    a.question_hash = st.column_text(4);
    a.category = st.column_text(5);
    a.score = st.column_double(6);
    a.correct = st.column_int(7) != 0;
    a.answered_ms = st.column_int(8);
    a.session_id = st.column_int(9);
    a.day = st.column_int(10);
    a.time_ms = st.column_int(11);
    a.overridden = st.column_int(12) != 0;
    return a;
}

// A question's stored totals and latest scores; false when it has no row yet.
bool load_question(sql::Statement& st, std::int64_t profile_id, QuestionTotals& q,
                   std::vector<RecentScore>& recent) {
    sql::ResetOnExit reset(st);
    st.bind(1, profile_id).bind(2, q.bank_id).bind(3, q.question_id);
    if (!st.step()) return false;
    q.category = st.column_text(0);
    q.last_hash = st.column_text(1);
    q.attempts = st.column_int(2);
    q.correct = st.column_int(3);
    q.score_sum = st.column_double(4);
    q.last_ms = st.column_int(5);
    recent = parse_recent(st.column_view(6));
    return true;
}

void add_totals(std::vector<CategoryTotals>& categories, std::string_view category,
                const Totals& t) {
    auto it = std::lower_bound(
        categories.begin(), categories.end(), category,
        [](const CategoryTotals& c, std::string_view name) { return c.category < name; });
    if (it == categories.end() || it->category != category)
        it = categories.insert(it, {std::string(category), {}});
    it->totals.add(t);
}

}  // namespace

// Read and written with std::from_chars / std::to_chars (the shortest text that reads back as
// the same double): a fold rewrites every question it touches, and printf's %.17g cost more
// than the rest of the row. Older rows written with %.17g read back the same.
std::vector<RecentScore> parse_recent(std::string_view text) {
    std::vector<RecentScore> out;
    while (!text.empty()) {
        std::size_t end = text.find(';');
        std::string_view item = text.substr(0, end);
        const char* p = item.data();
        const char* last = item.data() + item.size();
        RecentScore r;
        auto ms = std::from_chars(p, last, r.ms);
        auto id = ms.ec == std::errc() && ms.ptr != last && *ms.ptr == ','
                      ? std::from_chars(ms.ptr + 1, last, r.id)
                      : std::from_chars_result{last, std::errc::invalid_argument};
        auto score = id.ec == std::errc() && id.ptr != last && *id.ptr == ','
                         ? std::from_chars(id.ptr + 1, last, r.score)
                         : std::from_chars_result{last, std::errc::invalid_argument};
        if (score.ec == std::errc()) out.push_back(r);
        text = end == std::string_view::npos ? std::string_view() : text.substr(end + 1);
    }
    return out;
}

std::string format_recent(const std::vector<RecentScore>& recent) {
    std::string out;
    char buf[96];
    for (const RecentScore& r : recent) {
        char* p = buf;
        char* last = buf + sizeof buf;
        if (!out.empty()) *p++ = ';';
        p = std::to_chars(p, last, r.ms).ptr;
        *p++ = ',';
        p = std::to_chars(p, last, r.id).ptr;
        *p++ = ',';
        p = std::to_chars(p, last, r.score).ptr;
        out.append(buf, p);
    }
    return out;
}

void add_to_question(QuestionTotals& q, std::vector<RecentScore>& recent, const TailAttempt& a) {
    const bool first = q.attempts == 0;
    ++q.attempts;
    q.correct += a.correct ? 1 : 0;
    q.score_sum += a.score;
    if (first || a.answered_ms >= q.last_ms) {
        q.category = a.category;
        q.last_hash = a.question_hash;
    }
    q.last_ms = first ? a.answered_ms : std::max(q.last_ms, a.answered_ms);
    // Latest first: by time, then by insertion (id).
    RecentScore r{a.answered_ms, a.id, a.score};
    auto later = [](const RecentScore& x, const RecentScore& y) {
        return std::tie(x.ms, x.id) > std::tie(y.ms, y.id);
    };
    recent.insert(std::lower_bound(recent.begin(), recent.end(), r, later), r);
    if (recent.size() > static_cast<std::size_t>(kRecentAttempts)) recent.resize(kRecentAttempts);
    q.recent_n = static_cast<std::int64_t>(recent.size());
    q.recent_score_sum = 0;
    for (const RecentScore& s : recent) q.recent_score_sum += s.score;
}

std::int64_t totals_mark(sql::Database& db) {
    return db.query_int("SELECT attempt_id FROM totals_mark");
}

namespace {
std::int64_t cached_int(sql::StatementCache& statements, sql::Database& db, const char* sql) {
    sql::Statement& st = statements.get(db, sql);
    sql::ResetOnExit reset(st);
    return st.step() ? st.column_int(0) : 0;
}
constexpr const char* kMark = "SELECT attempt_id FROM totals_mark";
constexpr const char* kLastAttempt = "SELECT coalesce(max(id), 0) FROM attempts";
constexpr const char* kMoveMark = "UPDATE totals_mark SET attempt_id = ?1";
}  // namespace

std::int64_t tail_length(sql::Database& db) {
    return db.query_int(
        "SELECT coalesce((SELECT max(id) FROM attempts), 0) - (SELECT attempt_id FROM "
        "totals_mark)");
}

void fold_totals(sql::Database& db, sql::StatementCache& statements) {
    const std::int64_t mark = cached_int(statements, db, kMark);
    const std::int64_t last = cached_int(statements, db, kLastAttempt);
    if (last <= mark) return;
    fold_item_totals(db, statements, mark);
    struct Touched {
        QuestionTotals q;
        std::vector<RecentScore> recent;
    };
    std::map<std::tuple<std::int64_t, std::string, std::string>, Touched> touched;
    TailSums sums;
    {
        sql::Statement& load = statements.get(db, kQuestionRow);
        sql::Statement& st = statements.get(db, kTailAttempts);
        sql::ResetOnExit reset(st);
        st.bind(1, mark).bind_null(2);
        while (st.step()) {
            TailAttempt a = read_tail(st);
            sums.add(a);
            auto [it, fresh] = touched.try_emplace({a.profile_id, a.bank_id, a.question_id});
            if (fresh) {
                it->second.q.bank_id = a.bank_id;
                it->second.q.question_id = a.question_id;
                load_question(load, a.profile_id, it->second.q, it->second.recent);
            }
            add_to_question(it->second.q, it->second.recent, a);
        }
    }
    write_tail_sums(db, statements, sums);
    sql::Statement& write = statements.get(db, kWriteQuestion);
    sql::ResetOnExit reset(write);
    for (const auto& [key, t] : touched) {
        const QuestionTotals& q = t.q;
        write.bind(1, std::get<0>(key)).bind(2, q.bank_id).bind(3, q.question_id);
        write.bind(4, q.category).bind(5, q.last_hash).bind(6, q.attempts).bind(7, q.correct);
        write.bind(8, q.score_sum).bind(9, q.last_ms).bind(10, q.recent_n);
        write.bind(11, q.recent_score_sum).bind(12, format_recent(t.recent));
        write.run();
        write.reset();
    }
    sql::Statement& move = statements.get(db, kMoveMark);
    sql::ResetOnExit reset_move(move);
    move.bind(1, last).run();
}

void add_tail(sql::Database& db, sql::StatementCache& statements, std::int64_t profile_id,
              ProgressRows& rows) {
    const std::int64_t mark = cached_int(statements, db, kMark);
    sql::Statement& load = statements.get(db, kQuestionRow);
    {
        sql::Statement st(db, kTailDays);
        st.bind(1, mark).bind(2, profile_id);
        while (st.step()) {
            Totals t{st.column_int(2), st.column_int(3), st.column_double(4), st.column_int(5)};
            std::int64_t day = st.column_int(0);
            auto it =
                std::lower_bound(rows.days.begin(), rows.days.end(), day,
                                 [](const DayTotals& d, std::int64_t v) { return d.day < v; });
            if (it == rows.days.end() || it->day != day) it = rows.days.insert(it, {day, {}});
            it->totals.add(t);
            add_totals(rows.categories, st.column_view(1), t);
        }
    }
    std::map<std::pair<std::string, std::string>, std::vector<RecentScore>> recents;
    sql::Statement st(db, kTailAttempts);
    st.bind(1, mark).bind(2, profile_id);
    while (st.step()) {
        TailAttempt a = read_tail(st);
        auto by_key = [](const QuestionTotals& q, const std::pair<std::string, std::string>& k) {
            return std::tie(q.bank_id, q.question_id) < std::tie(k.first, k.second);
        };
        std::pair<std::string, std::string> key{a.bank_id, a.question_id};
        auto it = std::lower_bound(rows.questions.begin(), rows.questions.end(), key, by_key);
        auto [recent, fresh] = recents.try_emplace(key);
        if (it == rows.questions.end() || it->bank_id != a.bank_id ||
            it->question_id != a.question_id) {
            QuestionTotals q;
            q.bank_id = a.bank_id;
            q.question_id = a.question_id;
            it = rows.questions.insert(it, std::move(q));
        } else if (fresh) {
            QuestionTotals stored = *it;
            load_question(load, profile_id, stored, recent->second);
        }
        add_to_question(*it, recent->second, a);
    }
}

}  // namespace statecraft
