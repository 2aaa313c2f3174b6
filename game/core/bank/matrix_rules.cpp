#include "core/bank/matrix_rules.h"

#include <algorithm>

#include "core/bank/matrix_cells.h"

namespace statecraft {

namespace {

bool blank(std::string_view s) {
    return s.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

class MatrixChecker {
  public:
    MatrixChecker(const Question& q, const std::string& at, Diagnostics& out)
        : q_(q), at_(at), out_(out) {}

    void run() {
        check_count("/columns", "columns", q_.columns.size(), kMinMatrixColumns, kMaxMatrixColumns);
        check_count("/rows", "rows", q_.rows.size(), kMinMatrixRows, kMaxMatrixRows);
        check_distinct("/columns", q_.columns, "column");
        std::vector<std::string> texts;
        for (const MatrixRow& row : q_.rows) texts.push_back(row.text);
        check_distinct("/rows", texts, "row", "/text");
        for (std::size_t r = 0; r < q_.rows.size(); ++r) check_row(r);
    }

  private:
    void error(const std::string& pointer, std::string message) {
        Diagnostic d;
        d.message = std::move(message);
        d.pointer = at_ + pointer;
        d.question_id = q_.id;
        out_.push_back(std::move(d));
    }

    void check_count(const char* field, const char* what, std::size_t n, std::size_t min,
                     std::size_t max) {
        if (n >= min && n <= max) return;
        error(field, "a matrix needs " + std::to_string(min) + " to " + std::to_string(max) + " " +
                         what + ", has " + std::to_string(n));
    }

    void check_distinct(const char* field, const std::vector<std::string>& texts, const char* what,
                        const char* suffix = "") {
        for (std::size_t i = 0; i < texts.size(); ++i) {
            std::string here = std::string(field) + "/" + std::to_string(i) + suffix;
            if (blank(texts[i]))
                error(here, "missing or empty");
            else if (std::find(texts.begin(), texts.begin() + i, texts[i]) != texts.begin() + i)
                error(here, std::string("duplicate ") + what + " \"" + texts[i] + "\"");
        }
    }

    void check_row(std::size_t r) {
        const MatrixRow& row = q_.rows[r];
        std::string here = "/rows/" + std::to_string(r);
        if (row.cells.size() != q_.columns.size())
            error(here + "/cells", "needs one cell per column (" +
                                       std::to_string(q_.columns.size()) + "), has " +
                                       std::to_string(row.cells.size()));
        for (std::size_t c = 0; c < row.cells.size(); ++c)
            if (!is_matrix_cell_code(row.cells[c]))
                error(here + "/cells/" + std::to_string(c),
                      "\"" + row.cells[c] + "\" is not a cell code (C, I, N, CC or II)");
        if (!row.feedback.empty() && row.feedback.size() != q_.columns.size())
            error(here + "/feedback", "needs one entry per column (" +
                                          std::to_string(q_.columns.size()) + "), has " +
                                          std::to_string(row.feedback.size()));
    }

    const Question& q_;
    const std::string& at_;
    Diagnostics& out_;
};

}  // namespace

void check_matrix_rules(const Question& question, const std::string& at, Diagnostics& out) {
    MatrixChecker(question, at, out).run();
}

}  // namespace statecraft
