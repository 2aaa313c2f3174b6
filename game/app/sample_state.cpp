#include "app/sample_state.h"

#include <algorithm>
#include <cmath>

#include "core/session/estimate_score.h"

#include "core/bank/matrix_cells.h"

namespace statecraft {

namespace {

constexpr std::int64_t kThinkingMs = 17'000;

SampleQuality quality_for(int index) {
    static constexpr SampleQuality kCycle[] = {SampleQuality::right, SampleQuality::wrong,
                                               SampleQuality::right, SampleQuality::partial};
    return kCycle[index % 4];
}

// Answers the current question, submits it and goes on.
void answer_and_next(AppController& c, ManualClock& clock, SampleQuality quality) {
    for (const Intent& i : sample_answer_intents(c.state(), quality)) c.apply(i);
    clock.advance(kThinkingMs);
    c.apply(intent::Practice{practice_cmd::Submit{}});
    c.apply(intent::Practice{practice_cmd::Next{}});
}

// Right: every right choice; partial: the first right one; wrong (and a partial single): the
// first wrong choice shown.
std::vector<Intent> choice_intents(const PresentedQuestion& p, SampleQuality quality) {
    const Question& q = *p.question;
    const bool right = quality == SampleQuality::right;
    std::vector<Intent> out;
    int picked = 0;
    for (int index : p.choice_order) {
        const Choice& c = q.choices[index];
        if (right && c.correct) out.push_back(intent::Practice{practice_cmd::ChooseChoice{c.id}});
        if (quality == SampleQuality::partial && c.correct && picked++ == 0)
            out.push_back(intent::Practice{practice_cmd::ChooseChoice{c.id}});
    }
    if (!right && (quality == SampleQuality::wrong || q.type == QuestionType::single)) {
        out.clear();
        for (int index : p.choice_order)
            if (!q.choices[index].correct) {
                out.push_back(intent::Practice{practice_cmd::ChooseChoice{q.choices[index].id}});
                break;
            }
    }
    return out;
}

// The moves from the shown order to the right one (partial: the first two swapped; wrong:
// reversed).
std::vector<Intent> ordering_intents(const Question& q, std::vector<std::string> order,
                                     SampleQuality quality) {
    std::vector<std::string> target = q.sequence;
    if (quality == SampleQuality::partial && target.size() > 1) std::swap(target[0], target[1]);
    if (quality == SampleQuality::wrong) std::reverse(target.begin(), target.end());
    std::vector<Intent> out;
    for (int k = 0; k < static_cast<int>(target.size()); ++k) {
        auto it = std::find(order.begin() + k, order.end(), target[k]);
        if (it == order.end()) continue;
        int from = static_cast<int>(it - order.begin());
        if (from == k) continue;
        out.push_back(intent::Practice{practice_cmd::MoveItem{from, k}});
        std::string item = *it;
        order.erase(it);
        order.insert(order.begin() + k, item);
    }
    return out;
}

}  // namespace

std::vector<Intent> sample_answer_intents(const AppState& state, SampleQuality quality) {
    std::vector<Intent> out;
    if (!state.quiz.session || state.quiz.session->finished()) return out;
    const PresentedQuestion& p = state.quiz.session->current();
    const Question& q = *p.question;
    const bool right = quality == SampleQuality::right;
    const bool partial = quality == SampleQuality::partial;
    switch (q.type) {
        case QuestionType::single:
        case QuestionType::multiple:
            out = choice_intents(p, quality);
            break;
        case QuestionType::true_false:
            out.push_back(
                intent::Practice{practice_cmd::ChooseTruth{right ? q.answer : !q.answer}});
            break;
        case QuestionType::matching: {
            const int n = static_cast<int>(q.pairs.size());
            for (int row = 0; row < n; ++row) {
                // Right: its own. Wrong: the next row's. Partial: the first right, rows 2
                // and 3 swapped (with two pairs, the second row takes the first's).
                int source = row;
                if (quality == SampleQuality::wrong) source = (row + 1) % n;
                if (partial && row >= 1) source = n > 2 ? (row == 1 ? 2 : row == 2 ? 1 : row) : 0;
                out.push_back(intent::Practice{practice_cmd::SetMatch{row, q.pairs[source].right}});
            }
            break;
        }
        case QuestionType::ordering:
            out = ordering_intents(q, state.quiz.practice.draft.order, quality);
            break;
        case QuestionType::short_answer:
            out.push_back(intent::Practice{
                practice_cmd::SetText{right ? q.accept.front() : std::string("statecraft")}});
            break;
        case QuestionType::estimate: {
            // Right: the value; partial: half-way to the tolerance; wrong: far beyond it.
            const double v = q.value.value_or(0), t = estimate_tolerance(q);
            const double given = right     ? v
                                 : partial ? v + (q.margin + t) / 2
                                           : v + 2 * t + std::max(1.0, std::fabs(v));
            out.push_back(intent::Practice{practice_cmd::SetText{format_estimate(given)}});
            break;
        }
        case QuestionType::poll:
            if (!p.choice_order.empty())
                out.push_back(intent::Practice{
                    practice_cmd::ChooseChoice{q.choices[p.choice_order.front()].id}});
            break;
        case QuestionType::matrix:  // right: the key; partial: the first row flipped; wrong: all
            for (int r = 0; r < static_cast<int>(q.rows.size()); ++r)
                for (int c = 0; c < static_cast<int>(q.rows[r].cells.size()); ++c) {
                    std::string key = cell_mark_code(cell_mark(q.rows[r].cells[c]));
                    bool flip = quality == SampleQuality::wrong || (partial && r == 0);
                    out.push_back(intent::Practice{
                        practice_cmd::SetMatrixCell{r, c, flip ? (key == "I" ? "C" : "I") : key}});
                }
            break;
    }
    return out;
}

// The editor on the all-types example (else the selected bank) with a question selected.
std::string drive_to_editor_sample(AppController& c, const SampleOptions& options) {
    const auto& banks = c.state().home.banks;
    const bool named = banks[c.state().home.selected].origin == "Command line";  // --bank
    for (int i = 0; i < static_cast<int>(banks.size()) && !named; ++i)
        if (banks[i].loaded->bank.id == "example-all-types")
            c.apply(intent::Home{home_cmd::SelectBank{i}});
    c.apply(intent::Editor{intent::editor::Open{false}});
    const EditorState& e = c.state().editor;
    if (!e.doc) return c.state().home.message;
    const auto& questions = e.doc->bank().questions;
    int index = questions.size() > 1 ? 1 : 0;
    for (int i = 0; i < static_cast<int>(questions.size()); ++i)
        if (questions[i].id == options.question_id) index = i;
    if (!options.question_id.empty() &&
        (questions.empty() || questions[index].id != options.question_id))
        return "the bank has no question \"" + options.question_id + "\"";
    c.apply(intent::Editor{intent::editor::Select{EditorPage::question, index}});
    return {};
}

std::string drive_to_sample(AppController& c, ManualClock& clock, const SampleOptions& options) {
    if (options.screen == Screen::home) return {};
    if (options.screen == Screen::progress)
        return drive_to_progress_sample(c, clock, options.store);
    if (options.screen == Screen::classroom_setup || options.screen == Screen::classroom ||
        options.screen == Screen::podium)
        return drive_to_classroom_sample(c, clock, options);
    if (options.screen >= Screen::live_join && options.screen <= Screen::live_podium)
        return drive_to_live_sample(c, options.screen, options.question_id);
    if (options.screen == Screen::editor) {
        if (c.state().home.selected < 0) return "no bank to show (check --bank and questions/)";
        return drive_to_editor_sample(c, options);
    }
    if (c.state().home.selected < 0) return "no bank to show (check --bank and questions/)";
    if (!options.question_id.empty()) {
        c.apply(intent::Home{home_cmd::SetShuffle{false}});
        c.apply(intent::Home{home_cmd::SetQuestionCount{1000}});
    }
    c.apply(intent::Home{home_cmd::StartQuiz{}});
    if (!c.state().quiz.session) return c.state().home.message;
    clock.advance(3000);
    switch (options.screen) {
        case Screen::practice:
        case Screen::briefing: {
            const QuizSession* s = &*c.state().quiz.session;
            if (!options.question_id.empty()) {
                int guard = 0;
                while (s->current().question->id != options.question_id) {
                    if (s->is_last() || guard++ > 1000)
                        return "the bank has no question \"" + options.question_id + "\"";
                    answer_and_next(c, clock, quality_for(s->index()));
                    s = &*c.state().quiz.session;
                }
            } else if (s->size() > 1) {
                answer_and_next(c, clock, SampleQuality::right);
                s = &*c.state().quiz.session;
            }
            if (options.answered || options.submitted)
                for (const Intent& i : sample_answer_intents(c.state(), SampleQuality::partial))
                    c.apply(i);
            clock.advance(kThinkingMs);
            if (options.submitted) c.apply(intent::Practice{practice_cmd::Submit{}});
            if (options.screen == Screen::briefing) {
                const auto& refs = s->current().question->refs;
                c.apply(intent::Home{
                    home_cmd::OpenBriefing{refs.empty() ? std::string() : refs.front()}});
            }
            break;
        }
        case Screen::results: {
            int guard = 0;
            while (!c.state().quiz.session->finished() && guard < 1000)
                answer_and_next(c, clock, quality_for(guard++));
            break;
        }
        default:  // Home needs no quiz; the other screens build their own sample state.
            break;
    }
    return {};
}

}  // namespace statecraft
