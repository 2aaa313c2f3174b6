#include "core/store/pending_file.h"

#include <unistd.h>

#include <fstream>
#include <nlohmann/json.hpp>

namespace statecraft {

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

constexpr int kFormat = 1;

json to_json(const SessionStart& s) {
    return {{"profile", s.profile},
            {"bank_id", s.bank_id},
            {"bank_hash", s.bank_hash},
            {"mode", s.mode},
            {"started_ms", s.started_ms}};
}

SessionStart start_from(const json& j) {
    return {j.at("profile").get<std::string>(), j.at("bank_id").get<std::string>(),
            j.at("bank_hash").get<std::string>(), j.at("mode").get<std::string>(),
            j.at("started_ms").get<std::int64_t>()};
}

template <typename T>
json optional_json(const std::optional<T>& v) {
    return v ? json(*v) : json(nullptr);
}

template <typename T>
std::optional<T> optional_from(const json& j) {
    if (j.is_null()) return std::nullopt;
    return j.get<T>();
}

json op_json(const PendingOp& op) {
    return std::visit(
        [](const auto& o) -> json {
            using T = std::decay_t<decltype(o)>;
            if constexpr (std::is_same_v<T, UseProfileOp>) {
                return {{"op", "use_profile"}, {"name", o.name}, {"at_ms", o.at_ms}};
            } else if constexpr (std::is_same_v<T, BeginSessionOp>) {
                return {{"op", "begin"}, {"key", o.key.value}, {"start", to_json(o.start)}};
            } else if constexpr (std::is_same_v<T, AttemptOp>) {
                const AttemptRecord& a = o.attempt;
                return {{"op", "attempt"},
                        {"key", o.key.value},
                        {"day", o.day},
                        {"question_id", a.question_id},
                        {"question_hash", a.question_hash},
                        {"category", a.category},
                        {"answer_json", a.answer_text()},
                        {"score", a.score},
                        {"correct", a.correct},
                        {"time_ms", a.time_ms},
                        {"confidence", optional_json(confidence_number(a.confidence))},
                        {"answered_ms", a.answered_ms}};
            } else if constexpr (std::is_same_v<T, EndSessionOp>) {
                return {{"op", "end"},
                        {"key", o.key.value},
                        {"ended_ms", o.end.ended_ms},
                        {"score", optional_json(o.end.score)},
                        {"max_score", optional_json(o.end.max_score)},
                        {"unanswered", optional_json(o.end.unanswered)}};
            } else if constexpr (std::is_same_v<T, OverrideOp>) {
                return {{"op", "override"}, {"key", o.key.value}, {"question_id", o.question_id}};
            } else {
                const CardState& c = o.card;
                return {{"op", "card"},
                        {"profile", o.profile},
                        {"bank_id", o.bank_id},
                        {"question_id", o.question_id},
                        {"at_ms", o.at_ms},
                        {"stability", c.stability},
                        {"difficulty", c.difficulty},
                        {"last_review_ms", c.last_review_ms},
                        {"due_ms", c.due_ms},
                        {"first_review_ms", c.first_review_ms},
                        {"reps", c.reps},
                        {"lapses", c.lapses},
                        {"step", c.step},
                        {"state", to_string(c.state)}};
            }
        },
        op);
}

PendingOp op_from(const json& j) {
    const std::string kind = j.at("op").get<std::string>();
    if (kind == "use_profile")
        return UseProfileOp{j.at("name").get<std::string>(), j.at("at_ms").get<std::int64_t>()};
    if (kind == "begin")
        return BeginSessionOp{SessionKey{j.at("key").get<std::int64_t>()},
                              start_from(j.at("start"))};
    if (kind == "attempt") {
        AttemptRecord a;
        a.question_id = j.at("question_id").get<std::string>();
        a.question_hash = j.at("question_hash").get<std::string>();
        a.category = j.at("category").get<std::string>();
        a.answer_json = j.at("answer_json").get<std::string>();
        a.score = j.at("score").get<double>();
        a.correct = j.at("correct").get<bool>();
        a.time_ms = j.at("time_ms").get<std::int64_t>();
        // As written; a number out of range is refused by the table's CHECK, as before.
        if (auto level = optional_from<int>(j.at("confidence")))
            a.confidence = static_cast<Confidence>(*level);
        a.answered_ms = j.at("answered_ms").get<std::int64_t>();
        return AttemptOp{SessionKey{j.at("key").get<std::int64_t>()}, a,
                         j.at("day").get<std::int64_t>()};
    }
    if (kind == "end")
        return EndSessionOp{
            SessionKey{j.at("key").get<std::int64_t>()},
            {j.at("ended_ms").get<std::int64_t>(), optional_from<double>(j.at("score")),
             optional_from<double>(j.at("max_score")),
             // Absent in files written before exams kept their unanswered count.
             optional_from<int>(j.value("unanswered", json(nullptr)))}};
    if (kind == "override")
        return OverrideOp{SessionKey{j.at("key").get<std::int64_t>()},
                          j.at("question_id").get<std::string>()};
    if (kind == "card") {
        CardState c;
        c.stability = j.at("stability").get<double>();
        c.difficulty = j.at("difficulty").get<double>();
        c.last_review_ms = j.at("last_review_ms").get<std::int64_t>();
        c.due_ms = j.at("due_ms").get<std::int64_t>();
        c.first_review_ms = j.at("first_review_ms").get<std::int64_t>();
        c.reps = j.at("reps").get<int>();
        c.lapses = j.at("lapses").get<int>();
        c.step = j.at("step").get<int>();
        auto phase = card_phase_from_string(j.at("state").get<std::string>());
        if (!phase) throw std::runtime_error("unknown card state");
        c.state = *phase;
        return CardOp{j.at("profile").get<std::string>(), j.at("bank_id").get<std::string>(),
                      j.at("question_id").get<std::string>(), c, j.at("at_ms").get<std::int64_t>()};
    }
    throw std::runtime_error("unknown write \"" + kind + "\"");
}

// FNV-1a: a name that is the same for the same path in every build.
std::string path_tag(const fs::path& db) {
    std::uint64_t h = 14695981039346656037ull;
    for (unsigned char c : fs::absolute(db).string()) h = (h ^ c) * 1099511628211ull;
    char out[17];
    std::snprintf(out, sizeof out, "%016llx", static_cast<unsigned long long>(h));
    return out;
}

bool write_atomically(const fs::path& file, const std::string& text) {
    fs::path temp = file.string() + ".tmp-" + std::to_string(getpid());
    {
        std::ofstream out(temp, std::ios::binary | std::ios::trunc);
        out << text;
        out.flush();
        if (!out) {
            std::error_code ec;
            fs::remove(temp, ec);
            return false;
        }
    }
    std::error_code ec;
    fs::rename(temp, file, ec);
    if (ec) fs::remove(temp, ec);
    return !ec;
}

}  // namespace

std::vector<fs::path> pending_file_candidates(const fs::path& db) {
    std::error_code ec;
    fs::path temp = fs::temp_directory_path(ec);
    if (ec) temp = "/tmp";
    return {db.string() + ".pending.json", temp / ("statecraft-pending-" + path_tag(db) + ".json")};
}

fs::path save_pending_file(const fs::path& db, const PendingSnapshot& snapshot,
                           std::string& error) {
    json j = {{"statecraft_pending_writes", kFormat}, {"database", db.string()}};
    json sessions = json::array(), ops = json::array();
    for (const PendingSession& s : snapshot.sessions)
        sessions.push_back({{"key", s.key},
                            {"start", to_json(s.start)},
                            {"db_id", s.db_id},
                            {"profile_id", s.profile_id}});
    for (const PendingOp& op : snapshot.ops) ops.push_back(op_json(op));
    j["sessions"] = std::move(sessions);
    j["writes"] = std::move(ops);
    std::string text;
    try {
        text = j.dump(1);
    } catch (const json::exception& e) {
        error = std::string("cannot write the waiting answers as JSON: ") + e.what();
        return {};
    }
    for (const fs::path& file : pending_file_candidates(db))
        if (write_atomically(file, text)) return file;
    error = "neither " + pending_file_candidates(db).front().string() +
            " nor the temp folder can be written";
    return {};
}

bool load_pending_file(const fs::path& file, PendingSnapshot& out, std::string& error) {
    out = {};
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        error = "cannot read " + file.string();
        return false;
    }
    try {
        json j = json::parse(in);
        if (j.value("statecraft_pending_writes", 0) != kFormat)
            throw std::runtime_error("not a Statecraft pending-writes file");
        for (const json& s : j.at("sessions"))
            out.sessions.push_back({s.at("key").get<std::int64_t>(), start_from(s.at("start")),
                                    s.at("db_id").get<std::int64_t>(),
                                    s.at("profile_id").get<std::int64_t>()});
        for (const json& op : j.at("writes")) out.ops.push_back(op_from(op));
        return true;
    } catch (const std::exception& e) {
        error = file.string() + ": " + e.what();
        return false;
    }
}

}  // namespace statecraft
