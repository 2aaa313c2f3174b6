#include "whole_path.h"

#include <exception>
#include <memory>
#include <nlohmann/json.hpp>

#include "core/bank/bank_loader.h"
#include "core/interop/csv_reader.h"
#include "core/interop/csv_writer.h"
#include "core/interop/gift_reader.h"
#include "core/interop/gift_writer.h"
#include "core/session/answer.h"
#include "core/session/clock.h"
#include "core/session/quiz_session.h"
#include "core/session/results_json.h"
#include "core/stats/results_csv.h"
#include "core/store/store.h"

namespace statecraft::fuzz {

namespace {

// Arbitrary but deterministic pieces drawn from the answer bytes.
class Source {
  public:
    explicit Source(std::string_view bytes) : bytes_(bytes) {}
    unsigned byte() {
        return bytes_.empty() ? 0 : static_cast<unsigned char>(bytes_[at_++ % bytes_.size()]);
    }
    std::string text() {
        std::string out;
        for (unsigned n = byte() % 12; n > 0; --n) out += static_cast<char>(byte());
        return out;
    }
    // A real option most of the time, arbitrary bytes otherwise.
    std::string pick(const std::vector<std::string>& options) {
        if (options.empty() || byte() % 5 == 0) return text();
        return options[byte() % options.size()];
    }

  private:
    std::string_view bytes_;
    std::size_t at_ = 0;
};

Answer arbitrary_answer(const Question& q, const Answer& start, Source& src) {
    Answer a = start;
    std::vector<std::string> ids, rights;
    for (const Choice& c : q.choices) ids.push_back(c.id);
    for (const MatchPair& p : q.pairs) rights.push_back(p.right);
    for (const std::string& d : q.distractors) rights.push_back(d);
    switch (q.type) {
        case QuestionType::single:
        case QuestionType::multiple:
            for (unsigned n = src.byte() % 4; n > 0; --n) a.choices.push_back(src.pick(ids));
            break;
        case QuestionType::true_false:
            if (src.byte() % 3) a.truth = src.byte() % 2 == 0;
            break;
        case QuestionType::matching:
            for (const MatchPair& p : q.pairs)
                if (src.byte() % 4) a.matches.emplace_back(p.left, src.pick(rights));
            if (src.byte() % 7 == 0) a.matches.emplace_back(src.text(), src.text());
            break;
        case QuestionType::ordering:
            if (src.byte() % 3 == 0) std::swap(a.order.front(), a.order.back());
            if (src.byte() % 7 == 0) a.order.push_back(src.text());
            break;
        case QuestionType::short_answer:
            a.text = src.byte() % 2 ? src.pick(q.accept) : src.text();
            break;
        case QuestionType::estimate:
            set_draft_text(a, src.text());  // a number or not: both must be safe
            break;
        case QuestionType::poll:
            if (src.byte() % 3) a.choices.push_back(src.pick(ids));
            break;
        case QuestionType::matrix:
            for (auto& row : a.cells)
                for (auto& cell : row) cell = src.pick(std::vector<std::string>{"C", "I", "N", ""});
            if (src.byte() % 7 == 0) a.cells.emplace_back(1, src.text());
            break;
    }
    return a;
}

std::string play(std::string_view bank_text, std::string_view answer_bytes,
                 const std::filesystem::path& scratch) {
    LoadedBank loaded = load_bank_text(bank_text);
    if (!loaded.ok() || loaded.bank.questions.empty()) return {};
    auto bank = std::make_shared<const Bank>(loaded.bank);
    ManualClock clock(1'700'000'000'000);
    QuizConfig config;
    config.question_count = 0;
    config.seed = answer_bytes.size();
    std::string error;
    std::optional<QuizSession> session = QuizSession::start(bank, config, clock, error);
    if (!session) return "a valid bank cannot start a session: " + error;

    const std::filesystem::path db = scratch / "whole-path.db";
    std::error_code ec;
    for (const char* suffix : {"", "-wal", "-shm"})
        std::filesystem::remove(db.string() + suffix, ec);
    OpenResult opened = Store::open(db);
    if (!opened.ok()) return "store: " + opened.error;
    Store& store = *opened.store;
    BeginResult begun =
        store.begin_session({"Fuzz", bank->id, loaded.content_hash, "practice", clock.now_ms()});
    if (!begun.saved) return "begin_session: " + begun.message;
    Source src(answer_bytes);
    for (int i = 0; i < session->size(); ++i) {
        const Question& q = *session->item(i).question;
        clock.advance(1000);
        session->submit(arbitrary_answer(q, session->initial_answer(i), src));
        AttemptRecord record = AttemptRecord::for_question(q);
        record.answer_json = answer_to_json_text(session->attempt(i)->answer);
        record.score = session->attempt(i)->score;
        record.correct = session->attempt(i)->correct;
        record.answered_ms = clock.now_ms();
        WriteResult w = store.record_attempt(begun.key, record);
        if (!w.saved) return "record_attempt " + q.id + ": " + w.message;
        session->next();
    }
    if (!session->finished()) return "the session did not finish";
    Results r = session->results();
    WriteResult ended = store.end_session(begun.key, {clock.now_ms(), r.score, double(r.total)});
    if (!ended.saved) return "end_session: " + ended.message;

    std::string results = results_to_json_text(*session);
    if (nlohmann::json::parse(results, nullptr, false).is_discarded())
        return "the results JSON does not parse";
    std::string csv;
    append_results_header(csv);
    int rows = 0;
    if (!store.for_each_attempt(
            std::nullopt,
            [&](const AttemptExportRow& row) {
                append_result_record(csv, row);
                ++rows;
            },
            error))
        return "results CSV: " + error;
    if (rows != session->size()) return "the store kept " + std::to_string(rows) + " attempts";

    // Exports may refuse what their format cannot hold; what they write must import again.
    if (ExportResult gift = write_gift(*bank); gift.ok()) {
        if (!read_gift(gift.text, ImportOptions{{}, {}, "fuzz.gift", {}}).ok())
            return "exported GIFT does not import";
    }
    if (ExportResult out = write_csv(*bank); out.ok()) {
        if (!read_csv(out.text, ImportOptions{{}, {}, "fuzz.csv", {}}, std::nullopt).ok())
            return "exported CSV does not import";
    }
    return {};
}

}  // namespace

std::string play_whole_path(std::string_view bank_text, std::string_view answer_bytes,
                            const std::filesystem::path& scratch) {
    try {
        return play(bank_text, answer_bytes, scratch);
    } catch (const std::exception& e) {
        return std::string("an exception escaped: ") + e.what();
    } catch (...) {
        return "an unknown exception escaped";
    }
}

}  // namespace statecraft::fuzz
