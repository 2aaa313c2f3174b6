// The matrix question type (evidence against hypotheses, issue 19): its format rules both
// ways, scoring with the diagnostic weighting, the ACH read-out, the answer's JSON, CSV and
// GIFT export, the lint rule, and a round trip through the editor.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "app/app_controller.h"
#include "app/bank_catalog.h"
#include "core/bank/bank_loader.h"
#include "core/bank/bank_rules.h"
#include "core/bank/bank_writer.h"
#include "core/bank/matrix_cells.h"
#include "core/editor/matrix_edit.h"
#include "core/editor/question_edit.h"
#include "core/interop/csv_reader.h"
#include "core/interop/csv_writer.h"
#include "core/interop/gift_writer.h"
#include "core/lint/lint.h"
#include "core/session/answer.h"
#include "core/session/answer_check.h"
#include "core/session/matrix_scoring.h"
#include "support/bank_fixture.h"
#include "support/scratch_dir.h"
#include "support/ui_harness.h"

using namespace statecraft;
using namespace statecraft::testing;
using nlohmann::json;
namespace fs = std::filesystem;

namespace {

// Three hypotheses; rows 0 and 1 are diagnostic, row 2 is the same everywhere.
json matrix_json() {
    return json{{"id", "matrix-q"},
                {"category", valid_bank_json()["categories"][0]["id"]},
                {"type", "matrix"},
                {"prompt", "Weigh the evidence."},
                {"explanation", "Why the key is what it is."},
                {"columns", {"Hypothesis A", "Hypothesis B", "Hypothesis C"}},
                {"rows",
                 {{{"text", "Evidence one"}, {"cells", {"C", "I", "N"}}, {"explanation", "e1"}},
                  {{"text", "Evidence two"}, {"cells", {"II", "C", "CC"}}},
                  {{"text", "Evidence three"}, {"cells", {"C", "C", "C"}}}}}};
}

json bank_with_matrix() {
    json j = valid_bank_json();
    j["version"] = "1.1";
    j["questions"].push_back(matrix_json());
    return j;
}

const Question& matrix_of(const LoadedBank& loaded) {
    const Question* q = loaded.bank.find_question("matrix-q");
    REQUIRE(q);
    return *q;
}

void expect_matrix_error(void (*change)(json&), const std::string& pointer,
                         const std::string& text) {
    json j = bank_with_matrix();
    change(j["questions"].back());
    LoadedBank loaded = load_json(j);
    INFO(describe(loaded));
    CHECK_FALSE(loaded.ok());
    const std::string at = "/questions/" + std::to_string(j["questions"].size() - 1);
    CHECK(has_diagnostic(loaded, Severity::error, at + pointer, text));
    for (const Diagnostic& d : loaded.diagnostics)
        if (d.severity == Severity::error) CHECK(d.question_id == "matrix-q");
}

}  // namespace

TEST_CASE("matrix rules: a well-formed matrix loads, with every cell code and feedback") {
    json j = bank_with_matrix();
    j["questions"].back()["rows"][0]["feedback"] = {"", "Fits A badly.", ""};
    LoadedBank loaded = load_json(j);
    INFO(describe(loaded));
    REQUIRE(loaded.ok());
    CHECK(loaded.diagnostics.empty());
    const Question& q = matrix_of(loaded);
    CHECK(q.type == QuestionType::matrix);
    CHECK(q.columns.size() == 3);
    REQUIRE(q.rows.size() == 3);
    CHECK(q.rows[1].cells == std::vector<std::string>{"II", "C", "CC"});
    CHECK(q.rows[0].explanation == "e1");
    CHECK(q.rows[0].feedback[1] == "Fits A badly.");
    // Written and read again: the same model.
    LoadedBank again = load_bank_text(to_json_text(loaded.bank));
    REQUIRE(again.ok());
    CHECK(matrix_of(again).rows[0].feedback == q.rows[0].feedback);
    CHECK(matrix_of(again).rows[1].cells == q.rows[1].cells);
}

TEST_CASE("matrix rules: each broken rule is an error at its pointer, naming the question") {
    expect_matrix_error([](json& q) { q["columns"] = {"Only one"}; }, "/columns", "2 to 6 columns");
    expect_matrix_error([](json& q) { q["columns"] = {"a", "b", "c", "d", "e", "f", "g"}; },
                        "/columns", "has 7");
    expect_matrix_error(
        [](json& q) {
            q["rows"].erase(1);
            q["rows"].erase(1);
        },
        "/rows", "2 to 12 rows");
    expect_matrix_error(
        [](json& q) {
            for (int i = 0; i < 10; ++i)
                q["rows"].push_back(
                    {{"text", "More " + std::to_string(i)}, {"cells", {"C", "I", "N"}}});
        },
        "/rows", "has 13");
    expect_matrix_error(
        [](json& q) {
            q["rows"][1]["cells"] = {"C", "I"};
        },
        "/rows/1/cells", "one cell per column");
    expect_matrix_error([](json& q) { q["rows"][2]["cells"][1] = "X"; }, "/rows/2/cells/1",
                        "not a cell code");
    expect_matrix_error([](json& q) { q["rows"][2]["cells"][1] = ""; }, "/rows/2/cells/1",
                        "not a cell code");
    expect_matrix_error([](json& q) { q["rows"][0]["text"] = " "; }, "/rows/0/text", "empty");
    expect_matrix_error([](json& q) { q["rows"][1]["text"] = "Evidence one"; }, "/rows/1/text",
                        "duplicate row");
    expect_matrix_error([](json& q) { q["columns"][2] = "Hypothesis A"; }, "/columns/2",
                        "duplicate column");
    expect_matrix_error([](json& q) { q["rows"][0]["feedback"] = {"x"}; }, "/rows/0/feedback",
                        "one entry per column");
    expect_matrix_error([](json& q) { q["rows"][0]["cells"] = "C"; }, "/rows/0/cells", "array");
}

TEST_CASE("matrix rules: the editor's model check agrees with the reader") {
    LoadedBank loaded = load_json(bank_with_matrix());
    REQUIRE(loaded.ok());
    Bank bank = loaded.bank;
    Diagnostics none;
    check_model_rules(bank, none);
    CHECK_FALSE(has_errors(none));
    bank.questions.back().rows[0].cells.pop_back();
    Diagnostics some;
    check_model_rules(bank, some);
    CHECK(has_errors(some));
}

TEST_CASE("matrix scoring: diagnostic rows weigh double") {
    LoadedBank loaded = load_json(bank_with_matrix());
    REQUIRE(loaded.ok());
    const Question& q = matrix_of(loaded);
    CHECK(is_diagnostic_row(q.rows[0]));
    CHECK(is_diagnostic_row(q.rows[1]));
    CHECK_FALSE(is_diagnostic_row(q.rows[2]));

    // The key itself (strong cells answered with C and I) scores 1.
    AnswerCheck full =
        check_answer(q, Answer::matrix({{"C", "I", "N"}, {"I", "C", "C"}, {"C", "C", "C"}}));
    CHECK(full.correct);
    CHECK(full.score == 1.0);
    CHECK(full.part_right.size() == 9);

    // Weights: 2 per cell in rows 0 and 1 (12), 1 per cell in row 2 (3): total 15.
    // The non-diagnostic row all wrong: lose 3 of 15.
    AnswerCheck plain_wrong =
        check_answer(q, Answer::matrix({{"C", "I", "N"}, {"I", "C", "C"}, {"I", "I", "I"}}));
    CHECK(plain_wrong.score == doctest::Approx(12.0 / 15.0));
    CHECK_FALSE(plain_wrong.correct);
    // A diagnostic row all wrong: lose 6 of 15, though the same number of cells is wrong.
    AnswerCheck diag_wrong =
        check_answer(q, Answer::matrix({{"I", "C", "C"}, {"I", "C", "C"}, {"C", "C", "C"}}));
    CHECK(diag_wrong.score == doctest::Approx(9.0 / 15.0));
    CHECK(diag_wrong.score < plain_wrong.score);
    CHECK(diag_wrong.part_right ==
          std::vector<bool>{false, false, false, true, true, true, true, true, true});
    // Blank, missing and unknown marks are wrong; extra rows are ignored.
    AnswerCheck partial = check_answer(q, Answer::matrix({{"C", "", "X"}}));
    CHECK(partial.score == doctest::Approx(2.0 / 15.0));
    AnswerCheck extra = check_answer(
        q, Answer::matrix({{"C", "I", "N"}, {"I", "C", "C"}, {"C", "C", "C"}, {"C", "C", "C"}}));
    CHECK(extra.correct);
    // An answer of another type scores 0.
    CHECK(check_answer(q, Answer::single("a")).score == 0.0);
}

TEST_CASE("matrix read-out: evidence against each hypothesis, the key's and the student's") {
    LoadedBank loaded = load_json(bank_with_matrix());
    REQUIRE(loaded.ok());
    const Question& q = matrix_of(loaded);
    AchReadout r =
        ach_readout(q, Answer::matrix({{"I", "I", "N"}, {"C", "I", "I"}, {"C", "C", "C"}}));
    CHECK(r.key_inconsistent == std::vector<int>{1, 1, 0});  // B: row 0 I; A: row 1 II
    CHECK(r.student_inconsistent == std::vector<int>{1, 2, 1});
    CHECK(r.diagnostic == std::vector<bool>{true, true, false});
    CHECK(r.diagnostic_count() == 2);
    CHECK(r.least_inconsistent == std::vector<std::size_t>{2});  // C has nothing against it
    AchReadout blank = ach_readout(q, Answer::matrix({}));
    CHECK(blank.student_inconsistent == std::vector<int>{0, 0, 0});
}

TEST_CASE("matrix answer: JSON both ways, completeness, and bad JSON refused") {
    Answer a = Answer::matrix({{"C", "I"}, {"N", ""}});
    std::string text = answer_to_json_text(a);
    CHECK(text == R"({"type":"matrix","cells":[["C","I"],["N",""]]})");
    std::string error;
    auto back = answer_from_json_text(text, error);
    REQUIRE(back);
    CHECK(*back == a);
    CHECK_FALSE(is_complete(a));
    CHECK(is_complete(Answer::matrix({{"C", "I"}, {"N", "C"}})));
    CHECK_FALSE(is_complete(Answer::matrix({})));
    CHECK_FALSE(answer_from_json_text(R"({"type":"matrix","cells":["C"]})", error));
    CHECK(error.find("cells") != std::string::npos);
    CHECK_FALSE(answer_from_json_text(R"({"type":"matrix","cells":[[1]]})", error));
}

TEST_CASE("matrix lint: a matrix where no row is diagnostic is flagged, one with one is not") {
    json j = bank_with_matrix();
    LintOptions options;
    options.today = "2026-01-01";
    auto rule_hits = [&](const json& bank) {
        LoadedBank loaded = load_json(bank);
        REQUIRE(loaded.ok());
        int hits = 0;
        for (const Diagnostic& d : lint_bank(loaded.bank, options))
            if (d.rule == "no-diagnostic-row") {
                CHECK(d.question_id == "matrix-q");
                ++hits;
            }
        return hits;
    };
    CHECK(rule_hits(j) == 0);
    j["questions"].back()["rows"][0]["cells"] = {"N", "N", "N"};
    j["questions"].back()["rows"][1]["cells"] = {"I", "II", "I"};  // strong or not: all against
    CHECK(rule_hits(j) == 1);
}

TEST_CASE(
    "matrix interop: CSV keeps the grid and names what it drops; GIFT says it leaves it out") {
    LoadedBank loaded = load_json(bank_with_matrix());
    REQUIRE(loaded.ok());
    ExportResult csv = write_csv(loaded.bank, csv::Delimiter::comma);
    REQUIRE(csv.ok());
    REQUIRE(csv.skipped.size() == 1);  // row 0's explanation
    CHECK(csv.skipped[0].find("matrix-q") != std::string::npos);
    ImportResult back = read_csv(csv.text);
    INFO(csv.text);
    REQUIRE(back.ok());
    const Question* q = back.bank.find_question("matrix-q");
    REQUIRE(q);
    CHECK(q->type == QuestionType::matrix);
    CHECK(q->columns == matrix_of(loaded).columns);
    REQUIRE(q->rows.size() == 3);
    CHECK(q->rows[1].text == "Evidence two");
    CHECK(q->rows[1].cells == std::vector<std::string>{"II", "C", "CC"});

    ExportResult gift = write_gift(loaded.bank);
    CHECK(gift.ok());
    CHECK(gift.questions_left_out == 1);
    REQUIRE(gift.skipped.size() == 1);
    CHECK(gift.skipped[0].find("\"matrix-q\"") != std::string::npos);
    CHECK(gift.text.find("Weigh the evidence") == std::string::npos);
    CHECK(gift.text.find("::" + loaded.bank.questions[0].id + "::") != std::string::npos);
}

TEST_CASE("matrix editor: grid edits keep one cell per column; a type change builds a grid") {
    Bank bank;
    bank.categories.push_back(Category{"c", "C", "", {}});
    Question q = new_question(bank, QuestionType::ordering);
    q.sequence = {"First fact", "Second fact", "Third fact"};
    change_type(q, QuestionType::matrix);
    CHECK(q.columns.size() == 2);
    REQUIRE(q.rows.size() == 3);
    CHECK(q.rows[0].text == "First fact");
    CHECK(q.rows[2].cells == std::vector<std::string>{"N", "N"});
    add_matrix_column(q, "Third hypothesis");
    CHECK(q.rows[1].cells.size() == 3);
    q.rows[1].cells = {"C", "I", "N"};
    remove_matrix_column(q, 0);
    CHECK(q.rows[1].cells == std::vector<std::string>{"I", "N"});
    add_matrix_row(q, "Fourth fact");
    CHECK(q.rows.back().cells.size() == 2);
    remove_matrix_row(q, 0);
    CHECK(q.rows.front().text == "Second fact");
    CHECK(next_cell_code("C") == "I");
    CHECK(next_cell_code("II") == "C");
    CHECK(next_cell_code("") == "C");
}

TEST_CASE("matrix editor: a round trip through the editor window saves what was edited") {
    ScratchDir scratch;
    const fs::path user = scratch.path() / "banks";
    fs::create_directories(user);
    json j = bank_with_matrix();
    j["id"] = "matrix-round-trip";
    const fs::path file = user / "matrix-round-trip.json";
    std::ofstream(file) << j.dump(2);
    BankSources sources{{}, user, {}};
    AppState state;
    scan_banks(state.home, sources);
    REQUIRE(state.home.selected >= 0);
    ManualClock clock{0};
    ControllerOptions options;
    options.catalog = sources;
    AppController c(std::move(state), clock, options);
    namespace ed = intent::editor;
    c.apply(intent::Editor{ed::Open{false}});
    REQUIRE(c.state().editor.doc);
    const int qi = static_cast<int>(c.state().editor.doc->bank().questions.size()) - 1;
    c.apply(intent::Editor{ed::Select{EditorPage::question, qi}});

    UiHarness ui;
    auto run = [&] {
        for (int f = 0; f < 4; ++f) {
            Intent i = ui.frame(c.state());
            if (has_intent(i)) c.apply(i);
        }
    };
    run();
    std::string overflows;
    for (const std::string& o : ui.overflows())  // a multi-line box ("##v") scrolls sideways
        if (o.find("/##v") == std::string::npos) overflows += o + "\n";
    CHECK_MESSAGE(overflows.empty(), overflows);
    // Rename a hypothesis and an evidence row by typing into their fields in the window.
    c.apply(intent::Editor{ed::GoTo{"/questions/" + std::to_string(qi) + "/columns/1"}});
    run();
    ui.type("Hypothesis B renamed");  // the focused field is selected: typing replaces it
    run();
    c.apply(intent::Editor{ed::GoTo{"/questions/" + std::to_string(qi) + "/rows/2/text"}});
    run();
    ui.type("Evidence three again");
    run();
    // A click on the page's buttons takes the keyboard from the field; here the prompt takes it.
    c.apply(intent::Editor{ed::GoTo{"/questions/" + std::to_string(qi) + "/prompt"}});
    run();
    // What the page's buttons do: add a column and a row, set a cell, remove the first row.
    auto edit = [&](BankEdit e) {
        c.apply(intent::Editor{ed::Edit{std::move(e)}});
        run();
    };
    edit(bank_edit::AddItem{EditList::columns, qi});
    edit(bank_edit::SetText{TextField::hypothesis, qi, 3, "Hypothesis D"});
    edit(bank_edit::AddItem{EditList::rows, qi});
    edit(bank_edit::SetText{TextField::evidence_text, qi, 3, "Evidence four"});
    edit(bank_edit::SetMatrixCell{qi, 3, 3, next_cell_code("C")});
    edit(bank_edit::RemoveItem{EditList::rows, qi, 0});
    CHECK(c.state().editor.doc->valid());
    c.apply(intent::Editor{ed::Save{}});

    LoadedBank saved = load_bank_file(file);
    INFO(describe(saved));
    REQUIRE(saved.ok());
    const Question& q = saved.bank.questions.back();
    CHECK(q.columns == std::vector<std::string>{"Hypothesis A", "Hypothesis B renamed",
                                                "Hypothesis C", "Hypothesis D"});
    REQUIRE(q.rows.size() == 3);
    CHECK(q.rows[0].text == "Evidence two");
    CHECK(q.rows[1].text == "Evidence three again");
    CHECK(q.rows[0].cells == std::vector<std::string>{"II", "C", "CC", "N"});
    CHECK(q.rows[2].cells == std::vector<std::string>{"N", "N", "N", "I"});
}
