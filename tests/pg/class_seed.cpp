// Fills a score database with a class's answers to the single-choice and true/false questions
// of a bank, through the core API (no SQL), for the school-server tests and benchmarks.
//
//   class_seed DB_FILE BANK.json STUDENTS ANSWERS_PER_STUDENT SEED [PREFIX] [MISKEYED_ID]
//
// Profiles PREFIX1..PREFIXn (default "student"); student s has ability s/n. Each answer is right
// with probability 0.15 + 0.8 * ability (a question's difficulty shifts it); wrong answers pick
// among the wrong choices but never the last one (so item analysis finds "a distractor nobody
// picks"). For MISKEYED_ID the stronger students are the ones who miss it (negative
// discrimination). Prints the number of attempts written.
#include <cstdio>
#include <random>
#include <string>

#include "core/bank/bank_loader.h"
#include "core/session/answer.h"
#include "core/session/answer_check.h"
#include "core/store/question_hash.h"
#include "core/store/store.h"

using namespace statecraft;

namespace {

Answer pick_answer(const Question& q, bool right, std::mt19937_64& rng) {
    if (q.type == QuestionType::true_false) return Answer::true_false(right ? q.answer : !q.answer);
    std::vector<std::string> wrong;
    std::string correct;
    for (const Choice& c : q.choices) {
        if (c.correct)
            correct = c.id;
        else
            wrong.push_back(c.id);
    }
    if (right || wrong.empty()) return Answer::single(correct);
    if (wrong.size() > 1) wrong.pop_back();  // the last distractor: nobody picks it
    return Answer::single(wrong[rng() % wrong.size()]);
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 6) {
        std::fprintf(stderr,
                     "usage: class_seed DB BANK STUDENTS ANSWERS SEED [PREFIX] [MISKEYED]\n");
        return 2;
    }
    LoadedBank loaded = load_bank_file(argv[2]);
    if (!loaded.ok()) {
        std::fprintf(stderr, "cannot load %s\n", argv[2]);
        return 1;
    }
    const int students = std::stoi(argv[3]);
    const long answers = std::stol(argv[4]);
    std::mt19937_64 rng(std::stoull(argv[5]));
    const std::string prefix = argc > 6 ? argv[6] : "student";
    const std::string miskeyed = argc > 7 ? argv[7] : "";
    std::vector<const Question*> items;
    for (const Question& q : loaded.bank.questions)
        if (q.type == QuestionType::single || q.type == QuestionType::true_false)
            items.push_back(&q);
    OpenResult opened = Store::open(argv[1]);
    if (!opened.ok()) {
        std::fprintf(stderr, "%s\n", opened.error.c_str());
        return 1;
    }
    std::uniform_real_distribution<double> unit(0, 1);
    std::int64_t t = 1'790'000'000'000;  // Nov 2026
    long written = 0;
    for (int s = 1; s <= students; ++s) {
        const double ability = static_cast<double>(s) / students;
        for (long done = 0; done < answers;) {
            SessionImport session{
                {prefix + std::to_string(s), loaded.bank.id, loaded.content_hash, "practice", t},
                {},
                {}};
            for (int i = 0; i < 5000 && done < answers; ++i, ++done) {
                const Question& q = *items[static_cast<std::size_t>(rng() % items.size())];
                double p = 0.15 + 0.8 * (q.id == miskeyed ? 1 - ability : ability) -
                           0.1 * (q.difficulty - 2);
                Answer a = pick_answer(q, unit(rng) < p, rng);
                AttemptRecord r = AttemptRecord::for_question(q);
                AnswerCheck check = check_answer(q, a);
                r.answer_json = answer_to_json_text(a);
                r.score = check.score;
                r.correct = check.correct;
                r.time_ms = 2000 + static_cast<std::int64_t>(rng() % 8000);
                r.answered_ms = t += 7000;
                session.attempts.push_back(std::move(r));
            }
            session.end = SessionEnd{t, 0.0, 0.0};
            WriteResult w = opened.store->import_sessions({&session, 1});
            if (!w.saved) {
                std::fprintf(stderr, "%s\n", w.message.c_str());
                return 1;
            }
            written += static_cast<long>(session.attempts.size());
        }
    }
    std::printf("%ld\n", written);
    return 0;
}
