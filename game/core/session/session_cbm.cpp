#include "core/session/session_cbm.h"

namespace statecraft {

std::vector<MarkedAnswer> marked_answers(const QuizSession& session) {
    std::vector<MarkedAnswer> out;
    for (int i = 0; i < session.size(); ++i)
        if (const auto& a = session.attempt(i)) out.push_back({a->score, a->confidence, 0});
    return out;
}

CbmSummary session_cbm(const QuizSession& session) {
    const std::vector<MarkedAnswer> answers = marked_answers(session);
    return summarize_cbm(answers, session.size() - static_cast<int>(answers.size()));
}

}  // namespace statecraft
