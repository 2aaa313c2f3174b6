// `statecraft export-results --out FILE.csv [--profile NAME]`: one CSV record per attempt
// (every profile unless one is named), written atomically; "-" writes to standard output.
// With --classroom: one record per team per question of every classroom game instead.
#include <iostream>

#include <map>

#include "app/cli/commands.h"
#include "app/paths.h"
#include "app/results_store.h"
#include "core/bank/bank_loader.h"
#include "core/io/atomic_file.h"
#include "core/stats/classroom_csv.h"
#include "core/stats/results_csv.h"
#include "core/store/classroom_store.h"

namespace statecraft {

namespace {

struct ExportArgs {
    std::string out;
    std::string profile;
    bool classroom = false;
    std::vector<std::filesystem::path> banks;
};

// The banks whose questions name the answers in words: --banks, else the shipped banks and the
// user's own (in the data folder), by bank id; the first good one of an id wins.
class QuestionLookup {
  public:
    QuestionLookup(const ExportArgs& args, const GlobalOptions& global) {
        std::vector<std::filesystem::path> paths = args.banks;
        if (paths.empty()) {
            if (std::filesystem::path shipped = shipped_questions_dir(); !shipped.empty())
                paths.push_back(shipped);
            paths.push_back(global.data_dir.empty()
                                ? user_banks_dir()
                                : std::filesystem::path(global.data_dir) / "banks");
        }
        std::error_code ec;
        std::erase_if(paths, [&](const auto& p) { return !std::filesystem::exists(p, ec); });
        for (LoadedBank& loaded : load_bank_paths(paths))
            if (loaded.ok()) banks_.emplace(loaded.bank.id, std::move(loaded.bank));
    }
    const Question* find(const std::string& bank_id, const std::string& question_id) const {
        auto it = banks_.find(bank_id);
        return it == banks_.end() ? nullptr : it->second.find_question(question_id);
    }

  private:
    std::map<std::string, Bank> banks_;
};

bool collect_classroom(Store& store, std::string& csv, std::size_t& count, std::string& error) {
    append_classroom_header(csv);
    return store.for_each_classroom_row(
        [&](const ClassroomExportRow& row) {
            append_classroom_record(csv, row);
            ++count;
        },
        error);
}

int write_csv(const ExportArgs& args, const std::string& csv, std::size_t count) {
    std::string error;
    if (args.out == "-") {
        std::cout << csv;
        return std::cout.good() ? 0 : 1;
    }
    if (!io::write_file_atomically(args.out, csv, error)) {
        std::cerr << "error: " << args.out << ": " << error << "\n";
        return 1;
    }
    const char* what = args.classroom ? (count == 1 ? " classroom row" : " classroom rows")
                                      : (count == 1 ? " attempt" : " attempts");
    std::cout << "Wrote " << count << what << " to " << args.out << "\n";
    return 0;
}

int run_export_results(const ExportArgs& args, const GlobalOptions& global) {
    if (args.classroom && !args.profile.empty()) {
        std::cerr << "error: --classroom exports every classroom game; it takes no --profile\n";
        return 2;
    }
    // Nothing recorded yet: the header alone, so scripts need no special case.
    if (args.profile.empty() && no_results_yet(global)) {
        std::string header;
        if (args.classroom) {
            append_classroom_header(header);
        } else {
            append_results_header(header);
        }
        return write_csv(args, header, 0);
    }
    std::unique_ptr<Store> store = open_results_store(global, std::cerr);
    if (!store) return 1;
    std::optional<std::string> profile;
    if (!args.profile.empty()) {
        profile = choose_profile(*store, args.profile, std::cerr);
        if (!profile) return 1;
    }
    std::string csv;
    std::size_t count = 0;
    std::string error;
    if (!args.classroom) append_results_header(csv);
    std::optional<QuestionLookup> questions;
    if (!args.classroom) questions.emplace(args, global);
    bool ok = args.classroom ? collect_classroom(*store, csv, count, error)
                             : store->for_each_attempt(
                                   profile,
                                   [&](const AttemptExportRow& row) {
                                       append_result_record(
                                           csv, row, questions->find(row.bank_id, row.question_id));
                                       ++count;
                                   },
                                   error);
    if (!ok) {
        std::cerr << "error: " << error << "\n";
        return 1;
    }
    return write_csv(args, csv, count);
}

}  // namespace

void add_export_results_command(CLI::App& app, CommandStatus& status, const GlobalOptions& global) {
    auto* cmd =
        app.add_subcommand("export-results", "Write every attempt to a CSV file for a gradebook");
    cmd->fallthrough();  // --data-dir after the subcommand's name goes to the program
    auto args = std::make_shared<ExportArgs>();
    cmd->add_option("--out", args->out, "The CSV file to write (- for standard output)")
        ->required();
    cmd->add_option("--profile", args->profile, "Only this profile (default: every profile)");
    cmd->add_flag("--classroom", args->classroom,
                  "Classroom games instead: one row per team per question (answer, right or "
                  "wrong, time, points)");
    cmd->add_option("--banks", args->banks,
                    "Banks whose questions give the answers in words (default: the shipped banks "
                    "and your own)");
    cmd->callback(
        [args, &status, &global] { status.exit_code = run_export_results(*args, global); });
}

}  // namespace statecraft
