#include "core/bank/bank_copy.h"

namespace statecraft {

static_assert(sizeof(Bank) == 552, "a field was added to Bank: copy it in with_questions");

Bank with_questions(const Bank& bank, std::vector<Question> questions) {
    Bank out;
    out.format = bank.format;
    out.version = bank.version;
    out.version_minor = bank.version_minor;
    out.version_as_text = bank.version_as_text;
    out.id = bank.id;
    out.title = bank.title;
    out.description = bank.description;
    out.language = bank.language;
    out.authors = bank.authors;
    out.review_by = bank.review_by;
    out.source = bank.source;
    out.categories = bank.categories;
    out.questions = std::move(questions);
    out.extra = bank.extra;
    return out;
}

}  // namespace statecraft
