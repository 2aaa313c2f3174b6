#include "app/modes/live/live_journal.h"

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>

namespace statecraft {

using nlohmann::json;

namespace {

json row_json(const ClassroomResultRow& r) {
    json j = {{"round", r.round},
              {"team", r.team},
              {"question_id", r.question_id},
              {"question_type", r.question_type},
              {"answered", r.answered},
              {"answer_ids", r.answer_ids},
              {"answer_text", r.answer_text},
              {"correct", r.correct},
              {"fraction", r.fraction},
              {"time_ms", r.time_ms},
              {"points", r.points},
              {"streak_bonus", r.streak_bonus}};
    if (r.confidence > 0) j["confidence"] = r.confidence;  // only when CBM was on
    return j;
}

ClassroomResultRow row_from(const json& j) {
    ClassroomResultRow r;
    r.round = j.at("round").get<int>();
    r.team = j.at("team").get<std::string>();
    r.question_id = j.at("question_id").get<std::string>();
    r.question_type = j.at("question_type").get<std::string>();
    r.answered = j.at("answered").get<bool>();
    r.answer_ids = j.at("answer_ids").get<std::string>();
    r.answer_text = j.at("answer_text").get<std::string>();
    r.correct = j.at("correct").get<bool>();
    r.fraction = j.at("fraction").get<double>();
    r.time_ms = j.at("time_ms").get<std::int64_t>();
    r.points = j.at("points").get<int>();
    r.streak_bonus = j.at("streak_bonus").get<int>();
    r.confidence = j.value("confidence", 0);  // journals without CBM have none
    if (r.confidence < 0 || r.confidence > 3) throw std::out_of_range("confidence");
    return r;
}

// Ranks by total, highest first; equal totals share a rank (1, 1, 3).
std::vector<int> ranks_of(const std::vector<int>& totals) {
    std::vector<int> ranks(totals.size(), 1);
    for (std::size_t i = 0; i < totals.size(); ++i)
        for (int other : totals)
            if (other > totals[i]) ++ranks[i];
    return ranks;
}

void read_line(const json& j, LiveJournalContents& out) {
    if (j.contains("answer")) {
        const json& a = j.at("answer");
        out.answers.push_back({a.at("question").get<int>(), a.at("total_before").get<int>(),
                               a.at("at_ms").get<std::int64_t>(), row_from(a.at("row"))});
    } else if (j.contains("saved")) {
        const json& s = j.at("saved");
        LiveJournalSaved saved{s.at("question").get<int>(), s.at("session").get<std::int64_t>(),
                               s.at("players").get<std::vector<std::string>>(),
                               s.at("totals").get<std::vector<int>>()};
        if (saved.players.size() != saved.totals.size()) throw std::out_of_range("totals");
        out.session_id = saved.session_id;
        out.saved.insert(saved.question);
        out.last_saved = std::move(saved);
    } else {
        ++out.skipped_lines;
    }
}

}  // namespace

std::string live_journal_game_line(const LiveGameInfo& info) {
    return json{{"game",
                 {{"bank_id", info.bank_id},
                  {"bank_hash", info.bank_hash},
                  {"started_ms", info.started_ms},
                  {"planned", info.questions_planned}}}}
        .dump();
}

std::string live_journal_answer_line(const LiveJournalAnswer& a) {
    return json{{"answer",
                 {{"question", a.question},
                  {"total_before", a.total_before},
                  {"at_ms", a.at_ms},
                  {"row", row_json(a.row)}}}}
        .dump();
}

std::string live_journal_saved_line(const LiveJournalSaved& s) {
    return json{{"saved",
                 {{"question", s.question},
                  {"session", s.session_id},
                  {"players", s.players},
                  {"totals", s.totals}}}}
        .dump();
}

bool read_live_journal(std::istream& in, LiveJournalContents& out, std::string& error) {
    out = {};
    std::string line;
    bool first = true;
    while (std::getline(in, line)) {
        const json j = json::parse(line, nullptr, /*allow_exceptions=*/false);
        if (first) {
            first = false;
            if (!j.is_object() || !j.contains("game") || !j.at("game").is_object()) {
                error = "not a live game journal";
                return false;
            }
            try {
                const json& g = j.at("game");
                out.info = {g.at("bank_id").get<std::string>(),
                            g.at("bank_hash").get<std::string>(),
                            g.at("started_ms").get<std::int64_t>(), g.at("planned").get<int>()};
            } catch (const json::exception&) {
                error = "the journal's first line lacks the game";
                return false;
            }
            continue;
        }
        if (!j.is_object()) {  // the line the crash cut short
            ++out.skipped_lines;
            continue;
        }
        try {
            read_line(j, out);
        } catch (const std::exception&) {
            ++out.skipped_lines;
        }
    }
    if (first) error = "the journal is empty";
    return !first;
}

std::vector<LiveRoundSave> live_rounds_to_recover(const LiveJournalContents& journal) {
    // Every player's total as the journal knows it, in the order first seen.
    std::vector<std::string> players = journal.last_saved.players;
    std::vector<int> totals = journal.last_saved.totals;
    auto index_of = [&](const std::string& name) {
        const auto it = std::find(players.begin(), players.end(), name);
        if (it != players.end()) return static_cast<std::size_t>(it - players.begin());
        players.push_back(name);
        totals.push_back(0);
        return players.size() - 1;
    };
    // The last answer per player per question not stored yet (a revote replaces round 1).
    std::map<int, std::map<std::string, const LiveJournalAnswer*>> open;
    for (const LiveJournalAnswer& a : journal.answers)
        if (!journal.saved.count(a.question)) open[a.question][a.row.team] = &a;

    std::vector<LiveRoundSave> out;
    for (const auto& [question, answers] : open) {
        LiveRoundSave save;
        save.bank_id = journal.info.bank_id;
        save.bank_hash = journal.info.bank_hash;
        save.started_ms = journal.info.started_ms;
        save.questions_played = question + 1;
        save.questions_planned = journal.info.questions_planned;
        const ClassroomResultRow& any = answers.begin()->second->row;
        for (const auto& [name, a] : answers) {
            const std::size_t i = index_of(name);
            totals[i] = a->total_before + a->row.points;
            save.now_ms = std::max(save.now_ms, a->at_ms);
        }
        for (std::size_t i = 0; i < players.size(); ++i) {
            const auto it = answers.find(players[i]);
            ClassroomResultRow row;
            if (it != answers.end()) {
                row = it->second->row;
            } else {  // known from earlier questions, no answer to this one
                row.round = any.round;
                row.team = players[i];
                row.question_id = any.question_id;
                row.question_type = any.question_type;
            }
            save.rows.push_back(std::move(row));
        }
        save.players = players;
        save.totals = totals;
        save.ranks = ranks_of(totals);
        out.push_back(std::move(save));
    }
    return out;
}

std::filesystem::path live_journal_dir(const std::filesystem::path& database) {
    return database.parent_path() / "live-journal";
}

}  // namespace statecraft
