#include "core/store/quiz_records.h"

#include "core/session/answer_check.h"

namespace statecraft {

SessionStart session_start(const QuizSession& session, std::string profile,
                           std::int64_t started_ms) {
    const SessionOrigin& origin = session.origin();
    return {std::move(profile), origin.bank_id, origin.content_hash, to_string(origin.mode),
            started_ms};
}

std::optional<AttemptRecord> attempt_record(const QuizSession& session, int i) {
    const std::optional<Attempt>& attempt = session.attempt(i);
    const Question& question = *session.item(i).question;
    if (!attempt || !is_graded(question.type)) return std::nullopt;
    AttemptRecord a = AttemptRecord::for_question(question);
    a.answer = attempt->answer;
    a.score = attempt->score;
    a.correct = attempt->correct;
    a.time_ms = attempt->elapsed_ms;
    a.confidence = attempt->confidence;
    return a;
}

}  // namespace statecraft
