// Moodle's multiple-answer weights against the bank's marking rule: the weights that score the
// same import silently, any others are converted with a note, and export writes the same ones.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>

#include "core/interop/gift_reader.h"
#include "core/interop/gift_writer.h"
#include "core/session/answer_check.h"
#include "support/interop_helpers.h"

using namespace statecraft;
using namespace statecraft::testing;

namespace {

ImportResult import_gift(const std::string& text) {
    return read_gift(text, ImportOptions{{}, {}, "test.gift", {}});
}

std::vector<std::string> notes(const ImportResult& r) {
    std::vector<std::string> out;
    for (const ImportMessage& m : r.messages)
        if (m.severity == ImportSeverity::note) out.push_back(m.message);
    return out;
}

// Moodle's mark for a set of picks: the sum of their weights, clamped to 0..1.
double moodle_mark(const std::vector<double>& weights, unsigned picked) {
    double sum = 0;
    for (std::size_t i = 0; i < weights.size(); ++i)
        if (picked & (1u << i)) sum += weights[i];
    return std::clamp(sum, 0.0, 1.0);
}

double bank_mark(const Question& q, unsigned picked) {
    Answer a;
    a.type = QuestionType::multiple;
    for (std::size_t i = 0; i < q.choices.size(); ++i)
        if (picked & (1u << i)) a.choices.push_back(q.choices[i].id);
    return check_answer(q, a).score;
}

}  // namespace

TEST_CASE("gift weights: Moodle's -100 % wrong answers import as wrong with one note naming them") {
    REQUIRE_SHARED_FIXTURE(fixture, "gift/moodle/questions.gift.txt");
    ImportResult r = import_gift(read_text(fixture));
    REQUIRE(r.ok());
    const Question* q = find(r, "colours");
    REQUIRE(q);
    CHECK(q->choices[0].feedback == "right; good!");  // per-answer feedback is kept
    std::vector<std::string> n = notes(r);
    auto it = std::find_if(n.begin(), n.end(),
                           [](const std::string& m) { return m.find("\"colours\"") == 0; });
    REQUIRE(it != n.end());
    CHECK(it->find("\"red\" -100 %") != std::string::npos);
    CHECK(it->find("\"yellow\" 50 %") != std::string::npos);
    CHECK(it->find("each wrong pick costs 50 %") != std::string::npos);
}

TEST_CASE("gift weights: +50 % and -50 % score as the bank's rule and import without a note") {
    REQUIRE_SHARED_FIXTURE(fixture, "gift/moodle/examples.txt");
    ImportResult r = import_gift(read_text(fixture));
    INFO(describe(r));
    std::vector<double> weights{-0.5, 0.5, 0.5, -0.5};
    int matching = 0;
    for (const Question& q : r.bank.questions) {
        if (q.prompt.find("entombed") == std::string::npos) continue;
        bool has_note = false;
        for (const ImportMessage& m : r.messages)
            has_note = has_note || (m.line == r.question_lines[q.id] &&
                                    m.message.find("Moodle's weights") != std::string::npos);
        if (q.choices.size() == 4 && !q.choices[0].correct && q.choices[1].correct && !has_note) {
            ++matching;
            for (unsigned picked = 0; picked < 16; ++picked)
                CHECK(bank_mark(q, picked) == doctest::Approx(moodle_mark(weights, picked)));
        }
    }
    // Of the two "Grant's tomb" questions, the one with ~No one (0 %) gets a note, the -50 % one
    // does not.
    CHECK(matching == 1);
}

TEST_CASE("gift weights: export writes weights under which Moodle marks as the bank does") {
    ImportResult r =
        import_gift("::three:: Which three?{\n~%70%a\n~%20%b\n~%10%c\n~d\n~%-100%e\n}\n");
    REQUIRE(r.ok());
    REQUIRE(notes(r).size() == 1);
    CHECK(notes(r)[0].find("each right pick now earns 33.33 %") != std::string::npos);
    ExportResult out = write_gift(r.bank);
    REQUIRE(out.ok());
    CHECK(out.text.find("\t~%33.33333%a\n\t~%33.33333%b\n\t~%33.33333%c\n\t~%-33.33333%d\n"
                        "\t~%-33.33333%e\n") != std::string::npos);
    ImportResult back = import_gift(out.text);
    REQUIRE(back.ok());
    CHECK(notes(back).empty());  // the round trip comes back without a weights note
    const Question& q = back.bank.questions.at(0);
    std::vector<double> written{1 / 3.0, 1 / 3.0, 1 / 3.0, -1 / 3.0, -1 / 3.0};
    for (unsigned picked = 0; picked < 32; ++picked)
        CHECK(bank_mark(q, picked) == doctest::Approx(moodle_mark(written, picked)).epsilon(1e-6));
}
