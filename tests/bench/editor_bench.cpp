// bench_editor: what one keystroke costs in the bank editor on banks of any size. A keystroke is
// an undoable edit of a question's prompt (merged with the previous one, as typing in one field
// is), then the live validation and the lint list the editor shows. Baseline, same run: loading
// and validating the bank file once (`statecraft validate`'s work).
//   bench_editor BANK.json... (make big ones with tests/bench/generate_bank.py OUT N)
// Prints per bank: questions, ms per keystroke (median of 50), the baseline, their ratio.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>
#include <string>
#include <vector>

#include "core/bank/bank_loader.h"
#include "core/editor/editable_bank.h"
#include "core/lint/lint.h"

using namespace statecraft;

namespace {

using Clock = std::chrono::steady_clock;

double median_ms(int runs, const std::function<void()>& work) {
    std::vector<double> ms;
    for (int i = 0; i < runs; ++i) {
        const auto start = Clock::now();
        work();
        ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
    }
    std::sort(ms.begin(), ms.end());
    return ms[ms.size() / 2];
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_editor BANK.json...\n");
        return 2;
    }
    std::printf("%-40s %9s %14s %14s %7s\n", "bank", "questions", "keystroke ms", "validate ms",
                "ratio");
    for (int a = 1; a < argc; ++a) {
        const std::filesystem::path path = argv[a];
        Diagnostics diags;
        auto doc = EditableBank::open(path, diags);
        if (!doc || doc->bank().questions.empty()) {
            std::fprintf(stderr, "%s: cannot open as a bank with questions\n", argv[a]);
            return 2;
        }
        std::size_t lint_count = 0;
        const double keystroke = median_ms(50, [&] {
            doc->apply(
                "Edit prompt", [](Bank& b) { b.questions[0].prompt += "x"; }, "q0/prompt");
            lint_count += doc->diagnostics().size() + lint_bank(doc->bank()).size();
        });
        const double validate = median_ms(11, [&] { lint_count += load_bank_file(path).ok(); });
        std::printf("%-40s %9zu %14.2f %14.2f %6.2fx\n", path.filename().string().c_str(),
                    doc->bank().questions.size(), keystroke, validate, keystroke / validate);
        if (lint_count == 0) std::printf("(nothing checked?)\n");  // keeps the work observable
    }
    return 0;
}
