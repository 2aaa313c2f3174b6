#include "core/bank/bank_writer.h"

#include <cmath>
#include <cstdint>
#include <nlohmann/json.hpp>

#include "core/bank/bank_text.h"
#include "core/io/atomic_file.h"

namespace statecraft {

using ojson = nlohmann::ordered_json;

namespace {

void put_extra(ojson& out, const ExtraFields& extra) {
    for (const auto& [key, raw] : extra) {
        if (out.contains(key)) continue;  // a known field wins over a stray duplicate
        out[key] = ojson::parse(raw, nullptr, false);
    }
}

void put_if(ojson& out, const char* key, const std::string& value) {
    if (!value.empty()) out[key] = value;
}

ojson choices_json(const Question& q) {
    ojson choices = ojson::array();
    for (const Choice& c : q.choices) {
        ojson cj;
        cj["id"] = c.id;
        cj["text"] = c.text;
        if (c.correct) cj["correct"] = true;
        put_if(cj, "feedback", c.feedback);
        if (c.fixed) cj["fixed"] = true;
        put_extra(cj, c.extra);
        choices.push_back(std::move(cj));
    }
    return choices;
}

// Whole numbers are written without ".0", so "200" reads back and writes as "200".
ojson number_json(double v) {
    if (std::isfinite(v) && v == std::trunc(v) && std::fabs(v) < 9.0e15)
        return static_cast<std::int64_t>(v);
    return v;
}

ojson question_json(const Question& q) {
    ojson j;
    j["id"] = q.id;
    j["category"] = q.category;
    j["type"] = to_string(q.type);
    j["prompt"] = q.prompt;
    switch (q.type) {
        case QuestionType::single:
        case QuestionType::multiple:
            j["choices"] = choices_json(q);
            if (q.fixed_order) j["fixed"] = true;
            break;
        case QuestionType::true_false:
            j["answer"] = q.answer;
            break;
        case QuestionType::matching: {
            ojson pairs = ojson::array();
            for (const MatchPair& p : q.pairs) {
                ojson pj;
                pj["left"] = p.left;
                pj["right"] = p.right;
                put_extra(pj, p.extra);
                pairs.push_back(std::move(pj));
            }
            j["pairs"] = std::move(pairs);
            if (!q.distractors.empty()) j["distractors"] = q.distractors;
            break;
        }
        case QuestionType::ordering:
            j["sequence"] = q.sequence;
            break;
        case QuestionType::estimate:
            if (q.value) j["value"] = number_json(*q.value);
            put_if(j, "unit", q.unit);
            if (q.margin != 0) j["margin"] = number_json(q.margin);
            if (q.tolerance) j["tolerance"] = number_json(*q.tolerance);
            break;
        case QuestionType::poll:
            j["choices"] = choices_json(q);
            if (q.fixed_order) j["fixed"] = true;
            break;
        case QuestionType::short_answer:
            j["accept"] = q.accept;
            if (q.case_sensitive) j["case_sensitive"] = true;
            if (q.ignore_accents) j["ignore_accents"] = true;
            if (q.strict_match) j["strict_match"] = true;
            break;
        case QuestionType::matrix: {
            j["columns"] = q.columns;
            ojson rows = ojson::array();
            for (const MatrixRow& r : q.rows) {
                ojson rj;
                rj["text"] = r.text;
                rj["cells"] = r.cells;
                put_if(rj, "explanation", r.explanation);
                bool any_feedback = false;
                for (const std::string& f : r.feedback) any_feedback |= !f.empty();
                if (any_feedback) rj["feedback"] = r.feedback;
                put_extra(rj, r.extra);
                rows.push_back(std::move(rj));
            }
            j["rows"] = std::move(rows);
            break;
        }
    }
    put_if(j, "explanation", q.explanation);
    if (!q.refs.empty()) j["refs"] = q.refs;
    if (q.difficulty != 2) j["difficulty"] = q.difficulty;
    if (!q.tags.empty()) j["tags"] = q.tags;
    if (q.time_limit_s) j["time_limit_s"] = *q.time_limit_s;
    put_if(j, "review_by", q.review_by);
    put_extra(j, q.extra);
    return j;
}

}  // namespace

std::string to_json_text(const Bank& bank, int indent) {
    ojson j;
    j["format"] = bank.format;
    if (bank.version_as_text)
        j["version"] = std::to_string(bank.version) + "." + std::to_string(bank.version_minor);
    else
        j["version"] = bank.version;
    j["id"] = bank.id;
    j["title"] = bank.title;
    put_if(j, "description", bank.description);
    put_if(j, "language", bank.language);
    if (!bank.authors.empty()) j["authors"] = bank.authors;
    put_if(j, "review_by", bank.review_by);
    if (bank.source) {
        const Source& s = *bank.source;
        ojson sj;
        sj["title"] = s.title;
        put_if(sj, "publisher", s.publisher);
        put_if(sj, "date", s.date);
        put_if(sj, "url", s.url);
        put_if(sj, "as_of", s.as_of);
        put_if(sj, "text_file", s.text_file);
        ojson sections = ojson::array();
        for (const Section& sec : s.sections) {
            ojson secj;
            secj["id"] = sec.id;
            secj["heading"] = sec.heading;
            secj["text"] = sec.text;
            put_extra(secj, sec.extra);
            sections.push_back(std::move(secj));
        }
        sj["sections"] = std::move(sections);
        put_extra(sj, s.extra);
        j["source"] = std::move(sj);
    }
    ojson categories = ojson::array();
    for (const Category& c : bank.categories) {
        ojson cj;
        cj["id"] = c.id;
        cj["title"] = c.title;
        put_if(cj, "description", c.description);
        put_extra(cj, c.extra);
        categories.push_back(std::move(cj));
    }
    j["categories"] = std::move(categories);
    ojson questions = ojson::array();
    for (const Question& q : bank.questions) questions.push_back(question_json(q));
    j["questions"] = std::move(questions);
    put_extra(j, bank.extra);
    // Replace rather than throw on text that is not valid UTF-8 (it cannot come from a load).
    return j.dump(indent, ' ', false, ojson::error_handler_t::replace) + "\n";
}

std::string question_json_text(const Question& question) {
    return question_json(question).dump(-1, ' ', false, ojson::error_handler_t::replace);
}

bool save_bank_file(const std::filesystem::path& path, const Bank& bank, std::string& error) {
    // What the editor typed is stored composed (NFC), like every bank that is loaded.
    Bank nfc = bank;
    normalize_bank_text(nfc);
    return io::write_file_atomically(path, to_json_text(nfc), error);
}

}  // namespace statecraft
