// SAX reader for bank files. Sections:
//   1. JSON text helpers (escaping, pointers, line/column)
//   2. BankSaxHandler: frames, field dispatch, capture of unknown fields
//   3. read_bank_json
#include "core/bank/bank_reader.h"

#include <rapidjson/error/en.h>
#include <rapidjson/memorystream.h>
#include <rapidjson/reader.h>

#include <algorithm>
#include <charconv>
#include <climits>
#include <cmath>

#include "core/text/escape.h"
#include "core/text/normalize.h"
#include "core/text/utf8.h"

namespace statecraft {

// ---------------------------------------------------------------- 1. helpers
namespace {

void append_json_string(std::string& out, std::string_view s) {
    static const char* hex = "0123456789abcdef";
    out += '"';
    for (unsigned char c : s) {
        switch (c) {
            case '"':
                out += "\\\"";
                break;
            case '\\':
                out += "\\\\";
                break;
            case '\n':
                out += "\\n";
                break;
            case '\r':
                out += "\\r";
                break;
            case '\t':
                out += "\\t";
                break;
            default:
                if (c < 0x20) {
                    out += "\\u00";
                    out += hex[c >> 4];
                    out += hex[c & 15];
                } else {
                    out += static_cast<char>(c);
                }
        }
    }
    out += '"';
}

void append_pointer_token(std::string& out, std::string_view token) {
    out += '/';
    for (char c : token) {
        if (c == '~')
            out += "~0";
        else if (c == '/')
            out += "~1";
        else
            out += c;
    }
}

// RapidJSON's messages end with a full stop and start with a capital; ours do neither.
std::string tidy_parse_message(rapidjson::ParseErrorCode code) {
    std::string msg = rapidjson::GetParseError_En(code);
    if (!msg.empty() && msg.back() == '.') msg.pop_back();
    if (!msg.empty()) msg[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(msg[0])));
    return "syntax error: " + msg;
}

// ---------------------------------------------------------------- 2. the handler
enum class Kind {
    root,
    source,
    section,
    category,
    question,
    choice,
    pair,
    row,
    sections,
    categories,
    questions,
    choices,
    pairs,
    rows,
    strings
};

struct Frame {
    Kind kind;
    bool is_array;
    std::size_t index = 0;   // arrays: index of the next element
    std::string key;         // objects: the current key
    void* target = nullptr;  // the model object or vector this frame fills
    ExtraFields* extra = nullptr;
};

enum class Json { string, integer, number, boolean, null, object, array };

const char* describe(Json type) {
    switch (type) {
        case Json::string:
            return "a string";
        case Json::integer:
            return "an integer";
        case Json::number:
            return "a number";
        case Json::boolean:
            return "true or false";
        case Json::null:
            return "null";
        case Json::object:
            return "an object";
        case Json::array:
            return "an array";
    }
    return "";
}

// Receives RapidJSON's SAX events (numbers as raw text, so that unknown fields keep
// their exact spelling) and fills the model as they arrive.
class BankSaxHandler {
  public:
    // A file of plain ASCII without \u escapes has only plain ASCII strings: one pass over the
    // file then spares the check of each string and key.
    BankSaxHandler(std::string_view text, ReadResult& result)
        : text_(text),
          r_(result),
          plain_file_(is_plain_ascii(text) && text.find("\\u") == std::string_view::npos) {}

    // -- scalars
    bool Null() { return scalar(Json::null, "null"); }
    bool Bool(bool v) {
        bool_ = v;
        return scalar(Json::boolean, v ? "true" : "false");
    }
    bool RawNumber(const char* str, rapidjson::SizeType length, bool) {
        std::string_view raw(str, length);
        number_ = raw;
        if (raw.find_first_of(".eE") != std::string_view::npos) return scalar(Json::number, raw);
        auto [end, ec] = std::from_chars(raw.data(), raw.data() + raw.size(), int_);
        if (ec == std::errc::result_out_of_range) int_ = raw.front() == '-' ? LLONG_MIN : LLONG_MAX;
        return scalar(Json::integer, raw);
    }
    // Unused with kParseNumbersAsStringsFlag, but part of the handler concept.
    bool Int(int) { return true; }
    bool Uint(unsigned) { return true; }
    bool Int64(std::int64_t) { return true; }
    bool Uint64(std::uint64_t) { return true; }
    bool Double(double) { return true; }

    bool String(const char* str, rapidjson::SizeType length, bool) {
        string_ = std::string_view(str, length);
        // RapidJSON checks the bytes but lets "\udc00" and "\u0000" through unescaped.
        if (!plain_file_ && !is_plain_ascii(string_)) {
            if (auto fault = find_text_fault(string_)) return bad_text(*fault);
            nfc_ = to_nfc(string_);
            string_ = nfc_;
        }
        if (capture_depth_ > 0) {
            capture_separator();
            append_json_string(capture_, string_);
            return true;
        }
        return scalar(Json::string, {});
    }

    // -- containers
    bool StartObject() { return open(Json::object); }
    bool StartArray() { return open(Json::array); }
    bool EndObject(rapidjson::SizeType) { return close('}'); }
    bool EndArray(rapidjson::SizeType) { return close(']'); }

    bool Key(const char* str, rapidjson::SizeType length, bool) {
        std::string_view k(str, length);
        if (auto fault = plain_file_ || is_plain_ascii(k) ? std::nullopt : find_text_fault(k)) {
            std::string shown = escape_for_message(k);
            error("field name \"" + shown +
                  "\" is not valid text: " + describe_text_fault(*fault, k));
            if (capture_depth_ > 0) {
                capture_separator();
                append_json_string(capture_, shown);
                capture_ += ':';
                after_key_ = true;
                return true;
            }
            frames_.back().key = shown;
            return true;
        }
        if (capture_depth_ > 0) {
            capture_separator();
            append_json_string(capture_, k);
            capture_ += ':';
            after_key_ = true;
            return true;
        }
        frames_.back().key.assign(k);
        return true;
    }

    void syntax_error(std::size_t offset, rapidjson::ParseErrorCode code) {
        Diagnostic d;
        d.message = tidy_parse_message(code);
        locate(offset, d);
        r_.diagnostics.push_back(std::move(d));
        r_.syntax_ok = false;
    }

    bool stopped_itself() const { return stopped_; }
    bool plain_file() const { return plain_file_; }

    // A string value whose text is broken: an error at its pointer; the value is not used.
    bool bad_text(const TextFault& fault) {
        std::string why = "text is not valid Unicode: " + describe_text_fault(fault, string_);
        if (capture_depth_ > 0) {
            error(std::move(why));
            capture_separator();
            capture_ += "null";
            return true;
        }
        if (frames_.empty()) return scalar(Json::string, {});  // "a bank must be a JSON object"
        Frame& top = frames_.back();
        if (top.is_array) {
            ++top.index;
            error(std::move(why));
            return true;
        }
        error(std::move(why));
        mark_bad_field(top);
        return true;
    }

  private:
    // ------------------------------------------------ errors and pointers
    std::string pointer() const {
        std::string out;
        for (const Frame& f : frames_) {
            if (f.is_array) {
                if (f.index > 0) append_pointer_token(out, std::to_string(f.index - 1));
            } else if (!f.key.empty()) {
                append_pointer_token(out, f.key);
            }
        }
        return out;
    }

    std::string current_question_id() const {
        for (const Frame& f : frames_)
            if (f.kind == Kind::question) return static_cast<Question*>(f.target)->id;
        return {};
    }

    void error(std::string message) {
        Diagnostic d;
        d.message = std::move(message);
        d.pointer = pointer();
        d.question_id = current_question_id();
        r_.diagnostics.push_back(std::move(d));
    }

    void locate(std::size_t position, Diagnostic& d) const {
        std::size_t end = std::min(position, text_.size());
        int line = 1;
        std::size_t line_start = 0;
        for (std::size_t i = 0; i < end; ++i) {
            if (text_[i] == '\n') {
                ++line;
                line_start = i + 1;
            }
        }
        d.line = line;
        d.column =
            static_cast<int>(count_code_points(text_.substr(line_start, end - line_start))) + 1;
    }

    // ------------------------------------------------ capture of unknown subtrees
    void capture_separator() {
        if (after_key_) {
            after_key_ = false;
            return;
        }
        if (!capture_first_.empty()) {
            if (!capture_first_.back()) capture_ += ',';
            capture_first_.back() = false;
        }
    }

    void begin_capture(bool keep) {
        capture_keep_ = keep;
        capture_.clear();
        capture_first_.clear();
        after_key_ = false;
    }

    void finish_capture() {
        Frame& owner = frames_.back();
        if (capture_keep_ && owner.extra) {
            owner.extra->emplace_back(owner.key, std::move(capture_));
            warn_unknown(owner.key);
        }
        capture_.clear();
    }

    void warn_unknown(const std::string& key) {
        Diagnostic d;
        d.severity = Severity::warning;
        d.message = "unknown field \"" + escape_for_message(key) + "\" (kept as is)";
        d.pointer = pointer();
        d.question_id = current_question_id();
        r_.diagnostics.push_back(std::move(d));
    }

    // ------------------------------------------------ containers
    bool open(Json type) {
        if (++depth_ > kMaxDepth) {
            error("nested deeper than " + std::to_string(kMaxDepth) + " levels");
            stopped_ = true;
            return false;
        }
        if (capture_depth_ > 0) {
            capture_separator();
            capture_ += type == Json::object ? '{' : '[';
            capture_first_.push_back(true);
            ++capture_depth_;
            return true;
        }
        if (frames_.empty()) {
            if (type != Json::object) {
                error("a bank must be a JSON object");
                stopped_ = true;
                return false;
            }
            frames_.push_back({Kind::root, false, 0, {}, &r_.bank, &r_.bank.extra});
            return true;
        }
        Frame& top = frames_.back();
        if (top.is_array) {
            ++top.index;
            return open_element(top, type);
        }
        return open_field(top, type);
    }

    void start_skip(bool keep, Json type) {
        begin_capture(keep);
        capture_ += type == Json::object ? '{' : '[';
        capture_first_.push_back(true);
        capture_depth_ = 1;
    }

    bool open_element(Frame& top, Json type) {
        auto push_object = [&](Kind kind, void* target, ExtraFields* extra) {
            frames_.push_back({kind, false, 0, {}, target, extra});
        };
        bool want_object = top.kind != Kind::strings;
        if ((type == Json::object) != want_object || type == Json::array) {
            error(std::string("must be ") + (want_object ? "an object" : "a string"));
            start_skip(false, type);
            return true;
        }
        switch (top.kind) {
            case Kind::sections: {
                auto& item = static_cast<std::vector<Section>*>(top.target)->emplace_back();
                push_object(Kind::section, &item, &item.extra);
                break;
            }
            case Kind::categories: {
                auto& item = static_cast<std::vector<Category>*>(top.target)->emplace_back();
                push_object(Kind::category, &item, &item.extra);
                break;
            }
            case Kind::questions: {
                auto& item = static_cast<std::vector<Question>*>(top.target)->emplace_back();
                r_.questions.emplace_back();
                push_object(Kind::question, &item, &item.extra);
                break;
            }
            case Kind::choices: {
                auto& item = static_cast<std::vector<Choice>*>(top.target)->emplace_back();
                push_object(Kind::choice, &item, &item.extra);
                break;
            }
            case Kind::pairs: {
                auto& item = static_cast<std::vector<MatchPair>*>(top.target)->emplace_back();
                push_object(Kind::pair, &item, &item.extra);
                break;
            }
            case Kind::rows: {
                auto& item = static_cast<std::vector<MatrixRow>*>(top.target)->emplace_back();
                push_object(Kind::row, &item, &item.extra);
                break;
            }
            default:
                break;
        }
        return true;
    }

    // Room for one question per 256 bytes of the file (a question's JSON takes more): the
    // vector then never moves its questions while it grows, which at 10,000 questions cost a
    // tenth of `validate` (copies, and fresh pages faulted in at each doubling). Room never
    // used is never touched, so it costs address space only.
    void reserve_questions(Bank& b) {
        b.questions.reserve(text_.size() / 256);
        r_.questions.reserve(text_.size() / 256);
    }

    // The array fields of each object kind, and what their elements are.
    bool array_field(const Frame& top, Kind& kind, void*& target) {
        std::string_view k = top.key;
        switch (top.kind) {
            case Kind::root: {
                auto* b = static_cast<Bank*>(top.target);
                if (k == "authors") return kind = Kind::strings, target = &b->authors, true;
                if (k == "categories")
                    return mark_root(kRootCategories), kind = Kind::categories,
                                                       target = &b->categories, true;
                if (k == "questions") {
                    reserve_questions(*b);
                    return mark_root(kRootQuestions), kind = Kind::questions,
                                                      target = &b->questions, true;
                }
                return false;
            }
            case Kind::source:
                if (k == "sections")
                    return kind = Kind::sections,
                           target = &static_cast<Source*>(top.target)->sections, true;
                return false;
            case Kind::question: {
                auto* q = static_cast<Question*>(top.target);
                if (k == "refs") return kind = Kind::strings, target = &q->refs, true;
                if (k == "tags") return kind = Kind::strings, target = &q->tags, true;
                if (k == "distractors") return kind = Kind::strings, target = &q->distractors, true;
                if (k == "sequence") return kind = Kind::strings, target = &q->sequence, true;
                if (k == "accept") return kind = Kind::strings, target = &q->accept, true;
                if (k == "choices") return kind = Kind::choices, target = &q->choices, true;
                if (k == "pairs") return kind = Kind::pairs, target = &q->pairs, true;
                if (k == "columns") return kind = Kind::strings, target = &q->columns, true;
                if (k == "rows") return kind = Kind::rows, target = &q->rows, true;
                return false;
            }
            case Kind::row: {
                auto* r = static_cast<MatrixRow*>(top.target);
                if (k == "cells") return kind = Kind::strings, target = &r->cells, true;
                if (k == "feedback") return kind = Kind::strings, target = &r->feedback, true;
                return false;
            }
            default:
                return false;
        }
    }

    bool open_field(Frame& top, Json type) {
        Kind kind{};
        void* target = nullptr;
        if (array_field(top, kind, target)) {
            if (type != Json::array) {
                error("must be an array");
                mark_bad_field(top);
                start_skip(false, type);
                return true;
            }
            frames_.push_back({kind, true, 0, {}, target, nullptr});
            return true;
        }
        if (top.kind == Kind::root && top.key == "source") {
            if (type != Json::object) {
                error("must be an object");
                start_skip(false, type);
                return true;
            }
            auto& source = static_cast<Bank*>(top.target)->source.emplace();
            frames_.push_back({Kind::source, false, 0, {}, &source, &source.extra});
            return true;
        }
        if (is_known_scalar_field(top)) {
            error(std::string("must be ") + describe(expected_scalar(top)));
            mark_bad_field(top);
            start_skip(false, type);
            return true;
        }
        start_skip(true, type);
        return true;
    }

    bool close(char bracket) {
        --depth_;
        if (capture_depth_ > 0) {
            capture_ += bracket;
            capture_first_.pop_back();
            if (--capture_depth_ == 0) finish_capture();
            return true;
        }
        frames_.pop_back();
        return true;
    }

    // ------------------------------------------------ scalar fields
    Json expected_scalar(const Frame& f) const {
        std::string_view k = f.key;
        switch (f.kind) {
            case Kind::root:
                if (k == "version") return Json::integer;
                return Json::string;
            case Kind::question:
                if (k == "difficulty" || k == "time_limit_s") return Json::integer;
                if (k == "value" || k == "margin" || k == "tolerance") return Json::number;
                if (k == "answer" || k == "case_sensitive" || k == "ignore_accents" ||
                    k == "strict_match" || k == "fixed")
                    return Json::boolean;
                return Json::string;
            case Kind::choice:
                if (k == "correct" || k == "fixed") return Json::boolean;
                return Json::string;
            default:
                return Json::string;
        }
    }

    bool is_known_scalar_field(const Frame& f) const {
        static const std::vector<std::string_view> root = {
            "format", "version", "id", "title", "description", "language", "review_by"};
        static const std::vector<std::string_view> source = {"title", "publisher", "date",
                                                             "url",   "as_of",     "text_file"};
        static const std::vector<std::string_view> section = {"id", "heading", "text"};
        static const std::vector<std::string_view> category = {"id", "title", "description"};
        static const std::vector<std::string_view> question = {
            "id",         "category",     "type",   "prompt",         "explanation",
            "difficulty", "time_limit_s", "answer", "case_sensitive", "ignore_accents",
            "review_by",  "strict_match", "fixed",  "value",          "unit",
            "margin",     "tolerance"};
        static const std::vector<std::string_view> choice = {"id", "text", "correct", "feedback",
                                                             "fixed"};
        static const std::vector<std::string_view> pair = {"left", "right"};
        static const std::vector<std::string_view> row = {"text", "explanation"};
        const std::vector<std::string_view>* names = nullptr;
        switch (f.kind) {
            case Kind::root:
                names = &root;
                break;
            case Kind::source:
                names = &source;
                break;
            case Kind::section:
                names = &section;
                break;
            case Kind::category:
                names = &category;
                break;
            case Kind::question:
                names = &question;
                break;
            case Kind::choice:
                names = &choice;
                break;
            case Kind::pair:
                names = &pair;
                break;
            case Kind::row:
                names = &row;
                break;
            default:
                return false;
        }
        for (auto n : *names)
            if (n == f.key) return true;
        return false;
    }

    void mark_root(int field) { r_.root.seen |= 1u << field; }

    void mark_bad_field(const Frame& f) {
        if (f.kind == Kind::root) {
            if (f.key == "format") r_.root.bad |= 1u << kRootFormat;
            if (f.key == "version") r_.root.bad |= 1u << kRootVersion;
            if (f.key == "id") r_.root.bad |= 1u << kRootId;
            if (f.key == "title") r_.root.bad |= 1u << kRootTitle;
            if (f.key == "categories") r_.root.bad |= 1u << kRootCategories;
            if (f.key == "questions") r_.root.bad |= 1u << kRootQuestions;
        } else if (f.kind == Kind::question) {
            auto& p = r_.questions.back();
            if (f.key == "answer") p.bad |= 1u << kQuestionAnswer;
            if (f.key == "difficulty") p.bad |= 1u << kQuestionDifficulty;
            if (f.key == "time_limit_s") p.bad |= 1u << kQuestionTimeLimit;
            if (f.key == "type") p.bad |= 1u << kQuestionType;
        }
    }

    bool scalar(Json type, std::string_view raw) {
        if (capture_depth_ > 0) {
            capture_separator();
            capture_ += raw;
            return true;
        }
        if (frames_.empty()) {
            error("a bank must be a JSON object");
            stopped_ = true;
            return false;
        }
        Frame& top = frames_.back();
        if (top.is_array) {
            ++top.index;
            if (top.kind == Kind::strings && type == Json::string) {
                if (text_fits())
                    static_cast<std::vector<std::string>*>(top.target)->emplace_back(string_);
            } else {
                error(std::string("must be ") +
                      (top.kind == Kind::strings ? "a string" : "an object"));
            }
            return true;
        }
        if (!is_known_scalar_field(top)) {
            Kind array_kind{};
            void* array_target = nullptr;
            if (array_field(top, array_kind, array_target)) {
                error("must be an array");
                mark_bad_field(top);
                return true;
            }
            if (top.kind == Kind::root && top.key == "source") {
                error("must be an object");
                return true;
            }
            std::string text;
            if (type == Json::string)
                append_json_string(text, string_);
            else
                text.assign(raw);
            if (top.extra) {
                top.extra->emplace_back(top.key, std::move(text));
                warn_unknown(top.key);
            }
            return true;
        }
        Json want = expected_scalar(top);
        if (top.kind == Kind::root && top.key == "version" && type == Json::string)
            return read_version_text(), true;
        bool ok = type == want || (want == Json::number && type == Json::integer);
        if (!ok) {
            error(std::string("must be ") + describe(want));
            mark_bad_field(top);
            return true;
        }
        assign(top, type);
        return true;
    }

    // "MAJOR.MINOR" (format 1.1 and later); the integer 1 is format 1.0.
    void read_version_text() {
        Bank& b = r_.bank;
        std::string_view s = string_;
        std::size_t dot = s.find('.');
        int major = 0, minor = 0;
        auto whole = [](std::string_view part, int& n) {
            auto [end, ec] = std::from_chars(part.data(), part.data() + part.size(), n);
            return !part.empty() && ec == std::errc() && end == part.data() + part.size();
        };
        if (dot == std::string_view::npos || !whole(s.substr(0, dot), major) ||
            !whole(s.substr(dot + 1), minor) || major < 0 || minor < 0) {
            error("must be 1 or a \"MAJOR.MINOR\" string such as \"1.1\"");
            r_.root.bad |= 1u << kRootVersion;
            return;
        }
        mark_root(kRootVersion);
        b.version = major;
        b.version_minor = minor;
        b.version_as_text = true;
    }

    bool text_fits() {
        if (string_.size() > kMaxTextChars && count_code_points(string_) > kMaxTextChars) {
            error("text longer than 20,000 characters");
            return false;
        }
        return true;
    }

    // Estimates (1.1) read numbers as doubles, only the fields that are doubles; one too large
    // for a double becomes infinite, which the bank rules report with its pointer.
    double number_as_double() const {
        double d = 0;
        auto [end, ec] = std::from_chars(number_.data(), number_.data() + number_.size(), d);
        if (ec == std::errc::result_out_of_range) d = number_.front() == '-' ? -HUGE_VAL : HUGE_VAL;
        return d;
    }

    int clamped_int() const {
        return static_cast<int>(std::clamp<long long>(int_, INT_MIN, INT_MAX));
    }

    void assign(Frame& f, Json type) {
        if (type == Json::string && !text_fits()) {
            mark_bad_field(f);
            return;
        }
        std::string_view k = f.key;
        std::string_view s = string_;
        switch (f.kind) {
            case Kind::root: {
                auto* b = static_cast<Bank*>(f.target);
                if (k == "format")
                    mark_root(kRootFormat), b->format = std::string(s);
                else if (k == "version")
                    mark_root(kRootVersion), b->version = clamped_int();
                else if (k == "id")
                    mark_root(kRootId), b->id = std::string(s);
                else if (k == "title")
                    mark_root(kRootTitle), b->title = std::string(s);
                else if (k == "description")
                    b->description = std::string(s);
                else if (k == "language")
                    b->language = std::string(s);
                else if (k == "review_by")
                    b->review_by = std::string(s);
                break;
            }
            case Kind::source: {
                auto* src = static_cast<Source*>(f.target);
                if (k == "title")
                    src->title = std::string(s);
                else if (k == "publisher")
                    src->publisher = std::string(s);
                else if (k == "date")
                    src->date = std::string(s);
                else if (k == "url")
                    src->url = std::string(s);
                else if (k == "as_of")
                    src->as_of = std::string(s);
                else if (k == "text_file")
                    src->text_file = std::string(s);
                break;
            }
            case Kind::section: {
                auto* sec = static_cast<Section*>(f.target);
                if (k == "id")
                    sec->id = std::string(s);
                else if (k == "heading")
                    sec->heading = std::string(s);
                else if (k == "text")
                    sec->text = std::string(s);
                break;
            }
            case Kind::category: {
                auto* c = static_cast<Category*>(f.target);
                if (k == "id")
                    c->id = std::string(s);
                else if (k == "title")
                    c->title = std::string(s);
                else if (k == "description")
                    c->description = std::string(s);
                break;
            }
            case Kind::question:
                assign_question(*static_cast<Question*>(f.target), k, s);
                break;
            case Kind::choice: {
                auto* c = static_cast<Choice*>(f.target);
                if (k == "id")
                    c->id = std::string(s);
                else if (k == "text")
                    c->text = std::string(s);
                else if (k == "correct")
                    c->correct = bool_;
                else if (k == "feedback")
                    c->feedback = std::string(s);
                else if (k == "fixed")
                    c->fixed = bool_;
                break;
            }
            case Kind::pair: {
                auto* p = static_cast<MatchPair*>(f.target);
                if (k == "left")
                    p->left = std::string(s);
                else if (k == "right")
                    p->right = std::string(s);
                break;
            }
            case Kind::row: {
                auto* r = static_cast<MatrixRow*>(f.target);
                if (k == "text")
                    r->text = std::string(s);
                else if (k == "explanation")
                    r->explanation = std::string(s);
                break;
            }
            default:
                break;
        }
    }

    void assign_question(Question& q, std::string_view k, std::string_view s) {
        FieldPresence& p = r_.questions.back();
        if (k == "id")
            q.id = std::string(s);
        else if (k == "category")
            q.category = std::string(s);
        else if (k == "type") {
            p.seen |= 1u << kQuestionType;
            if (auto t = question_type_from_string(s)) {
                q.type = *t;
            } else {
                error("unknown question type \"" + escape_for_message(s) +
                      "\" (expected single, multiple, true_false, matching, ordering, "
                      "short_answer or matrix)");
                p.bad |= 1u << kQuestionType;
            }
        } else if (k == "prompt")
            q.prompt = std::string(s);
        else if (k == "explanation")
            q.explanation = std::string(s);
        else if (k == "difficulty")
            p.seen |= 1u << kQuestionDifficulty, q.difficulty = clamped_int();
        else if (k == "time_limit_s")
            p.seen |= 1u << kQuestionTimeLimit, q.time_limit_s = clamped_int();
        else if (k == "answer")
            p.seen |= 1u << kQuestionAnswer, q.answer = bool_;
        else if (k == "case_sensitive")
            q.case_sensitive = bool_;
        else if (k == "review_by")
            q.review_by = std::string(s);
        else if (k == "ignore_accents")
            q.ignore_accents = bool_;
        else if (k == "strict_match")
            q.strict_match = bool_;
        else if (k == "fixed")
            q.fixed_order = bool_;
        else if (k == "value")
            q.value = number_as_double();
        else if (k == "unit")
            q.unit = std::string(s);
        else if (k == "margin")
            q.margin = number_as_double();
        else if (k == "tolerance")
            q.tolerance = number_as_double();
    }

    std::string_view text_;
    ReadResult& r_;
    const bool plain_file_;  // no string or key needs the text checks (see the constructor)
    std::vector<Frame> frames_;
    int depth_ = 0;
    bool stopped_ = false;  // the handler stopped the parse and has said why

    // The value of the current scalar event.
    std::string_view string_;
    std::string nfc_;  // string_ in NFC when the file's spelling was not
    long long int_ = 0;
    std::string_view number_;  // a number's text as written
    bool bool_ = false;

    // Capture of an unknown (or wrongly typed, discarded) subtree as JSON text.
    int capture_depth_ = 0;
    bool capture_keep_ = false;
    bool after_key_ = false;
    std::vector<bool> capture_first_;
    std::string capture_;
};

}  // namespace

// ---------------------------------------------------------------- 3. entry point
namespace {

// Parses with either stream; returns where the stream stopped.
template <unsigned kFlags, typename Stream>
std::size_t parse_bank(Stream& stream, BankSaxHandler& handler, ReadResult& result) {
    rapidjson::Reader reader;
    rapidjson::ParseResult parsed = reader.Parse<kFlags>(stream, handler);
    if (parsed.IsError()) {
        if (!handler.stopped_itself())
            handler.syntax_error(parsed.Offset(), parsed.Code());
        else
            result.syntax_ok = false;
    }
    return parsed.IsError() ? std::string_view::npos : stream.Tell();
}

constexpr unsigned kBaseFlags =
    rapidjson::kParseIterativeFlag | rapidjson::kParseNumbersAsStringsFlag;

}  // namespace

ReadResult read_bank_json(std::string_view text, TextEnd end) {
    ReadResult result;
    // A leading byte-order mark is allowed and takes no column.
    std::size_t bom = text.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
    std::string_view body = text.substr(bom);
    BankSaxHandler handler(body, result);
    std::size_t stopped = 0;
    if (handler.plain_file() && end == TextEnd::nul) {
        // Plain ASCII without NUL: nothing for RapidJSON to validate, and its first NUL is the
        // one after the text.
        rapidjson::StringStream stream(body.data());
        stopped = parse_bank<kBaseFlags>(stream, handler, result);
    } else {
        rapidjson::MemoryStream stream(body.data(), body.size());
        stopped =
            parse_bank<kBaseFlags | rapidjson::kParseValidateEncodingFlag>(stream, handler, result);
    }
    // RapidJSON reads a NUL byte as the end of the text; anything after it is an error.
    if (stopped != std::string_view::npos && stopped < body.size())
        handler.syntax_error(stopped, rapidjson::kParseErrorDocumentRootNotSingular);
    if (stopped != std::string_view::npos && stopped > body.size()) {  // a file grown meanwhile
        Diagnostic d;
        d.message = "the file changed while it was read; load it again";
        result.diagnostics.push_back(std::move(d));
        result.syntax_ok = false;
    }
    return result;
}

}  // namespace statecraft
