#include "core/editor/question_edit.h"

#include <algorithm>

#include "core/editor/matrix_edit.h"

namespace statecraft {

std::string unique_question_id(const Bank& bank, const std::string& base) {
    auto used = [&](const std::string& id) { return bank.find_question(id) != nullptr; };
    if (!used(base)) return base;
    for (int n = 2;; ++n) {
        std::string id = base + "-" + std::to_string(n);
        if (!used(id)) return id;
    }
}

std::string unique_choice_id(const Question& question) {
    auto used = [&](const std::string& id) {
        return std::any_of(question.choices.begin(), question.choices.end(),
                           [&](const Choice& c) { return c.id == id; });
    };
    for (char c = 'a'; c <= 'z'; ++c)
        if (!used(std::string(1, c))) return std::string(1, c);
    for (int n = 27;; ++n)
        if (!used("c" + std::to_string(n))) return "c" + std::to_string(n);
}

namespace {

void ensure_choices(Question& q, std::size_t n) {
    while (q.choices.size() < n) {
        Choice c;
        c.id = unique_choice_id(q);
        q.choices.push_back(std::move(c));
    }
}

// What a question's type holds as plain texts (the right ones also in `right`): kept when the
// type changes.
struct PlainTexts {
    std::vector<std::string> texts, right;
};

PlainTexts plain_texts(const Question& q) {
    PlainTexts out;
    switch (q.type) {
        case QuestionType::single:
        case QuestionType::multiple:
        case QuestionType::poll:
            for (const Choice& c : q.choices) {
                if (c.text.empty()) continue;
                out.texts.push_back(c.text);
                if (c.correct) out.right.push_back(c.text);
            }
            break;
        case QuestionType::ordering:
            out.texts = q.sequence;
            break;
        case QuestionType::matching:
            for (const MatchPair& p : q.pairs) out.texts.push_back(p.left);
            break;
        case QuestionType::short_answer:
            out.texts = q.accept;
            out.right = q.accept;
            break;
        case QuestionType::matrix:
            for (const MatrixRow& r : q.rows) out.texts.push_back(r.text);
            break;
        case QuestionType::true_false:
        case QuestionType::estimate:
            break;
    }
    return out;
}

}  // namespace

Question new_question(const Bank& bank, QuestionType type) {
    Question q;
    q.id = unique_question_id(bank, "question-" + std::to_string(bank.questions.size() + 1));
    if (!bank.categories.empty()) q.category = bank.categories.front().id;
    change_type(q, type);
    return q;
}

void change_type(Question& q, QuestionType type) {
    // What the old type holds as plain texts, the right ones first.
    auto [texts, right_texts] = plain_texts(q);
    q.type = type;
    switch (type) {
        case QuestionType::single:
        case QuestionType::multiple:
            if (q.choices.empty())
                for (const std::string& t : texts) {
                    Choice c;
                    c.id = unique_choice_id(q);
                    c.text = t;
                    c.correct =
                        std::find(right_texts.begin(), right_texts.end(), t) != right_texts.end();
                    q.choices.push_back(std::move(c));
                }
            ensure_choices(q, 2);
            if (type == QuestionType::single) {
                // Exactly one right: the first marked one, else the first choice.
                bool seen = false;
                for (Choice& c : q.choices) {
                    if (c.correct && seen) c.correct = false;
                    if (c.correct) seen = true;
                }
                if (!seen) q.choices.front().correct = true;
            } else if (std::none_of(q.choices.begin(), q.choices.end(),
                                    [](const Choice& c) { return c.correct; })) {
                q.choices.front().correct = true;
            }
            break;
        case QuestionType::ordering:
            if (q.sequence.empty()) q.sequence = texts;
            while (q.sequence.size() < 3) q.sequence.emplace_back();
            break;
        case QuestionType::matching:
            if (q.pairs.empty())
                for (const std::string& t : texts) q.pairs.push_back(MatchPair{t, "", {}});
            while (q.pairs.size() < 2) q.pairs.emplace_back();
            break;
        case QuestionType::short_answer:
            if (q.accept.empty()) q.accept = right_texts.empty() ? texts : right_texts;
            if (q.accept.size() > 1 && right_texts.empty()) q.accept.resize(1);
            if (q.accept.empty()) q.accept.emplace_back();
            break;
        case QuestionType::matrix:
            ensure_matrix_shape(q, texts);
            break;
        case QuestionType::true_false:
            break;
        case QuestionType::estimate:
            if (!q.value) q.value = 0;
            break;
        case QuestionType::poll:
            // A poll keeps the texts but has no key.
            if (q.choices.empty())
                for (const std::string& t : texts) {
                    Choice c;
                    c.id = unique_choice_id(q);
                    c.text = t;
                    q.choices.push_back(std::move(c));
                }
            ensure_choices(q, 2);
            for (Choice& c : q.choices) c.correct = false;
            break;
    }
}

}  // namespace statecraft
