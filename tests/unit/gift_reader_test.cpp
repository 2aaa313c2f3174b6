// The GIFT reader against Moodle's own fixtures and the assertions of giftformat_test.php.
#include <doctest/doctest.h>

#include "core/interop/gift_parse.h"
#include "core/interop/gift_reader.h"
#include "support/interop_helpers.h"

using namespace statecraft;
using namespace statecraft::testing;

namespace {
ImportResult import_gift(const std::string& text) {
    return read_gift(text, ImportOptions{{}, {}, "test.gift", {}});
}
}  // namespace

TEST_CASE("gift: Moodle's questions.gift.txt imports 8 of its 9 questions") {
    REQUIRE_SHARED_FIXTURE(fixture, "gift/moodle/questions.gift.txt");
    ImportResult r = import_gift(read_text(fixture));
    INFO(describe(r));
    REQUIRE(r.ok());
    CHECK(r.imported == 8);
    CHECK(r.skipped == 1);
    CHECK(has_message(r, ImportSeverity::skipped, 2, "essay"));
    CHECK(r.bank.id == "test");
    REQUIRE(r.bank.categories.size() == 1);
    CHECK(r.bank.categories[0].id == "imported");
    std::vector<std::string> ids;
    for (const Question& q : r.bank.questions) ids.push_back(q.id);
    CHECK(ids == std::vector<std::string>{"moodle-activities", "q2", "colours", "q5", "shortanswer",
                                          "q1", "2-08-tsl", "2-08-tsl-2"});
    // {#3:2~#Completely wrong}: 3 within 2 is full credit, as Moodle marks it; the wrong
    // answer's feedback has no place in an estimate.
    const Question* q5 = find(r, "q5");
    REQUIRE(q5);
    CHECK(q5->type == QuestionType::estimate);
    CHECK(q5->value == 3.0);
    CHECK(q5->margin == 2.0);
    CHECK_FALSE(q5->tolerance);
}

TEST_CASE("gift: Moodle's questions_in_category.gift.txt imports all 4 into its category") {
    REQUIRE_SHARED_FIXTURE(fixture, "gift/moodle/questions_in_category.gift.txt");
    ImportResult r = import_gift(read_text(fixture));
    INFO(describe(r));
    REQUIRE(r.ok());
    CHECK(r.imported == 4);
    CHECK(r.skipped == 0);
    REQUIRE(r.bank.categories.size() == 1);
    CHECK(r.bank.categories[0].id == "default-for-new-features");
    CHECK(r.bank.categories[0].title == "Default for New Features");
    for (const Question& q : r.bank.questions) CHECK(q.category == "default-for-new-features");
    const Question* greeting = find(r, "greeting");
    REQUIRE(greeting);
    CHECK(greeting->type == QuestionType::single);
    CHECK(greeting->prompt == "Listen to this greeting:\n\nWhat language is being spoken?");
    REQUIRE(greeting->choices.size() == 4);
    CHECK(greeting->choices[1].text == "French");
    CHECK(greeting->choices[1].correct);
    CHECK(greeting->choices[1].feedback == "Yes, well done!");
    const Question* user = find(r, "moodle-user");
    REQUIRE(user);
    CHECK(user->type == QuestionType::short_answer);
    CHECK(user->accept == std::vector<std::string>{"Moodler"});
    const Question* acronym = find(r, "moodle-acronym");
    REQUIRE(acronym);
    CHECK(acronym->type == QuestionType::true_false);
    CHECK(acronym->answer);
    CHECK(acronym->prompt ==
          "Moodle is an acronym for Modular Object-Oriented Dynamic Learning Environment.");
}

TEST_CASE("gift: matching with formats and a distractor (giftformat_test.php match)") {
    REQUIRE_SHARED_FIXTURE(fixture, "gift/moodle/questions.gift.txt");
    ImportResult r = import_gift(read_text(fixture));
    const Question* q = find(r, "moodle-activities");
    REQUIRE(q);
    CHECK(q->type == QuestionType::matching);
    CHECK(q->prompt == "Match the activity to the description.");
    REQUIRE(q->pairs.size() == 4);
    CHECK(q->pairs[0].left == "An activity supporting asynchronous discussions.");
    CHECK(q->pairs[0].right == "Forum");
    CHECK(q->pairs[1].right == "Choice");
    CHECK(q->pairs[2].right == "Database");
    CHECK(q->pairs[3].left == "A collection of web pages that anyone can add to or edit.");
    CHECK(q->pairs[3].right == "Wiki");
    CHECK(q->distractors == std::vector<std::string>{"Chat"});
}

TEST_CASE("gift: single choice with per-answer feedback (giftformat_test.php multichoice)") {
    REQUIRE_SHARED_FIXTURE(fixture, "gift/moodle/questions.gift.txt");
    ImportResult r = import_gift(read_text(fixture));
    const Question* q = find(r, "q2");
    REQUIRE(q);
    CHECK(q->type == QuestionType::single);
    CHECK(q->prompt == "What's between orange and green in the spectrum?");
    REQUIRE(q->choices.size() == 3);
    CHECK(q->choices[0].text == "yellow");
    CHECK(q->choices[1].text == "red");
    CHECK(q->choices[2].text == "blue");
    CHECK(q->choices[0].correct);
    CHECK_FALSE(q->choices[1].correct);
    CHECK_FALSE(q->choices[2].correct);
    CHECK(q->choices[0].feedback == "right; good!");
    CHECK(q->choices[1].feedback == "wrong, it's yellow");
    CHECK(q->choices[2].feedback == "wrong, it's yellow");
    CHECK(q->choices[0].id == "a");
    CHECK(q->choices[2].id == "c");
}

TEST_CASE(
    "gift: multiple choice weights, positive means correct (giftformat_test.php "
    "multichoice_multi)") {
    REQUIRE_SHARED_FIXTURE(fixture, "gift/moodle/questions.gift.txt");
    ImportResult r = import_gift(read_text(fixture));
    const Question* q = find(r, "colours");
    REQUIRE(q);
    CHECK(q->type == QuestionType::multiple);
    REQUIRE(q->choices.size() == 4);
    CHECK(q->choices[0].correct);        // 50%
    CHECK_FALSE(q->choices[1].correct);  // -100%
    CHECK(q->choices[2].correct);        // 50%
    CHECK_FALSE(q->choices[3].correct);  // -100%
    CHECK(q->choices[3].text == "blue");
    // The "tricky" variant: (1, -0.5, -0.5).
    ImportResult tricky = import_gift("::tricky:: Which?{\n~%100%yellow\n~%-50%red\n~%-50%blue\n}");
    INFO(describe(tricky));
    REQUIRE(tricky.ok());
    const Question& t = tricky.bank.questions.at(0);
    CHECK(t.type == QuestionType::multiple);
    CHECK(t.choices[0].correct);
    CHECK_FALSE(t.choices[1].correct);
    CHECK_FALSE(t.choices[2].correct);
}

TEST_CASE(
    "gift: short answer keeps positive weights and reports the wildcard (giftformat_test.php "
    "shortanswer)") {
    REQUIRE_SHARED_FIXTURE(fixture, "gift/moodle/questions.gift.txt");
    ImportResult r = import_gift(read_text(fixture));
    const Question* q = find(r, "shortanswer");
    REQUIRE(q);
    CHECK(q->type == QuestionType::short_answer);
    CHECK(q->prompt == "Which is the best animal?");
    CHECK(q->accept == std::vector<std::string>{"Frog", "Cat"});
    CHECK(has_message(r, ImportSeverity::note, 37, "wildcard"));
    ImportResult g = import_gift(
        "::sa::Which is the best animal?{\n=Frog#Good!\n=%50%Cat#Cats!\n####[html]Here is some "
        "<b>general</b> feedback!}");
    REQUIRE(g.ok());
    CHECK(g.bank.questions[0].explanation == "Here is some general feedback!");
    ImportResult only_wild = import_gift("Anything?{=*}\n\nName one.{=one}");
    INFO(describe(only_wild));
    REQUIRE(only_wild.ok());
    CHECK(only_wild.imported == 1);
    CHECK(only_wild.skipped == 1);
    ImportResult literal = import_gift("Which symbol multiplies?{=\\*}");
    REQUIRE(literal.ok());
    CHECK(literal.bank.questions[0].accept == std::vector<std::string>{"*"});
}

TEST_CASE("gift: true/false answers and Moodle's feedback slots (giftformat_test.php truefalse)") {
    REQUIRE_SHARED_FIXTURE(fixture, "gift/moodle/questions.gift.txt");
    ImportResult r = import_gift(read_text(fixture));
    const Question* q1 = find(r, "q1");
    REQUIRE(q1);
    CHECK(q1->type == QuestionType::true_false);
    CHECK_FALSE(q1->answer);
    // General feedback first, then fb1, the feedback for the wrong response ("true").
    CHECK(q1->explanation ==
          "This is, of course, a Hitchiker's Guide to the Galaxy reference.\n\n42 is the Ultimate "
          "Answer.");
    CHECK(has_message(r, ImportSeverity::note, 41, "You gave the right answer."));
    // Text after the answer block: the missing-word format.
    CHECK(q1->prompt == "42 is the Absolute Answer to everything._____\";");
    CHECK(find(r, "2-08-tsl")->answer);    // {T}
    CHECK(find(r, "2-08-tsl-2")->answer);  // {TRUE}
    for (const char* text : {"X{F}", "X{FALSE}"}) {
        ImportResult f = import_gift(text);
        REQUIRE(f.ok());
        CHECK_FALSE(f.bank.questions[0].answer);
    }
    ImportResult lower = import_gift("X{true}");  // case-sensitive: a short answer, as in Moodle
    REQUIRE(lower.ok());
    CHECK(lower.bank.questions[0].type == QuestionType::short_answer);
}

TEST_CASE("gift: escapes, with \\\\ first (giftformat_test.php backslash, MDL-34171)") {
    ImportResult r = import_gift("::b:: A \\\\ B \\\\\\\\ C{=x =y}");
    INFO(describe(r));
    REQUIRE(r.ok());
    CHECK(r.bank.questions[0].prompt == "A \\ B \\\\ C");
    ImportResult all =
        import_gift("Escapes \\: \\# \\= \\{ \\} \\~ and\\nnewline{=a\\=b =c\\#d#fb \\~ok}");
    INFO(describe(all));
    REQUIRE(all.ok());
    const Question& q = all.bank.questions[0];
    CHECK(q.prompt == "Escapes : # = { } ~ and\nnewline");
    CHECK(q.accept == std::vector<std::string>{"a=b", "c#d"});
    ImportResult pre = import_gift(
        "::Q001::[html]<p>What would it print?</p>\n<pre>\n  void test() \\{\n  "
        "\\}\n</pre>\n{=nothing}");
    INFO(describe(pre));
    REQUIRE(pre.ok());
    CHECK(pre.bank.questions[0].prompt.find("void test() {") != std::string::npos);
    CHECK(pre.bank.questions[0].prompt.find("}") != std::string::npos);
}

TEST_CASE("gift: comments, tags and ids (giftformat_test.php tags)") {
    ImportResult r = import_gift(
        "// This question is to test tags [tag:tag] [tag:other-tag].\n"
        "// And an idnumber: [id:myid].\n"
        "What's between orange and green?{=yellow ~red}");
    INFO(describe(r));
    REQUIRE(r.ok());
    const Question& q = r.bank.questions[0];
    CHECK(q.tags == std::vector<std::string>{"tag", "other-tag"});
    CHECK(q.id == "myid");  // no ::title::, so the Moodle idnumber names it
}

TEST_CASE("gift: [tag:] and [id:] extraction cases of extract_idnumber_and_tags_from_comment") {
    using gift::extract_bracket_values;
    std::string c = "// [tag:  basic] a [id:   four   ] que[tag:add   ]stion.";
    CHECK(extract_bracket_values(c, "id") == std::vector<std::string>{"four"});
    CHECK(extract_bracket_values(c, "tag") == std::vector<std::string>{"basic", "add"});
    CHECK(extract_bracket_values("// [tag:\n// \\ frog]", "tag").empty());
    CHECK(extract_bracket_values("// [id:i\\]d]", "id") == std::vector<std::string>{"i]d"});
    CHECK(extract_bracket_values("// [tag:t\\]ag]", "tag") == std::vector<std::string>{"t]ag"});
}

TEST_CASE("gift: titles become unique slugs; missing titles come from the prompt") {
    ImportResult r = import_gift(
        "::Q 1 (Iran)::A?{T}\n\n::Q 1 (Iran)::B?{T}\n\n::::C?{T}\n\nWho leads Iran's foreign "
        "ministry today?{=Araghchi}");
    INFO(describe(r));
    REQUIRE(r.ok());
    REQUIRE(r.bank.questions.size() == 4);
    CHECK(r.bank.questions[0].id == "q-1-iran");
    CHECK(r.bank.questions[1].id == "q-1-iran-2");
    CHECK(r.bank.questions[2].id == "c");
    CHECK(r.bank.questions[3].id == "who-leads-iran-s-foreign-ministry-today");
}

TEST_CASE("gift: $CATEGORY switches category; id from the last path segment") {
    ImportResult r = import_gift(
        "First{T}\n\n$CATEGORY: $course$/top/Unit 1// Actors\n\nSecond{T}\n\n$CATEGORY: "
        "$course$/top/Motives\n\nThird{F}");
    INFO(describe(r));
    REQUIRE(r.ok());
    REQUIRE(r.bank.categories.size() == 3);
    CHECK(r.bank.questions[0].category == "imported");
    CHECK(r.bank.questions[1].category == "unit-1-actors");
    CHECK(r.bank.find_category("unit-1-actors")->title == "Unit 1/ Actors");
    CHECK(r.bank.questions[2].category == "motives");
}

TEST_CASE("gift: missing-word format puts _____ in place of the answer block") {
    ImportResult r = import_gift(
        "Grant is {~buried =entombed ~living} in Grant's tomb.\n\n{ =Asia } is the largest "
        "continent.");
    INFO(describe(r));
    REQUIRE(r.ok());
    CHECK(r.bank.questions[0].prompt == "Grant is _____ in Grant's tomb.");
    CHECK(r.bank.questions[0].choices[1].correct);
    CHECK(r.bank.questions[1].prompt == "_____ is the largest continent.");
}

TEST_CASE("gift: format prefixes are stripped; HTML becomes plain text") {
    ImportResult r = import_gift(
        "[html]<p>The sun rises in <b>which</b> direction?</p>{\n=<p>The "
        "east.</p>#<b>Awesome!</b>\n~[plain]<b>west</b>\n}\n\n"
        "[markdown]Who's in **Grant's tomb**?{=no one}\n\n[unknown]kept{T}");
    INFO(describe(r));
    REQUIRE(r.ok());
    const Question& q = r.bank.questions[0];
    CHECK(q.prompt == "The sun rises in which direction?");
    CHECK(q.choices[0].text == "The east.");
    CHECK(q.choices[0].feedback == "Awesome!");
    CHECK(q.choices[1].text == "<b>west</b>");  // [plain] keeps its text as written
    CHECK(r.bank.questions[1].prompt == "Who's in **Grant's tomb**?");
    CHECK(r.bank.questions[2].prompt == "[unknown]kept");
}

TEST_CASE("gift: single choice with partial credit keeps the full-credit answer only") {
    ImportResult r = import_gift(
        "Difficult question.{~wrong answer ~%50%half credit answer =full credit answer}");
    INFO(describe(r));
    REQUIRE(r.ok());
    const Question& q = r.bank.questions[0];
    CHECK(q.type == QuestionType::single);
    CHECK(q.choices[2].correct);
    CHECK_FALSE(q.choices[1].correct);
    CHECK(has_message(r, ImportSeverity::note, 1, "partial credit"));
    ImportResult two = import_gift("Who? {=a =b ~c}\n\nOk?{T}");
    REQUIRE(two.ok());
    CHECK(two.skipped == 1);
    CHECK(has_message(two, ImportSeverity::skipped, 1, "2 answers give full credit"));
}

TEST_CASE("gift: matching in the ordering shape becomes an ordering question") {
    ImportResult r = import_gift(
        "// [statecraft:ordering]\n::steps::Order the steps.{\n=Read -> 1st\n=Answer -> "
        "2nd\n=Submit -> 3rd\n}\n\n"
        "::not-order::Match.{=A -> 1st =B -> 3rd}");
    INFO(describe(r));
    REQUIRE(r.ok());
    const Question* steps = find(r, "steps");
    REQUIRE(steps);
    CHECK(steps->type == QuestionType::ordering);
    CHECK(steps->sequence == std::vector<std::string>{"Read", "Answer", "Submit"});
    CHECK(find(r, "not-order")->type == QuestionType::matching);
}

TEST_CASE("gift: errors name the line and nothing is imported") {
    SUBCASE("unbalanced braces") {
        ImportResult r = import_gift("Fine{T}\n\n// comment\nBroken {=a =b\n\nAlso fine{F}");
        CHECK_FALSE(r.ok());
        CHECK(has_message(r, ImportSeverity::error, 4, "unbalanced braces"));
        CHECK(count_messages(r, ImportSeverity::error) == 1);  // the others were fine
    }
    SUBCASE("closing brace first") {
        ImportResult r = import_gift("A } then {T");
        CHECK(has_message(r, ImportSeverity::error, 1, "unbalanced braces"));
    }
    SUBCASE("a second answer block") {
        ImportResult r = import_gift("One {T} two {F}");
        CHECK(has_message(r, ImportSeverity::error, 1, "second answer block"));
    }
    SUBCASE("a matching pair without an arrow, on its own line") {
        ImportResult r = import_gift("Match.{\n=a -> b\n=c -> d\n=e\n}");
        CHECK(has_message(r, ImportSeverity::error, 4, "without \"->\""));
    }
    SUBCASE("a multiple choice with one answer") {
        ImportResult r = import_gift("\n\nWho?{~only}");
        CHECK(has_message(r, ImportSeverity::error, 3, "at least 2 answers"));
    }
    SUBCASE("multiple choice with no positive weight") {
        ImportResult r = import_gift("Who?{~a ~b}");
        CHECK(has_message(r, ImportSeverity::error, 1, "positive weight"));
    }
    SUBCASE("not UTF-8") {
        ImportResult r = import_gift("Fine{T}\n\nCaf\xE9{T}");
        CHECK(has_message(r, ImportSeverity::error, 3, "UTF-8"));
        CHECK(r.bank.questions.empty());
    }
    SUBCASE("only skipped questions") {
        ImportResult r = import_gift("Essay?{}");
        CHECK(has_message(r, ImportSeverity::error, 0, "no question"));
    }
    SUBCASE("what the validator refuses") {
        ImportResult r = import_gift("Which?{=1 ~2 ~3 ~4 ~5 ~6 ~7 ~8 ~9}");
        CHECK(r.skipped == 1);  // more than 8 choices: reported and skipped
    }
}

TEST_CASE("gift: every imported bank passes the validator") {
    REQUIRE_SHARED_FIXTURE(fixture, "gift/moodle/examples.txt");
    ImportResult r = import_gift(read_text(fixture));
    INFO(describe(r));
    CHECK(r.ok());
    CHECK(r.imported + r.skipped > 30);
}

TEST_CASE("gift: large adversarial inputs are handled in linear time") {
    // Each of these was quadratic once; at these sizes a quadratic pass would take minutes.
    std::string many_answers = "Name one.{\n";
    for (int i = 0; i < 30000; ++i) many_answers += "=a" + std::to_string(i) + "\n";
    ImportResult a = import_gift(many_answers + "}");
    REQUIRE(a.ok());
    CHECK(a.bank.questions[0].accept.size() == 30000);
    std::string same_titles;
    for (int i = 0; i < 5000; ++i) same_titles += "::Same::Q?{T}\n\n";
    ImportResult b = import_gift(same_titles);
    REQUIRE(b.ok());
    CHECK(b.bank.questions.back().id == "same-5000");
    std::string comments = "[html]";
    for (int i = 0; i < 50000; ++i) comments += "<!--&&&&";
    ImportResult c = import_gift(comments + "{T}");
    CHECK(has_message(c, ImportSeverity::error, 1, "longer than 20,000 characters"));
    std::string tags = "// ";
    for (int i = 0; i < 30000; ++i) tags += "[tag:";
    ImportResult d = import_gift(tags + "\nQ?{T}");
    CHECK(d.ok());
}

TEST_CASE("gift: Windows line endings and a byte-order mark") {
    ImportResult r =
        import_gift("\xEF\xBB\xBF// c\r\n::q::Who?{\r\n=a#fine\r\n~b\r\n}\r\n\r\nNext?{T}\r\n");
    INFO(describe(r));
    REQUIRE(r.ok());
    REQUIRE(r.bank.questions.size() == 2);
    CHECK(r.bank.questions[0].choices[0].feedback == "fine");
    CHECK(r.bank.questions[0].choices[1].text == "b");
}
