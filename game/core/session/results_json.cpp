#include "core/session/results_json.h"

#include <cmath>
#include <nlohmann/json.hpp>

namespace statecraft {

using ojson = nlohmann::ordered_json;

std::string results_to_json_text(const QuizSession& session, const std::vector<bool>* answered) {
    Results r = session.results();
    const auto given = [&](int i) {
        return session.attempt(i).has_value() &&
               (!answered || (i < static_cast<int>(answered->size()) && (*answered)[i]));
    };
    if (answered) {
        r.answered = 0;
        for (int i = 0; i < session.size(); ++i) r.answered += given(i) ? 1 : 0;
    }
    ojson j;
    j["format"] = "statecraft.results";
    j["version"] = 1;
    j["bank_id"] = r.bank_id;
    j["bank_title"] = session.bank().title;
    j["seed"] = session.config().seed;
    j["total"] = r.total;
    j["answered"] = r.answered;
    j["score"] = r.score;
    j["percent"] = std::round(r.fraction() * 1000.0) / 10.0;
    j["elapsed_ms"] = r.elapsed_ms;
    ojson cats = ojson::array();
    for (const CategoryScore& c : r.categories)
        cats.push_back(
            {{"id", c.id}, {"title", c.title}, {"questions", c.questions}, {"score", c.score}});
    j["categories"] = std::move(cats);
    ojson questions = ojson::array();
    for (int i = 0; i < session.size(); ++i) {
        const Question& q = *session.item(i).question;
        const std::optional<Attempt> attempt = given(i) ? session.attempt(i) : std::nullopt;
        ojson qj;
        qj["id"] = q.id;
        qj["category"] = q.category;
        qj["type"] = to_string(q.type);
        qj["answer"] = attempt ? ojson::parse(answer_to_json_text(attempt->answer), nullptr, false)
                               : ojson(nullptr);
        qj["score"] = attempt ? attempt->score : 0.0;
        qj["correct"] = attempt && attempt->correct;
        if (attempt && attempt->overridden) qj["overridden"] = true;  // "I was right"
        qj["elapsed_ms"] = attempt ? attempt->elapsed_ms : 0;
        if (attempt && attempt->confidence) qj["confidence"] = to_string(*attempt->confidence);
        questions.push_back(std::move(qj));
    }
    j["questions"] = std::move(questions);
    // Never throws: text that is not UTF-8 (it cannot come from a loaded bank) is replaced.
    return j.dump(2, ' ', false, ojson::error_handler_t::replace) + "\n";
}

}  // namespace statecraft
