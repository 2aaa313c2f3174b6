#include "support/bank_fixture.h"

namespace statecraft::testing {

nlohmann::json valid_bank_json() {
    return nlohmann::json::parse(R"({
      "format": "statecraft.bank", "version": 1, "id": "test-bank", "title": "Test bank",
      "source": {"title": "Notes", "sections": [{"id": "s1", "heading": "One", "text": "Text one."}]},
      "categories": [{"id": "actors", "title": "Actors"}, {"id": "motives", "title": "Motives"}],
      "questions": [
        {"id": "q-single", "category": "actors", "type": "single", "prompt": "Who?",
         "choices": [{"id": "a", "text": "A", "correct": true}, {"id": "b", "text": "B"}],
         "explanation": "Because.", "refs": ["s1"]},
        {"id": "q-multiple", "category": "actors", "type": "multiple", "prompt": "Which?",
         "choices": [{"id": "a", "text": "A", "correct": true}, {"id": "b", "text": "B", "correct": true},
                     {"id": "c", "text": "C"}], "explanation": "Because."},
        {"id": "q-tf", "category": "motives", "type": "true_false", "prompt": "True?", "answer": false,
         "explanation": "Because."},
        {"id": "q-match", "category": "motives", "type": "matching", "prompt": "Match.",
         "pairs": [{"left": "L1", "right": "R1"}, {"left": "L2", "right": "R2"}],
         "distractors": ["R3"], "explanation": "Because."},
        {"id": "q-order", "category": "motives", "type": "ordering", "prompt": "Order.",
         "sequence": ["first", "second", "third"], "explanation": "Because."},
        {"id": "q-short", "category": "actors", "type": "short_answer", "prompt": "Name?",
         "accept": ["Zarif", "Javad Zarif"], "explanation": "Because.", "difficulty": 3,
         "time_limit_s": 20}
      ]})");
}

LoadedBank load_json(const nlohmann::json& j) {
    return load_bank_text(j.dump(), "test.json");
}

bool has_diagnostic(const LoadedBank& loaded, Severity severity, const std::string& pointer,
                    const std::string& text) {
    for (const Diagnostic& d : loaded.diagnostics) {
        if (d.severity == severity && d.pointer == pointer &&
            d.message.find(text) != std::string::npos)
            return true;
    }
    return false;
}

std::string describe(const LoadedBank& loaded) {
    return describe(loaded.diagnostics);
}

std::string describe(const Diagnostics& diagnostics, const std::string& file) {
    std::string out;
    for (const Diagnostic& d : diagnostics) out += format_diagnostic(file, d) + "\n";
    return out;
}

}  // namespace statecraft::testing
