// bench_editor: what one keystroke costs in the bank editor on banks of any size. A keystroke is
// an undoable edit of a question's prompt (merged with the previous one, as typing in one field
// is), then the live validation and the lint list the editor shows.
//   before: the bank written out and read back by the validator, and a fresh full lint
//           (how the editor worked until issue 13);
//   after:  the model validated directly and the editor's incremental Linter.
// Baselines, same run: loading and validating the file once (`statecraft validate`'s work),
// and loading, validating and linting it (`statecraft lint`'s work), timed by turns, in wall
// time and (last column, the ratio) in CPU time.
//   bench_editor BANK.json... (make big ones with tests/bench/generate_bank.py OUT N)
// Prints per bank: questions, the medians in ms, and the ratios the targets are about.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <functional>
#include <string>
#include <vector>

#include "core/bank/bank_loader.h"
#include "core/bank/bank_reader.h"
#include "core/bank/bank_rules.h"
#include "core/bank/bank_writer.h"
#include "core/editor/editable_bank.h"
#include "core/lint/lint.h"

using namespace statecraft;

namespace {

using Clock = std::chrono::steady_clock;

double time_ms(const std::function<void()>& work) {
    const auto start = Clock::now();
    work();
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

// The process's CPU time (one thread): on a shared, loaded machine it leaves out the time
// spent waiting for a core, which wall time counts.
double cpu_ms(const std::function<void()>& work) {
    const std::clock_t start = std::clock();
    work();
    return 1000.0 * static_cast<double>(std::clock() - start) / CLOCKS_PER_SEC;
}

double median(std::vector<double> ms) {
    std::sort(ms.begin(), ms.end());
    return ms[ms.size() / 2];
}

double median_ms(int runs, const std::function<void()>& work) {
    std::vector<double> ms;
    for (int i = 0; i < runs; ++i) ms.push_back(time_ms(work));
    return median(ms);
}

// The editor's validation until issue 13: write the bank out, read it back, check the rules.
std::size_t read_back_validation(const Bank& bank) {
    ReadResult read = read_bank_json(to_json_text(bank, -1));
    if (read.syntax_ok) check_bank_rules(read);
    return read.diagnostics.size();
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_editor BANK.json...\n");
        return 2;
    }
    std::printf("%-16s %9s %12s %12s %11s %9s %12s %10s\n", "bank", "questions", "key before",
                "key after", "validate", "lint", "lint/valid.", "(CPU time)");
    for (int a = 1; a < argc; ++a) {
        const std::filesystem::path path = argv[a];
        Diagnostics diags;
        auto doc = EditableBank::open(path, diags);
        if (!doc || doc->bank().questions.empty()) {
            std::fprintf(stderr, "%s: cannot open as a bank with questions\n", argv[a]);
            return 2;
        }
        std::size_t found = 0;  // keeps the work observable
        auto type = [&] {
            doc->apply(bank_edit::SetText{TextField::prompt, 0, -1,
                                          doc->bank().questions[0].prompt + "x"});
        };
        const double before = median_ms(11, [&] {
            type();
            found += read_back_validation(doc->bank()) + lint_bank(doc->bank()).size();
        });
        Linter linter;
        found += linter.run(doc->bank()).size();  // opening the bank builds the indexes
        const double after = median_ms(51, [&] {
            type();
            LintOptions options;
            options.fingerprints = &doc->fingerprints();
            found += doc->diagnostics().size() + linter.run(doc->bank(), options).size();
        });
        // Validate and lint by turns: on a shared machine a change in load falls on both.
        std::vector<double> validate_ms, lint_ms, validate_cpu, lint_cpu;
        auto validate_once = [&] { found += load_bank_file(path).ok(); };
        auto lint_once = [&] {
            LoadedBank loaded = load_bank_file(path);
            found += lint_bank(loaded.bank).size();
        };
        for (int run = 0; run < 15; ++run) {
            validate_ms.push_back(time_ms(validate_once));
            lint_ms.push_back(time_ms(lint_once));
            validate_cpu.push_back(cpu_ms(validate_once));
            lint_cpu.push_back(cpu_ms(lint_once));
        }
        const double validate = median(validate_ms), lint = median(lint_ms);
        const double cpu_ratio = median(lint_cpu) / median(validate_cpu);
        std::printf("%-16s %9zu %12.2f %12.2f %11.2f %9.2f %11.2fx %9.2fx\n",
                    path.filename().string().c_str(), doc->bank().questions.size(), before, after,
                    validate, lint, lint / validate, cpu_ratio);
        if (found == 0) std::printf("(nothing checked?)\n");
    }
    return 0;
}
