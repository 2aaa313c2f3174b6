// The lint rules of a matrix question: one that teaches nothing, and copies from the source
// in its rows (questions/FORMAT.md, "no-diagnostic-row").
#include "core/bank/matrix_cells.h"
#include "core/lint/question_profile.h"

namespace statecraft::lint {

void check_matrix_lint(const Question& q, const SourceIndex& source, QuestionProfile& p) {
    if (q.type != QuestionType::matrix || q.rows.empty() || q.columns.size() < 2) return;
    bool shaped = true;
    for (const MatrixRow& row : q.rows) shaped = shaped && row.cells.size() == q.columns.size();
    if (shaped && count_diagnostic_rows(q) == 0)
        p.findings.push_back(
            {"no-diagnostic-row", "/rows",
             "no row is diagnostic: every piece of evidence is marked the same for every "
             "hypothesis, so the grid tells them apart nowhere and teaches nothing; to fix, "
             "add evidence that fits some hypotheses and not others"});
    if (source.empty()) return;
    auto check = [&](const std::string& text, std::string where) {
        if (auto run = source.copied_run(text))
            p.findings.push_back({"copied-from-source", std::move(where),
                                  *run + " copied from the source; to fix, say it in your own "
                                         "words, or quote it in quotation marks"});
    };
    for (std::size_t c = 0; c < q.columns.size(); ++c)
        check(q.columns[c], "/columns/" + std::to_string(c));
    for (std::size_t r = 0; r < q.rows.size(); ++r) {
        const std::string at = "/rows/" + std::to_string(r);
        check(q.rows[r].text, at + "/text");
        check(q.rows[r].explanation, at + "/explanation");
        for (std::size_t c = 0; c < q.rows[r].feedback.size(); ++c)
            check(q.rows[r].feedback[c], at + "/feedback/" + std::to_string(c));
    }
}

}  // namespace statecraft::lint
