#include "core/live/live_messages.h"

#include <limits>

#include <nlohmann/json.hpp>

#include "core/live/live_limits.h"
#include "core/text/utf8.h"

namespace statecraft {

namespace {

using nlohmann::json;

LiveParsed refuse(std::string code, std::string message, std::string for_type = {}) {
    LiveParsed parsed;
    parsed.error = {std::move(code), std::move(message), std::move(for_type)};
    return parsed;
}

// Reads optional fields of one message; the first problem is kept and later reads are no-ops.
class FieldReader {
  public:
    FieldReader(const json& object, std::string type) : object_(object), type_(std::move(type)) {}

    std::optional<int> integer(const char* name, bool required) {
        const json* v = find(name, required);
        if (!v) return std::nullopt;
        if (!v->is_number_integer()) return fail("bad_field", name, "a whole number");
        const auto wide = v->is_number_unsigned() ? static_cast<long long>(std::min<std::uint64_t>(
                                                        v->get<std::uint64_t>(), 1ull << 40))
                                                  : v->get<long long>();
        if (wide < std::numeric_limits<int>::min() || wide > std::numeric_limits<int>::max())
            return fail("out_of_range", name, "a number in range");
        return static_cast<int>(wide);
    }
    std::optional<std::string> text(const char* name, bool required) {
        const json* v = find(name, required);
        if (!v) return std::nullopt;
        if (!v->is_string()) return fail("bad_field", name, "a string");
        return v->get<std::string>();
    }
    // "value": true/false (true_false) or a number (estimate); one field, two shapes.
    void truth_or_number(const char* name, std::optional<bool>& truth,
                         std::optional<double>& number) {
        const json* v = find(name, false);
        if (!v) return;
        if (v->is_boolean())
            truth = v->get<bool>();
        else if (v->is_number())
            number = v->get<double>();
        else
            fail("bad_field", name, "true, false or a number");
    }
    std::optional<std::vector<int>> integers(const char* name) {
        const json* v = find(name, false);
        if (!v) return std::nullopt;
        if (!v->is_array()) return fail("bad_field", name, "an array of whole numbers");
        std::vector<int> out;
        for (const json& e : *v) {
            if (!e.is_number_integer()) return fail("bad_field", name, "an array of whole numbers");
            const long long n = e.is_number_unsigned()
                                    ? static_cast<long long>(std::min<std::uint64_t>(
                                          e.get<std::uint64_t>(), 1ull << 40))
                                    : e.get<long long>();
            if (n < -1 || n > 10'000) return fail("out_of_range", name, "indexes in range");
            out.push_back(static_cast<int>(n));
        }
        return out;
    }
    bool ok() const { return error_.code.empty(); }
    const LiveError& error() const { return error_; }

  private:
    const json* find(const char* name, bool required) {
        if (!ok()) return nullptr;
        const auto it = object_.find(name);
        if (it == object_.end()) {
            if (required) fail("bad_field", name, "present");
            return nullptr;
        }
        return &*it;
    }
    std::nullopt_t fail(const char* code, const char* name, const char* what) {
        if (ok()) {
            error_ = {code, std::string("the field \"") + name + "\" must be " + what, type_};
        }
        return std::nullopt;
    }

    const json& object_;
    std::string type_;
    LiveError error_;
};

LiveParsed read_join(const json& object) {
    FieldReader r(object, "join");
    LiveJoinMessage join;
    auto pin = r.text("pin", true);
    auto token = r.text("token", true);
    auto name = r.text("name", true);
    join.team = r.integer("team", false);
    if (!r.ok()) return refuse(r.error().code, r.error().message, "join");
    join.pin = std::move(*pin);
    join.token = std::move(*token);
    join.name = std::move(*name);
    LiveParsed parsed;
    parsed.message = std::move(join);
    return parsed;
}

LiveParsed read_answer(const json& object) {
    FieldReader r(object, "answer");
    LiveAnswerMessage answer;
    auto question = r.integer("question", true);
    auto round = r.integer("round", true);
    LiveAnswerFields& f = answer.fields;
    f.choice = r.integer("choice", false);
    f.choices = r.integers("choices");
    r.truth_or_number("value", f.value, f.number);
    f.matches = r.integers("matches");
    f.order = r.integers("order");
    f.cells = r.integers("cells");
    f.text = r.text("text", false);
    f.confidence = r.integer("confidence", false);
    if (!r.ok()) return refuse(r.error().code, r.error().message, "answer");
    answer.question = *question;
    answer.round = *round;
    LiveParsed parsed;
    parsed.message = std::move(answer);
    return parsed;
}

}  // namespace

LiveParsed parse_live_message(std::string_view text) {
    if (text.size() > kLiveMaxMessageBytes)
        return refuse("too_big", "messages are limited to 4096 bytes");
    if (!is_valid_text(text)) return refuse("bad_json", "the message is not valid UTF-8 text");
    const json object = json::parse(text, nullptr, /*allow_exceptions=*/false);
    if (object.is_discarded() || !object.is_object())
        return refuse("bad_json", "the message is not a JSON object");
    const auto type = object.find("type");
    if (type == object.end() || !type->is_string())
        return refuse("unknown_type", "the message has no \"type\"");
    const std::string& name = type->get_ref<const std::string&>();
    if (name == "join") return read_join(object);
    if (name == "answer") return read_answer(object);
    return refuse("unknown_type", "unknown message type", name.size() <= 32 ? name : "");
}

std::string live_error_json(const LiveError& error) {
    json out = {{"type", "error"}, {"code", error.code}, {"message", error.message}};
    if (!error.for_type.empty()) out["for"] = error.for_type;
    return out.dump();
}

std::string live_hello_json(std::string_view title, const std::vector<std::string>& teams) {
    return json{{"type", "hello"},
                {"protocol", kLiveProtocolVersion},
                {"title", title},
                {"teams", teams},
                {"name_max", kLiveNameMaxChars}}
        .dump();
}

std::string live_welcome_json(const LiveWelcome& w) {
    json out = {{"type", "welcome"},      {"name", w.name},   {"team", nullptr},
                {"rejoined", w.rejoined}, {"total", w.total}, {"phase", w.phase}};
    if (w.team) out["team"] = *w.team;
    return out.dump();
}

std::string live_question_json(const LiveQuestion& q, const LiveQuestionShown& s) {
    json out = {{"type", "question"},
                {"question", s.index},
                {"count", s.count},
                {"round", s.round},
                {"peer", s.peer},
                {"kind", to_string(q.type())},
                {"prompt", q.round.question.prompt},
                {"limit_ms", q.round.limit_ms},
                {"remaining_ms", s.remaining_ms},
                {"double_points", q.round.double_points},
                {"cbm", s.cbm},
                {"answered", s.answered}};
    if (!q.options.empty()) out["options"] = q.options;
    if (q.type() == QuestionType::matching) {
        out["lefts"] = q.lefts;
        out["rights"] = q.rights;
    }
    if (q.type() == QuestionType::ordering) out["items"] = q.items;
    if (q.type() == QuestionType::estimate) out["unit"] = q.round.question.unit;
    if (q.type() == QuestionType::matrix) {
        out["columns"] = q.columns;
        out["rows"] = q.rows;
    }
    return out.dump();
}

std::string live_ack_json(int question, int round) {
    return json{{"type", "ack"}, {"question", question}, {"round", round}}.dump();
}

std::string live_locked_json(int question, int round) {
    return json{{"type", "locked"}, {"question", question}, {"round", round}}.dump();
}

std::string live_reveal_json(const LiveRevealFor& r, const LiveQuestion& q) {
    return json{{"type", "reveal"},
                {"question", r.question},
                {"answered", r.answered},
                {"correct", r.correct},
                {"credit", r.credit},
                {"graded", q.graded()},
                {"points", r.points},
                {"total", r.total},
                {"rank", r.rank},
                {"players", r.players},
                {"streak", r.streak},
                {"key", json::parse(reveal_key_json(q))},
                {"explanation", q.round.question.explanation}}
        .dump();
}

std::string live_standings_json(std::string_view type, const std::vector<LiveRankRow>& top,
                                const std::vector<LiveRankRow>& teams, int rank, int total) {
    auto rows = [](const std::vector<LiveRankRow>& list, const char* points) {
        json out = json::array();
        for (const LiveRankRow& row : list)
            out.push_back({{"name", row.name}, {points, row.total}, {"rank", row.rank}});
        return out;
    };
    return json{{"type", type},
                {type == "podium" ? "places" : "top", rows(top, "total")},
                {"teams", rows(teams, "average")},
                {"rank", rank},
                {"total", total}}
        .dump();
}

std::string live_kicked_json() {
    return json{{"type", "kicked"}, {"reason", "The teacher removed you from this game."}}.dump();
}

std::string live_ended_json() {
    return json{{"type", "ended"}}.dump();
}

}  // namespace statecraft
