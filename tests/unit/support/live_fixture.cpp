#include "support/live_fixture.h"

#include <cstdio>

#include <doctest/doctest.h>

#include "core/classroom/classroom_setup.h"
#include "support/classroom_fixture.h"

namespace statecraft::testing {

std::vector<ClassroomRound> live_rounds(const std::vector<std::string>& question_ids, int time_s) {
    const Bank bank = classroom_bank();
    std::vector<ClassroomRound> rounds;
    for (const std::string& id : question_ids) {
        ClassroomSetup setup;
        setup.teams = {"A", "B"};  // plan_classroom_game needs teams; the live game ignores them
        setup.include_teacher_marked = true;
        setup.shuffle_questions = false;
        setup.shuffle_choices = false;  // the tests name options by their authored index
        setup.default_time_s = time_s;
        Bank one = classroom_bank_with({id});
        ClassroomPlan plan = plan_classroom_game(one, setup);
        REQUIRE(plan.ok());
        REQUIRE(plan.rounds.size() == 1);
        rounds.push_back(plan.rounds.front());
    }
    return rounds;
}

std::string token_for(int n) {
    char buffer[33];
    std::snprintf(buffer, sizeof buffer, "%032x", n);
    return buffer;
}

LiveSettings live_settings() {
    LiveSettings settings;
    settings.title = "Test";
    settings.pin = "123456";
    return settings;
}

LiveTable make_table(const std::vector<std::string>& question_ids, LiveSettings settings) {
    LiveStart start = LiveGame::create(live_rounds(question_ids), std::move(settings));
    REQUIRE(start.ok());
    return LiveTable(std::move(*start.game));
}

void LiveTable::pump() {
    for (LiveOut& out : game.take_outbox()) {
        raw.push_back(out.text);
        for (LiveConnId conn : out.to) {
            inbox[conn].push_back(nlohmann::json::parse(*out.text));
            if (out.close) closed.insert(conn);
        }
    }
}

nlohmann::json LiveTable::join(LiveConnId conn, const std::string& name, int n,
                               const std::string& address) {
    game.on_connect(conn);
    const nlohmann::json join = {
        {"type", "join"}, {"pin", "123456"}, {"token", token_for(n)}, {"name", name}};
    game.on_message(conn, address, join.dump(), now);
    pump();
    return last(conn);
}

nlohmann::json LiveTable::send(LiveConnId conn, const std::string& text) {
    const std::size_t before = inbox[conn].size();
    game.on_message(conn, "10.0.0.1", text, now);
    pump();
    const auto& got = inbox[conn];
    for (std::size_t i = before; i < got.size(); ++i) {
        const std::string type = got[i].value("type", "");
        if (type == "error" || type == "ack" || type == "welcome") return got[i];
    }
    return got.size() > before ? got.back() : nlohmann::json();
}

nlohmann::json LiveTable::send(LiveConnId conn, const nlohmann::json& message) {
    return send(conn, message.dump());
}

nlohmann::json LiveTable::last(LiveConnId conn) const {
    const auto it = inbox.find(conn);
    if (it == inbox.end() || it->second.empty()) return nlohmann::json();
    return it->second.back();
}

std::string LiveTable::last_error(LiveConnId conn) const {
    const nlohmann::json m = last(conn);
    return m.is_object() && m.value("type", "") == "error" ? m.value("code", "") : "";
}

nlohmann::json answer_message(int question, nlohmann::json fields, int round) {
    fields["type"] = "answer";
    fields["question"] = question;
    fields["round"] = round;
    return fields;
}

}  // namespace statecraft::testing
