#include "core/bank/bank_text.h"

#include "core/text/normalize.h"

namespace statecraft {

namespace {

void nfc_all(std::vector<std::string>& texts) {
    for (std::string& t : texts) normalize_nfc(t);
}

}  // namespace

void normalize_question_text(Question& q) {
    normalize_nfc(q.prompt);
    normalize_nfc(q.explanation);
    nfc_all(q.refs);
    nfc_all(q.tags);
    for (Choice& c : q.choices) {
        normalize_nfc(c.text);
        normalize_nfc(c.feedback);
    }
    for (MatchPair& p : q.pairs) {
        normalize_nfc(p.left);
        normalize_nfc(p.right);
    }
    nfc_all(q.distractors);
    nfc_all(q.sequence);
    nfc_all(q.accept);
    nfc_all(q.columns);
    for (MatrixRow& r : q.rows) {
        normalize_nfc(r.text);
        normalize_nfc(r.explanation);
        nfc_all(r.feedback);
    }
}

void normalize_bank_text(Bank& bank) {
    normalize_nfc(bank.title);
    normalize_nfc(bank.description);
    nfc_all(bank.authors);
    if (bank.source) {
        normalize_nfc(bank.source->title);
        normalize_nfc(bank.source->publisher);
        normalize_nfc(bank.source->date);
        for (Section& s : bank.source->sections) {
            normalize_nfc(s.heading);
            normalize_nfc(s.text);
        }
    }
    for (Category& c : bank.categories) {
        normalize_nfc(c.title);
        normalize_nfc(c.description);
    }
    for (Question& q : bank.questions) normalize_question_text(q);
}

}  // namespace statecraft
