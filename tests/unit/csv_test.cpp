// CSV/TSV: Anki's header and separator vectors, the documented column layout, errors with
// line numbers, and round trips JSON -> CSV -> JSON.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "core/bank/bank_loader.h"
#include "core/bank/bank_writer.h"
#include "core/interop/csv_reader.h"
#include "core/interop/csv_writer.h"
#include "core/interop/text_util.h"
#include "support/interop_helpers.h"
#include "support/random_bank.h"

using namespace statecraft;
using namespace statecraft::testing;
using nlohmann::json;

namespace {

std::optional<csv::Delimiter> delimiter_named(const json& j) {
    if (!j.is_string()) return std::nullopt;
    return csv::delimiter_from_value(j.get<std::string>());
}

std::vector<csv::Record> records_of(const std::string& input, const csv::Metadata& meta) {
    std::vector<csv::Record> records;
    csv::ParseError err;
    REQUIRE(csv::parse_records(std::string_view(input).substr(meta.body_offset),
                               csv::delimiter_char(meta.delimiter), meta.body_line, records, err));
    return records;
}

ImportResult import_csv(const std::string& text) {
    return read_csv(text, ImportOptions{{}, {}, "sheet.csv", {}});
}

const char* kHeader = "id,category,type,prompt,answer,A,B,C,D,explanation\n";

}  // namespace

TEST_CASE("csv: Anki's metadata vectors (separator, html, tags, columns, counts)") {
    REQUIRE_SHARED_FIXTURE(fixture, "anki/anki_csv_import_test_vectors.json");
    json vectors = json::parse(read_text(fixture));
    int checked = 0;
    for (const json& v : vectors["metadata_cases"]) {
        std::string input = v["input"];
        CAPTURE(input);
        if (v.contains("basic_notetype_field_columns")) continue;  // Anki note types: not ours
        csv::Metadata meta =
            csv::read_metadata(input, delimiter_named(v.value("override", json())));
        if (v.contains("delimiter"))
            CHECK(csv::delimiter_name(meta.delimiter) == v["delimiter"].get<std::string>());
        if (v.contains("force_is_html"))
            CHECK(meta.html.has_value() == v["force_is_html"].get<bool>());
        if (v.contains("is_html")) {
            bool is_html = meta.html.value_or(csv::records_look_like_html(records_of(input, meta)));
            CHECK(is_html == v["is_html"].get<bool>());
        }
        if (v.contains("global_tags"))
            CHECK(meta.global_tags == v["global_tags"].get<std::vector<std::string>>());
        if (v.contains("column_labels"))
            CHECK(meta.column_labels == v["column_labels"].get<std::vector<std::string>>());
        if (v.contains("column_count"))
            CHECK(records_of(input, meta).at(0).fields.size() ==
                  v["column_count"].get<std::size_t>());
        if (v.contains("preview")) {
            auto records = records_of(input, meta);
            std::size_t columns = records.at(0).fields.size();
            std::vector<std::vector<std::string>> preview;
            for (const csv::Record& r : records) {
                std::vector<std::string> row;
                for (const std::string& f : r.fields) row.push_back(html_to_text(f));
                row.resize(columns);
                preview.push_back(row);
            }
            CHECK(preview == v["preview"].get<std::vector<std::vector<std::string>>>());
        }
        ++checked;
    }
    CHECK(checked == 25);
}

TEST_CASE("csv: Anki's import vectors for fields, quoting and comment lines") {
    REQUIRE_SHARED_FIXTURE(fixture, "anki/anki_csv_import_test_vectors.json");
    json vectors = json::parse(read_text(fixture));
    int checked = 0;
    for (const json& v : vectors["import_cases_delimiter_comma_fields_2"]) {
        if (!v.contains("fields") || v.contains("field_columns") || v.contains("is_html")) continue;
        std::string input = v["input"];
        CAPTURE(input);
        auto d = delimiter_named(v.value("delimiter", json("comma")));
        csv::Metadata meta = csv::read_metadata(input, d);
        auto records = records_of(input, meta);
        const json& want = v["fields"];
        REQUIRE(records.size() == want.size());
        for (std::size_t r = 0; r < records.size(); ++r) {
            for (std::size_t f = 0; f < want[r].size(); ++f) {
                if (want[r][f].is_null())
                    CHECK(records[r].fields.size() <= f);  // missing field
                else
                    CHECK(records[r].fields.at(f) == want[r][f].get<std::string>());
            }
        }
        ++checked;
    }
    CHECK(checked == 4);
}

TEST_CASE("csv: RFC 4180 quoting, CRLF and record line numbers") {
    std::string body =
        "a,\"b, with comma\",\"c \"\"quoted\"\"\"\r\n\"multi\nline\",x\n\n# comment\nlast\n";
    std::vector<csv::Record> records;
    csv::ParseError err;
    REQUIRE(csv::parse_records(body, ',', 1, records, err));
    REQUIRE(records.size() == 3);
    CHECK(records[0].fields == std::vector<std::string>{"a", "b, with comma", "c \"quoted\""});
    CHECK(records[1].fields == std::vector<std::string>{"multi\nline", "x"});
    CHECK(records[1].line == 2);
    CHECK(records[2].line == 6);
    CHECK_FALSE(csv::parse_records("ok\n\"never closed,\n", ',', 1, records, err));
    CHECK(err.line == 2);
    CHECK_FALSE(csv::parse_records("\"a\"b,c\n", ',', 1, records, err));
    CHECK(err.message.find("after a closing quote") != std::string::npos);
    CHECK(csv::quote_field("plain", ',') == "plain");
    CHECK(csv::quote_field("a,b", ',') == "\"a,b\"");
    CHECK(csv::quote_field("say \"hi\"", ';') == "\"say \"\"hi\"\"\"");
    CHECK(csv::quote_field("#not a comment", ',') == "\"#not a comment\"");
}

TEST_CASE("csv: the shipped spreadsheet example imports every type") {
    std::string path =
        std::string(STATECRAFT_SOURCE_DIR) + "/questions/examples/spreadsheet-example.csv";
    ImportResult r = read_csv(read_text(path), ImportOptions{{}, {}, path, {}});
    INFO(describe(r));
    REQUIRE(r.ok());
    CHECK(count_messages(r, ImportSeverity::note) == 0);
    std::set<QuestionType> types;
    for (const Question& q : r.bank.questions) types.insert(q.type);
    CHECK(types.size() == 6);
    CHECK(r.bank.id == "spreadsheet-example");
}

TEST_CASE("csv: each type from a header row and one row per question") {
    std::string text =
        std::string(kHeader) +
        "who,Actors,single,Who signed?,B,Putin,Pezeshkian,Xi,,Because.\n"
        "which,Actors,multiple,Which are in Tehran?,\"A, C\",Foreign ministry,Kremlin,Majlis,,\n"
        ",Actors,true_false,Iran is in the SCO.,true,,,,,\n"
        "match,Motives,matching,Match.,,Iran -> drones,Russia -> wheat,-> oil,,\n"
        "order,Motives,ordering,Order.,,First,Second,Third,,\n"
        "short,,short_answer,Capital of Iran?,Tehran|Teheran,,,,,\n";
    ImportResult r = import_csv(text);
    INFO(describe(r));
    REQUIRE(r.ok());
    REQUIRE(r.bank.questions.size() == 6);
    const Question& single = r.bank.questions[0];
    CHECK(single.choices.size() == 3);
    CHECK(single.choices[1].correct);
    CHECK(single.choices[1].id == "b");
    CHECK(single.explanation == "Because.");
    CHECK(single.category == "actors");
    CHECK(r.bank.find_category("actors")->title == "Actors");
    const Question& multiple = r.bank.questions[1];
    CHECK(multiple.choices[0].correct);
    CHECK_FALSE(multiple.choices[1].correct);
    CHECK(multiple.choices[2].correct);
    CHECK(r.bank.questions[2].answer);
    CHECK(r.bank.questions[2].id == "iran-is-in-the-sco");
    const Question& match = r.bank.questions[3];
    REQUIRE(match.pairs.size() == 2);
    CHECK(match.pairs[1].left == "Russia");
    CHECK(match.pairs[1].right == "wheat");
    CHECK(match.distractors == std::vector<std::string>{"oil"});
    CHECK(r.bank.questions[4].sequence == std::vector<std::string>{"First", "Second", "Third"});
    CHECK(r.bank.questions[5].accept == std::vector<std::string>{"Tehran", "Teheran"});
    CHECK(r.bank.questions[5].category == "imported");
}

TEST_CASE("csv: broken rows are reported with their line and nothing is imported") {
    std::string text = std::string("#separator:Comma\n") + kHeader +
                       "a,,single,Q?,E,x,y,,,\n"          // line 3: answer names an empty option
                       "b,,single,Q?,\"A, B\",x,y,,,\n"   // line 4: two answers for single
                       "c,,essay,Q?,,,,,,\n"              // line 5: unknown type
                       "d,,true_false,Q?,maybe,,,,,\n"    // line 6
                       "e,,matching,Q?,,a b,c -> d,,,\n"  // line 7: no arrow
                       "f,,single,\"multi\nline\",A,x,y,,,\n"  // line 8-9: fine
                       "g,,short_answer,,x,,,,,\n";            // line 10: empty prompt
    ImportResult r = import_csv(text);
    INFO(describe(r));
    CHECK_FALSE(r.ok());
    CHECK(has_message(r, ImportSeverity::error, 3, "option E, which is empty"));
    CHECK(has_message(r, ImportSeverity::error, 4, "exactly one right option"));
    CHECK(has_message(r, ImportSeverity::error, 5, "unknown type \"essay\""));
    CHECK(has_message(r, ImportSeverity::error, 6, "not true or false"));
    CHECK(has_message(r, ImportSeverity::error, 7, "left -> right"));
    CHECK(has_message(r, ImportSeverity::error, 10, "prompt is empty"));
    CHECK(count_messages(r, ImportSeverity::error) == 6);

    ImportResult unclosed = import_csv(std::string(kHeader) + "a,,true_false,\"Q?,true\n");
    CHECK(has_message(unclosed, ImportSeverity::error, 2, "never closed"));
    ImportResult latin1 = import_csv(std::string(kHeader) + "a,,true_false,Caf\xE9?,true\n");
    CHECK(has_message(latin1, ImportSeverity::error, 2, "UTF-8"));
    ImportResult no_header = import_csv("a,,true_false,Q?,true\n");
    CHECK(has_message(no_header, ImportSeverity::error, 1, "must name the columns"));
    ImportResult too_few = import_csv(std::string(kHeader) + "a,,single,Q?,A,only,,,,\n");
    CHECK(has_message(too_few, ImportSeverity::error, 2,
                      "needs 2 to 8 choices"));  // from the validator
}

TEST_CASE("csv: separator from the header row when Anki's detection would pick ':'") {
    std::string text = "type,prompt,answer\ntrue_false,Unit 1: is Iran in the SCO?,true\n";
    CHECK(csv::detect_delimiter(text) == csv::Delimiter::colon);
    ImportResult r = import_csv(text);
    INFO(describe(r));
    REQUIRE(r.ok());
    CHECK(r.bank.questions[0].prompt == "Unit 1: is Iran in the SCO?");
    CHECK(has_message(r, ImportSeverity::note, 1, "Comma"));
    ImportResult tsv = import_csv("type\tprompt\tanswer\ntrue_false\tA, B; C\tfalse\n");
    REQUIRE(tsv.ok());
    CHECK(tsv.bank.questions[0].prompt == "A, B; C");
}

TEST_CASE("csv: header lines, padding from spreadsheets, html, tags, aliases, unknown columns") {
    std::string text =
        "\xEF\xBB\xBF#separator:Semicolon;;;\n#html:true;;\n#tags:unit1 iran\n#bank:My "
        "Bank\n#title:My title\n"
        "#category:actors:Actors and agents\n"
        "Question;Type;Option A;Option B;Correct;Feedback A;Notes;Tags;Difficulty;Time limit (s)\n"
        "<b>Who</b> signed?;single;Putin;Pezeshkian;a;Not him.;ignore me;extra;hard;30\n";
    ImportResult r = import_csv(text);
    INFO(describe(r));
    REQUIRE(r.ok());
    CHECK(r.bank.id == "my-bank");
    CHECK(r.bank.title == "My title");
    const Question& q = r.bank.questions.at(0);
    CHECK(q.prompt == "Who signed?");
    CHECK(q.choices[0].correct);
    CHECK(q.choices[0].feedback == "Not him.");
    CHECK(q.tags == std::vector<std::string>{"unit1", "iran", "extra"});
    CHECK(q.difficulty == 3);
    CHECK(q.time_limit_s == 30);
    CHECK(q.category == "imported");
    CHECK(has_message(r, ImportSeverity::note, 7, "\"Notes\" is not one we know"));
    ImportResult by_title = import_csv(
        "#category:actors:Actors and agents\ntype,prompt,answer,category\ntrue_false,Q?,yes,actors "
        "and agents\n");
    REQUIRE(by_title.ok());
    CHECK(by_title.bank.questions[0].category == "actors");
}

TEST_CASE("csv: round trip of all-types.json and generated banks, comma and tab") {
    LoadedBank example =
        load_bank_file(std::string(STATECRAFT_SOURCE_DIR) + "/questions/examples/all-types.json");
    REQUIRE(example.ok());
    std::vector<Bank> banks = {example.bank, random_bank(5), random_bank(6), random_bank(77)};
    for (const LoadedBank& shipped :
         load_bank_folder(std::string(STATECRAFT_SOURCE_DIR) + "/questions")) {
        REQUIRE(shipped.ok());
        banks.push_back(shipped.bank);
    }
    for (const Bank& bank : banks) {
        for (csv::Delimiter d : {csv::Delimiter::comma, csv::Delimiter::tab}) {
            for (bool with_base : {false, true}) {
                CAPTURE(bank.id);
                CAPTURE(with_base);
                ExportResult out = write_csv(bank, d);
                REQUIRE(out.ok());
                ImportOptions options;
                options.source_path = "other.csv";
                if (with_base) options.base = bank;
                ImportResult back = read_csv(out.text, options);
                INFO(describe(back));
                REQUIRE(back.ok());
                CHECK(back.bank.id == bank.id);
                std::string want = to_json_text(interop_projection(bank, with_base));
                std::string got = to_json_text(interop_projection(back.bank, with_base));
                INFO(first_difference(want, got));
                CHECK(got == want);
            }
        }
    }
}
