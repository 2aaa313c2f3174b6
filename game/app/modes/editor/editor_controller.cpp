#include "app/modes/editor/editor_controller.h"

#include <algorithm>
#include <utility>

#include "core/bank/bank_copy.h"
#include "core/bank/source_text.h"
#include "core/editor/recovery.h"
#include "core/lint/lint.h"
#include "core/stats/item_figures_summary.h"
#include "core/store/store.h"

namespace statecraft {

namespace ed = intent::editor;
namespace fs = std::filesystem;

namespace {

struct Ctx {
    AppState& state;
    Services& services;
    std::vector<Intent> follow;
    EditorState& e() { return state.editor; }
};

bool question_has_errors(const Diagnostics& diags, int index) {
    const std::string prefix = "/questions/" + std::to_string(index);
    return std::any_of(diags.begin(), diags.end(), [&](const Diagnostic& d) {
        return d.severity == Severity::error && d.pointer.compare(0, prefix.size(), prefix) == 0 &&
               (d.pointer.size() == prefix.size() || d.pointer[prefix.size()] == '/');
    });
}

// Lint list and preview for the current revision and selection.
void refresh(Ctx& c) {
    EditorState& e = c.e();
    if (!e.doc) return;
    const Bank& bank = e.doc->bank();
    const int n = static_cast<int>(bank.questions.size());
    if (e.question >= n) e.question = n - 1;
    if (e.page == EditorPage::question && e.question < 0 && n > 0) e.question = 0;
    e.lint.clear();
    if (e.show_lint) {
        LintOptions options;
        options.source_text = e.source_text;
        options.fingerprints = &e.doc->fingerprints();
        e.lint = e.source_problems;
        Diagnostics found = e.linter->run(bank, options);
        e.lint.insert(e.lint.end(), found.begin(), found.end());
    }
    e.preview.reset();
    if (e.page != EditorPage::question || e.question < 0 ||
        question_has_errors(e.doc->diagnostics(), e.question))
        return;
    // A one-question bank, in the bank's own order: the student's view of this question.
    auto one = std::make_shared<Bank>(with_questions(bank, {bank.questions[e.question]}));
    QuizConfig config;
    config.question_count = 1;
    config.shuffle = false;
    config.seed = 1;
    std::string error;
    auto session = QuizSession::start(one, config, c.services.clock, error);
    if (!session) return;
    auto preview = std::make_shared<AppState>();
    preview->screen = Screen::practice;
    preview->quiz.practice.draft = session->initial_answer(0);
    preview->quiz.session = std::move(session);
    e.preview = std::move(preview);
}

// Selects the document's file on Home; false when Home does not list it.
bool select_saved(Ctx& c) {
    HomeState& home = c.state.home;
    const fs::path& path = c.e().doc->path();
    std::error_code ec;
    for (int i = 0; i < static_cast<int>(home.banks.size()); ++i)
        if (!path.empty() && fs::equivalent(home.banks[i].loaded->path, path, ec)) {
            c.follow.push_back(intent::Home{home_cmd::SelectBank{i}});
            return true;
        }
    return false;
}

// After a save: Home lists the bank again (with its new content) and selects it.
void rescan(Ctx& c) {
    const std::optional<BankSources>& catalog = c.services.options.catalog;
    if (!catalog) return;
    scan_banks(c.state.home, *catalog);
    if (!select_saved(c) && c.state.home.selected >= 0)
        c.follow.push_back(intent::Home{home_cmd::SelectBank{c.state.home.selected}});
}

// "<folder>/<id>.json", else "<id>-2.json", ... a file that does not exist yet.
fs::path free_path(const fs::path& folder, const std::string& id) {
    const std::string base = id.empty() ? "bank" : id;
    std::error_code ec;
    fs::path path = folder / (base + ".json");
    for (int n = 2; fs::exists(path, ec); ++n)
        path = folder / (base + "-" + std::to_string(n) + ".json");
    return path;
}

void after_save(Ctx& c) {
    EditorState& e = c.e();
    e.recovery->discard();
    e.recovery =
        std::make_shared<RecoveryWriter>(recovery_path_for(*e.doc, c.state.home.user_folder));
    const int errors = count(e.doc->diagnostics(), Severity::error);
    e.message = "Saved to " + e.doc->path().string() +
                (errors ? " (with " + std::to_string(errors) +
                              " errors: Home offers it once they are fixed)"
                        : ".");
    rescan(c);
}

bool save(Ctx& c, bool copy) {
    EditorState& e = c.e();
    std::string error;
    bool ok;
    if (copy || e.read_only || e.doc->path().empty()) {
        std::error_code ec;
        fs::create_directories(c.state.home.user_folder, ec);
        ok = e.doc->save_as(free_path(c.state.home.user_folder, e.doc->bank().id), error);
        if (ok) e.read_only = false;
    } else {
        ok = e.doc->save(error);
    }
    if (!ok) {
        e.message = "Could not save: " + error;
        return false;
    }
    after_save(c);
    return true;
}

// A full scan of the bank's answers (about 0.3 s at a million), once per opening.
void load_figures(Store& store, EditorState& e) {
    std::vector<ItemCell> cells;
    std::string error;
    if (!store.item_cells(e.doc->bank().id, cells, error)) {
        e.message = "No answer figures: " + error;
        return;
    }
    const ItemAnalysisOptions options;
    const std::vector<ItemFigures> items = analyse_items(e.doc->bank(), cells, options);
    for (const Question& q : e.doc->bank().questions) {
        ItemFiguresSummary s =
            summarise_item_figures(find_item_figures(items, q.id), options.min_responses);
        e.figures[q.id] = {std::move(s.line), std::move(s.flags)};
    }
}

void start(Ctx& c, EditableBank doc, bool read_only, EditorPage page) {
    EditorState& e = c.e();
    const bool show_lint = e.show_lint;
    e = EditorState{};
    e.show_lint = show_lint;
    e.doc = std::make_shared<EditableBank>(std::move(doc));
    e.read_only = read_only;
    if (!e.doc->path().empty())
        load_bank_source_text(e.doc->bank(), e.doc->path(), e.source_text, e.source_problems);
    e.page = page;
    e.question = e.doc->bank().questions.empty() ? -1 : 0;
    e.recovery =
        std::make_shared<RecoveryWriter>(recovery_path_for(*e.doc, c.state.home.user_folder));
    e.recovery_offer = read_recovery(e.recovery->path());
    if (!e.doc->path().empty())
        if (StoreLease store = c.services.scores.read()) load_figures(*store, e);
    c.state.screen = Screen::editor;
    refresh(c);
}

std::string new_bank_id(const HomeState& home) {
    std::error_code ec;
    for (int n = 1;; ++n) {
        std::string id = n == 1 ? "my-bank" : "my-bank-" + std::to_string(n);
        bool used = fs::exists(home.user_folder / (id + ".json"), ec);
        for (const BankEntry& b : home.banks) used = used || b.loaded->bank.id == id;
        if (!used) return id;
    }
}

void on(Ctx& c, const ed::GoTo& i);

// A new bank, the bank selected on Home, or (broken >= 0) one of Home's banks with errors,
// opened at its first error.
void open(Ctx& c, bool new_bank, int broken = -1) {
    EditorState& e = c.e();
    HomeState& home = c.state.home;
    if (new_bank) {
        start(c, EditableBank::create(new_bank_id(home), "New bank"), false, EditorPage::bank);
        return;
    }
    if (broken >= static_cast<int>(home.broken.size())) return;
    if (broken < 0 && home.selected < 0) return;
    const BankEntry& entry = broken >= 0 ? home.broken[broken] : home.banks[home.selected];
    std::error_code ec;
    if (e.doc && !e.doc->path().empty() && fs::equivalent(e.doc->path(), entry.loaded->path, ec)) {
        c.state.screen = Screen::editor;  // the same bank: keep its undo history
        return;
    }
    Diagnostics diags;
    auto doc = EditableBank::open(entry.loaded->path, diags);
    if (!doc) {
        // A syntax error (no JSON to edit): the line and column say where to look.
        home.message = diags.empty()
                           ? "Cannot open " + entry.loaded->path.string() + "."
                           : "Cannot open in the editor: " +
                                 format_diagnostic(entry.loaded->path.string(), diags.front()) +
                                 ". Fix that in a text editor first.";
        return;
    }
    const bool read_only = entry.origin == "Shipped";
    start(c, std::move(*doc), read_only, EditorPage::question);
    if (broken < 0) return;
    const Diagnostics& now = c.e().doc->diagnostics();
    const int errors = count(now, Severity::error);
    c.e().message = std::to_string(errors) + (errors == 1 ? " error" : " errors") +
                    " to fix (listed at the left; click one to go to its field).";
    for (const Diagnostic& d : now)
        if (d.severity == Severity::error && !d.pointer.empty()) {
            on(c, ed::GoTo{d.pointer});
            break;
        }
}

void leave(Ctx& c, LeaveTo to) {
    switch (to) {
        case LeaveTo::home:
            c.state.screen = Screen::home;
            break;
        case LeaveTo::quit:
            c.follow.push_back(intent::Home{home_cmd::Quit{}});
            break;
        case LeaveTo::new_bank:
            open(c, true);
            break;
        case LeaveTo::open_selected:
            open(c, false, std::exchange(c.e().open_broken, -1));
            break;
    }
}

bool dirty(const EditorState& e) {
    return e.doc && e.doc->dirty();
}

void on(Ctx& c, const ed::Open& i) {
    if (dirty(c.e())) {
        c.e().prompt = i.new_bank ? LeaveTo::new_bank : LeaveTo::open_selected;
        c.e().open_broken = i.broken;
        c.state.screen = Screen::editor;
        return;
    }
    open(c, i.new_bank, i.broken);
}
void on(Ctx& c, const ed::Edit& i) {
    if (!c.e().doc) return;
    if (EditResult result = c.e().doc->apply(i.edit); !result) {
        c.e().message = "Not changed: " + result.error + ".";  // an edit the bank outran
        return;
    }
    if (i.select_question >= 0) {
        c.e().page = EditorPage::question;
        c.e().question = i.select_question;
    }
    refresh(c);
}
void on(Ctx& c, const ed::Select& i) {
    c.e().page = i.page;
    if (i.question >= 0) c.e().question = i.question;
    c.e().focus_field.clear();
    refresh(c);
}
void on(Ctx& c, const ed::Undo&) {
    if (c.e().doc && c.e().doc->undo()) refresh(c);
}
void on(Ctx& c, const ed::Redo&) {
    if (c.e().doc && c.e().doc->redo()) refresh(c);
}
void on(Ctx& c, const ed::Save&) {
    if (c.e().doc) save(c, false);
}
void on(Ctx& c, const ed::SaveCopy&) {
    if (c.e().doc) save(c, true);
}
void on(Ctx& c, const ed::ToggleLint&) {
    c.e().show_lint = !c.e().show_lint;
    refresh(c);
}
void on(Ctx& c, const ed::Play&) {
    EditorState& e = c.e();
    if (!e.doc) return;
    if (!e.doc->valid()) {
        e.message = "Fix the errors first: a bank with errors cannot be played.";
        return;
    }
    if ((e.doc->dirty() || e.doc->path().empty()) && !save(c, false)) return;
    c.follow.clear();
    if (!select_saved(c)) {
        e.message = "Saved, but the bank is not among Home's banks.";
        return;
    }
    c.follow.push_back(intent::Home{home_cmd::StartQuiz{}});
}
void on(Ctx& c, const ed::GoTo& i) {
    EditorState& e = c.e();
    const FieldLocation at = locate(i.pointer);
    if (at.section == "questions" && at.index >= 0) {
        e.page = EditorPage::question;
        e.question = at.index;
    } else if (at.section == "categories") {
        e.page = EditorPage::categories;
    } else if (at.section == "source" && at.field == "sections") {
        e.page = EditorPage::briefing;
    } else {
        e.page = EditorPage::bank;
    }
    e.focus_field = focus_key(at);
    ++e.focus_generation;
    refresh(c);
}
void on(Ctx& c, const ed::Leave& i) {
    if (dirty(c.e())) {
        c.e().prompt = i.to;
        return;
    }
    leave(c, i.to);
}
void on(Ctx& c, const ed::Answer& i) {
    EditorState& e = c.e();
    if (!e.prompt) return;
    const LeaveTo to = *e.prompt;
    e.prompt.reset();
    switch (i.answer) {
        case PromptAnswer::cancel:
            return;
        case PromptAnswer::save:
            if (!save(c, false)) return;
            break;
        case PromptAnswer::discard:
            if (e.recovery) e.recovery->discard();
            e.doc.reset();  // opening it again reads the file
            e.preview.reset();
            break;
    }
    leave(c, to);
}
void on(Ctx& c, const ed::Restore& i) {
    EditorState& e = c.e();
    if (!e.recovery_offer) return;
    if (i.restore && e.doc) {
        e.doc->apply(bank_edit::ReplaceBank{std::move(*e.recovery_offer)});
    } else if (e.recovery) {
        e.recovery->discard();
    }
    e.recovery_offer.reset();
    refresh(c);
}

}  // namespace

std::vector<Intent> apply_editor_command(AppState& state, const EditorCommand& command,
                                         Services& services) {
    Ctx c{state, services, {}};
    std::visit([&c](const auto& a) { on(c, a); }, command);
    return std::move(c.follow);
}

void tick_editor(AppState& state, Services& services) {
    EditorState& e = state.editor;
    if (!e.doc || !e.recovery) return;
    std::string error;
    if (!e.recovery->tick(*e.doc, services.clock.now_ms(), error) && !error.empty())
        e.message = "Could not write the recovery copy: " + error;
}

bool editor_allows_close(AppState& state) {
    EditorState& e = state.editor;
    if (!dirty(e)) return true;
    e.prompt = LeaveTo::quit;
    state.screen = Screen::editor;
    return false;
}

}  // namespace statecraft
