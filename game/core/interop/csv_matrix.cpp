#include "core/interop/csv_matrix.h"

#include "core/bank/matrix_cells.h"
#include "core/interop/csv_columns.h"
#include "core/interop/text_util.h"

namespace statecraft::csv_matrix {

void write(const Question& q, std::string& answer, std::vector<std::string>& options,
           std::vector<std::string>& problems, std::vector<std::string>& lost) {
    for (const std::string& column : q.columns) {
        if (column.find('|') != std::string::npos)
            problems.push_back("hypothesis \"" + column + "\" contains '|', which separates them");
        answer += (answer.empty() ? "" : " | ") + column;
    }
    for (const MatrixRow& row : q.rows) {
        if (row.text.find("->") != std::string::npos)
            problems.push_back("evidence \"" + row.text + "\" contains \"->\"");
        std::string cells;
        for (const std::string& c : row.cells) cells += (cells.empty() ? "" : " ") + c;
        options.push_back(row.text + " -> " + cells);
        bool feedback = false;
        for (const std::string& f : row.feedback) feedback |= !f.empty();
        if (!row.explanation.empty() || feedback)
            lost.push_back(
                "evidence \"" + row.text +
                "\": CSV has no place for a row's explanation or cell feedback; left out");
    }
}

std::string read(Question& q, const std::string& answer,
                 const std::vector<std::pair<int, std::string>>& options) {
    q.columns = csv_columns::split_list(answer, "|");
    if (q.columns.empty())
        return "a matrix question needs its hypotheses in answer, separated by |";
    for (const auto& [letter, text] : options) {
        std::string name(1, static_cast<char>('A' + letter));
        std::size_t arrow = text.rfind("->");
        if (arrow == std::string::npos)
            return "option " + name + ": write a matrix row as \"evidence -> C I N\"";
        MatrixRow row;
        row.text = trim(std::string_view(text).substr(0, arrow));
        row.cells = csv_columns::split_list(std::string_view(text).substr(arrow + 2), " \t,;|");
        for (std::string& c : row.cells) {
            for (char& ch : c) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
            if (!is_matrix_cell_code(c))
                return "option " + name + ": \"" + c + "\" is not a cell code (C, I, N, CC or II)";
        }
        if (row.cells.size() != q.columns.size())
            return "option " + name + ": " + std::to_string(row.cells.size()) + " cells for " +
                   std::to_string(q.columns.size()) + " hypotheses";
        q.rows.push_back(std::move(row));
    }
    return {};
}

}  // namespace statecraft::csv_matrix
