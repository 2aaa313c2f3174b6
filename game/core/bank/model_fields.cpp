// The reader's own findings, made on a model instead of text (the editor validates its model
// directly): unknown fields kept as they are, and text over the length limit.
#include "core/bank/bank_reader.h"
#include "core/bank/bank_rules.h"
#include "core/text/utf8.h"

namespace statecraft {

namespace {

class FieldChecker {
  public:
    explicit FieldChecker(Diagnostics& out) : out_(out) {}

    void extra(const std::string& at, const ExtraFields& fields, const std::string& qid) {
        for (const auto& [key, raw] : fields) {
            (void)raw;
            add(Severity::warning, at + "/" + escape(key),
                "unknown field \"" + key + "\" (kept as is)", qid);
        }
    }

    // The pointer is built only for a finding: most fields are fine, and the editor checks
    // every field of every question on each keystroke.
    template <class Pointer>
    void text(const Pointer& at, const std::string& value, const std::string& qid = {}) {
        if (value.size() > kMaxTextChars && count_code_points(value) > kMaxTextChars)
            add(Severity::error, at(), "text longer than 20,000 characters", qid);
    }

    template <class Pointer>
    void texts(const Pointer& at, const std::vector<std::string>& values,
               const std::string& qid = {}) {
        for (std::size_t i = 0; i < values.size(); ++i)
            text([&] { return at() + "/" + std::to_string(i); }, values[i], qid);
    }

    template <class Pointer>
    void extra_lazy(const Pointer& at, const ExtraFields& fields, const std::string& qid) {
        if (!fields.empty()) extra(at(), fields, qid);
    }

  private:
    static std::string escape(const std::string& key) {
        std::string out;
        for (char c : key) out += c == '~' ? "~0" : c == '/' ? "~1" : std::string(1, c);
        return out;
    }

    void add(Severity severity, std::string pointer, std::string message, const std::string& qid) {
        Diagnostic d;
        d.severity = severity;
        d.pointer = std::move(pointer);
        d.message = std::move(message);
        d.question_id = qid;
        out_.push_back(std::move(d));
    }

    Diagnostics& out_;
};

void check_question_fields(FieldChecker& c, const Question& q, std::size_t index) {
    const std::string& id = q.id;
    auto at = [&](const char* field) {
        return [=] { return "/questions/" + std::to_string(index) + field; };
    };
    c.text(at("/id"), q.id, id);
    c.text(at("/category"), q.category, id);
    c.text(at("/prompt"), q.prompt, id);
    c.text(at("/explanation"), q.explanation, id);
    c.text(at("/review_by"), q.review_by, id);
    c.texts(at("/refs"), q.refs, id);
    c.texts(at("/tags"), q.tags, id);
    c.texts(at("/distractors"), q.distractors, id);
    c.texts(at("/sequence"), q.sequence, id);
    c.texts(at("/accept"), q.accept, id);
    for (std::size_t j = 0; j < q.choices.size(); ++j) {
        auto here = [&](const char* field) {
            return [=] {
                return "/questions/" + std::to_string(index) + "/choices/" + std::to_string(j) +
                       field;
            };
        };
        c.text(here("/id"), q.choices[j].id, id);
        c.text(here("/text"), q.choices[j].text, id);
        c.text(here("/feedback"), q.choices[j].feedback, id);
        c.extra_lazy(here(""), q.choices[j].extra, id);
    }
    for (std::size_t j = 0; j < q.pairs.size(); ++j) {
        auto here = [&](const char* field) {
            return [=] {
                return "/questions/" + std::to_string(index) + "/pairs/" + std::to_string(j) +
                       field;
            };
        };
        c.text(here("/left"), q.pairs[j].left, id);
        c.text(here("/right"), q.pairs[j].right, id);
        c.extra_lazy(here(""), q.pairs[j].extra, id);
    }
    c.texts(at("/columns"), q.columns, id);
    for (std::size_t j = 0; j < q.rows.size(); ++j) {
        auto here = [&](const char* field) {
            return [=] {
                return "/questions/" + std::to_string(index) + "/rows/" + std::to_string(j) + field;
            };
        };
        c.text(here("/text"), q.rows[j].text, id);
        c.text(here("/explanation"), q.rows[j].explanation, id);
        c.texts(here("/feedback"), q.rows[j].feedback, id);
        c.extra_lazy(here(""), q.rows[j].extra, id);
    }
    c.extra_lazy(at(""), q.extra, id);
}

}  // namespace

void check_model_fields_before_questions(const Bank& bank, Diagnostics& out) {
    FieldChecker c(out);
    c.text([] { return std::string("/id"); }, bank.id);
    c.text([] { return std::string("/title"); }, bank.title);
    c.text([] { return std::string("/description"); }, bank.description);
    c.texts([] { return std::string("/authors"); }, bank.authors);
    if (bank.source) {
        const Source& s = *bank.source;
        c.text([] { return std::string("/source/title"); }, s.title);
        for (std::size_t i = 0; i < s.sections.size(); ++i) {
            const std::string at = "/source/sections/" + std::to_string(i);
            c.text([&] { return at + "/heading"; }, s.sections[i].heading);
            c.text([&] { return at + "/text"; }, s.sections[i].text);
            c.extra(at, s.sections[i].extra, {});
        }
        c.extra("/source", s.extra, {});
    }
    for (std::size_t i = 0; i < bank.categories.size(); ++i) {
        const std::string at = "/categories/" + std::to_string(i);
        c.text([&] { return at + "/title"; }, bank.categories[i].title);
        c.text([&] { return at + "/description"; }, bank.categories[i].description);
        c.extra(at, bank.categories[i].extra, {});
    }
}

void check_model_question_fields(const Question& q, std::size_t index, Diagnostics& out) {
    FieldChecker c(out);
    check_question_fields(c, q, index);
}

void check_model_fields_after_questions(const Bank& bank, Diagnostics& out) {
    FieldChecker(out).extra("", bank.extra, {});
}

}  // namespace statecraft
