// The Progress figures as text, JSON and CSV, and the per-attempt results export.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "core/io/csv.h"
#include "core/stats/progress_report.h"
#include "core/stats/results_csv.h"
#include "core/time/calendar.h"
#include "support/bank_fixture.h"

using namespace statecraft;
using namespace statecraft::testing;
using nlohmann::json;

namespace {

Progress sample_progress() {
    ProgressRows rows;
    rows.profile = "Ana";
    std::int64_t today = time::days_from_civil({2024, 5, 10});
    rows.days = {{today - 1, {4, 3, 3.0, 60000}}, {today, {2, 1, 1.5, 30000}}};
    rows.categories = {{"actors", {4, 3, 3.0, 60000}}, {"motives", {2, 1, 1.5, 30000}}};
    rows.questions = {{"iran", "q-weak", "motives", "h", 3, 0, 0.5, 1715342400000, 3, 0.5}};
    SessionRow s;
    s.id = 7;
    s.bank_id = "iran";
    s.bank_hash = "abc";
    s.mode = "exam";
    s.started_ms = 1715342400000;  // 2024-05-10T12:00:00Z
    s.ended_ms = 1715342460000;
    s.score = 4.5;
    s.max_score = 6;
    s.attempts = 6;
    s.correct = 4;
    s.score_sum = 4.5;
    rows.recent_sessions = {s};
    rows.session_count = 3;
    rows.best_by_bank = {{"iran", 0.75, 4.5, 6, 7, 1715342460000, 2}};
    ProgressOptions options;
    options.today = today;
    return compute_progress(rows, options);
}

// Splits CSV text (as we write it: quoted fields, CRLF) into records of fields.
std::vector<std::vector<std::string>> parse_csv(const std::string& text) {
    std::vector<std::vector<std::string>> records(1, std::vector<std::string>(1));
    bool quoted = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (quoted) {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
                records.back().back() += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                records.back().back() += c;
            }
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            records.back().emplace_back();
        } else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
            ++i;
            records.emplace_back(1);
        } else {
            records.back().back() += c;
        }
    }
    if (records.back().size() == 1 && records.back()[0].empty()) records.pop_back();
    return records;
}

}  // namespace

TEST_CASE("stats: the text report shows every figure") {
    std::string text = progress_text(sample_progress());
    INFO(text);
    CHECK(text.find("Progress of Ana (today 2024-05-10)") != std::string::npos);
    CHECK(text.find("Overall: 75% over 6 answers (4 correct), 1 min answering") !=
          std::string::npos);
    CHECK(text.find("Days studied in a row: 2 (2 days studied in all)") != std::string::npos);
    CHECK(text.find("actors             ###############----- 75%") != std::string::npos);
    CHECK(text.find("2024-05-09") != std::string::npos);
    CHECK(text.find("4.5/6 (75%)") != std::string::npos);
    CHECK(text.find("Sessions (1 newest of 3)") != std::string::npos);
    CHECK(text.find("iran/q-weak") != std::string::npos);
    CHECK(text.find("17%") != std::string::npos);  // 0.5 of 3 recent

    Progress empty;
    empty.profile = "Ben";
    CHECK(progress_text(empty).find("Nothing answered yet.") != std::string::npos);
}

TEST_CASE("stats: the JSON report parses and carries the same figures") {
    json j = json::parse(progress_json(sample_progress()));
    CHECK(j["profile"] == "Ana");
    CHECK(j["today"] == "2024-05-10");
    CHECK(j["overall"]["attempts"] == 6);
    CHECK(j["overall"]["accuracy"] == 0.75);
    CHECK(j["streak_days"] == 2);
    CHECK(j["days_studied"] == 2);
    REQUIRE(j["categories"].size() == 2);
    CHECK(j["categories"][1]["category"] == "motives");
    CHECK(j["categories"][1]["accuracy"] == 0.75);
    CHECK(j["days"][0]["day"] == "2024-05-09");
    CHECK(j["sessions"]["total"] == 3);
    CHECK(j["sessions"]["recent"][0]["started"] == "2024-05-10T12:00:00.000Z");
    CHECK(j["sessions"]["recent"][0]["score"] == 4.5);
    CHECK(j["best_by_bank"][0]["best"] == 0.75);
    CHECK(j["weakest"][0]["question"] == "q-weak");
    CHECK(j["weakest"][0]["recent_accuracy"] == 0.1667);
    CHECK(j["weakest"][0]["version"] == "unknown");
}

TEST_CASE("stats: the CSV report is one figure per record") {
    auto records = parse_csv(progress_csv(sample_progress()));
    REQUIRE(records.size() > 10);
    CHECK(records[0] == std::vector<std::string>{"figure", "key", "measure", "value"});
    for (const auto& r : records) CHECK(r.size() == 4);
    auto has = [&](std::vector<std::string> want) {
        return std::find(records.begin(), records.end(), want) != records.end();
    };
    CHECK(has({"summary", "", "accuracy", "0.75"}));
    CHECK(has({"summary", "", "streak_days", "2"}));
    CHECK(has({"category", "actors", "attempts", "4"}));
    CHECK(has({"day", "2024-05-10", "accuracy", "0.75"}));
    CHECK(has({"session", "7", "mode", "exam"}));
    CHECK(has({"best", "iran", "ratio", "0.75"}));
    CHECK(has({"weakest", "iran/q-weak", "recent_attempts", "3"}));
}

TEST_CASE("stats: results export quotes fields as RFC 4180 says") {
    CHECK(io::csv_field("plain") == "plain");
    CHECK(io::csv_field("a,b") == "\"a,b\"");
    CHECK(io::csv_field("say \"hi\"") == "\"say \"\"hi\"\"\"");
    CHECK(io::csv_field("two\nlines") == "\"two\nlines\"");
    CHECK(io::csv_field("cr\r") == "\"cr\r\"");
    CHECK(io::csv_field("") == "");

    std::string out;
    append_results_header(out);
    AttemptExportRow row;
    row.profile = "Ana, \"A\"";
    row.session_id = 3;
    row.mode = "practice";
    row.bank_id = "iran";
    row.question_id = "q1";
    row.category = "actors";
    row.question_hash = "0123456789abcdef";
    row.answer_json = R"({"text":"line one\nline, two"})";
    row.correct = true;
    row.score = 0.5;
    row.time_ms = 4200;
    row.answered_ms = 1715342400123;
    append_result_record(out, row);
    row.confidence = 3;
    row.answer_json = "multi\r\nline";
    append_result_record(out, row);
    auto records = parse_csv(out);
    REQUIRE(records.size() == 3);
    CHECK(records[0][0] == "profile");
    CHECK(records[0].size() == 15);
    CHECK(records[0][13] == "overridden");
    CHECK(records[0][14] == "answer_text");
    CHECK(records[1] == std::vector<std::string>{"Ana, \"A\"", "3", "practice", "iran", "q1",
                                                 "actors", R"({"text":"line one\nline, two"})", "1",
                                                 "0.5", "4200", "", "2024-05-10T12:00:00.123Z",
                                                 "0123456789abcdef", "0", ""});
    CHECK(records[2][6] == "multi\r\nline");
    CHECK(records[2][10] == "3");
}

TEST_CASE("stats: calendar days and time stamps") {
    CHECK(time::days_from_civil({1970, 1, 1}) == 0);
    CHECK(time::days_from_civil({2000, 3, 1}) == 11017);
    CHECK(time::format_day(time::days_from_civil({2024, 2, 29})) == "2024-02-29");
    CHECK(time::format_day(-1) == "1969-12-31");
    CHECK(time::utc_day(-1) == -1);
    CHECK(time::format_utc_iso8601(0) == "1970-01-01T00:00:00.000Z");
    CHECK(time::format_utc_iso8601(1715342400123) == "2024-05-10T12:00:00.123Z");
    for (std::int64_t d : {-800000, -1, 0, 59, 19853, 2932896})
        CHECK(time::days_from_civil(time::civil_from_days(d)) == d);
}

TEST_CASE("stats: the results export gives each answer in words, as the classroom export does") {
    LoadedBank loaded = load_json(valid_bank_json());
    REQUIRE(loaded.ok());
    const Question* single = loaded.bank.find_question("q-single");
    const Question* match = loaded.bank.find_question("q-match");
    REQUIRE(single);
    REQUIRE(match);
    const Choice& c = single->choices.at(1);
    const std::string json = R"({"type":"single","choices":[")" + c.id + R"("]})";
    CHECK(answer_in_words(json, single) == c.text);
    CHECK(answer_in_words(json, nullptr) == c.id);  // the bank not at hand: the id as stored
    CHECK(answer_in_words(R"({"type":"true_false","value":false})", nullptr) == "False");
    CHECK(answer_in_words(R"({"type":"short_answer","text":"Tehran"})", nullptr) == "Tehran");
    CHECK(answer_in_words(R"({"type":"single","choices":[]})", single).empty());
    const MatchPair& p = match->pairs.at(0);
    const std::string m = R"({"type":"matching","matches":[{"left":")" + p.left + R"(","right":")" +
                          p.right + R"("}]})";
    CHECK(answer_in_words(m, match).find(p.left + ": " + p.right) == 0);
    CHECK(answer_in_words("not json", single).empty());

    std::string out;
    AttemptExportRow row;
    row.answer_json = json;
    append_result_record(out, row, single);
    CHECK(parse_csv(out).at(0).back() == c.text);
}
