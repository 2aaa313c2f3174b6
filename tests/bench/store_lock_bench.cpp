// Frame times while another program holds the database's write lock (issue 20 item 3).
//
//   bench_store_lock [--hold SECONDS] [--goal-ms MS]
// The app's controller and screens run headless (ImGui without a window) over a real database
// opened as the app opens it (AppStore). First a baseline: the same quiz for a few seconds with
// nothing in the way. Then a child process takes the write lock (BEGIN IMMEDIATE) for --hold
// seconds (default 20) while the quiz goes on, answering every 100 ms; each frame is timed
// (controller tick, layout of the screen, the intent applied: everything but the GPU). Prints
// max, 99th percentile and median of both runs and the ratio of the maxima; exits 1 when a frame
// under the lock takes longer than --goal-ms (default 50), or when an answer is missing once the
// lock is released.
#include <imgui.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <string>
#include <thread>
#include <vector>

#include "app/app_controller.h"
#include "app/app_look.h"
#include "app/app_store.h"
#include "app/bank_catalog.h"
#include "app/sample_state.h"
#include "core/session/answer_check.h"
#include "core/session/clock.h"
#include "core/store/data_dir.h"
#include "platform/fonts.h"
#include "platform/theme.h"
#include "ui/screens.h"

using namespace statecraft;
using steady = std::chrono::steady_clock;

namespace {

double percentile(std::vector<double> v, double p) {
    if (v.empty()) return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, static_cast<std::size_t>(p * (v.size() - 1) + 0.5))];
}

// The child: holds the write lock for `hold_s` seconds, says so on the pipe once it has it.
[[noreturn]] void hold_lock(const std::string& db, int hold_s, int ready_fd) {
    sqlite3* h = nullptr;
    if (sqlite3_open(db.c_str(), &h) != SQLITE_OK) _exit(2);
    if (sqlite3_exec(h, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) != SQLITE_OK) _exit(3);
    if (write(ready_fd, "x", 1) != 1) _exit(4);
    std::this_thread::sleep_for(std::chrono::seconds(hold_s));
    sqlite3_exec(h, "COMMIT", nullptr, nullptr, nullptr);
    sqlite3_close(h);
    _exit(0);
}

struct Run {
    std::vector<double> frame_ms;
    int answers = 0;
};

// Frames for `seconds`, answering a question every 100 ms (a new quiz when one ends).
Run run_quiz(AppController& app, double seconds) {
    Run run;
    const auto end = steady::now() + std::chrono::duration<double>(seconds);
    auto next_answer = steady::now();
    while (steady::now() < end) {
        const auto start = steady::now();
        app.tick();
        ImGui::NewFrame();
        Intent intent = draw_app(app.state(), current_look(false));
        ImGui::Render();
        app.apply(intent);
        if (start >= next_answer) {
            next_answer = start + std::chrono::milliseconds(100);
            const AppState& s = app.state();
            if (s.screen != Screen::practice || !s.quiz.session) {
                app.apply(intent::Home{home_cmd::GoHome{}});
                app.apply(intent::Home{home_cmd::SetQuestionCount{6}});
                app.apply(intent::Home{home_cmd::StartQuiz{}});
            } else if (s.quiz.practice.outcome) {
                app.apply(intent::Practice{practice_cmd::Next{}});
            } else {
                // A poll is answered but never stored: only marked answers are counted.
                const bool stored = is_graded(s.quiz.session->current().question->type);
                for (const Intent& i : sample_answer_intents(s, SampleQuality::right)) app.apply(i);
                app.apply(intent::Practice{practice_cmd::Submit{}});
                if (stored) ++run.answers;
            }
        }
        run.frame_ms.push_back(
            std::chrono::duration<double, std::milli>(steady::now() - start).count());
        std::this_thread::sleep_for(std::chrono::milliseconds(4));  // ~ a 60 Hz loop's rest
    }
    return run;
}

void print(const char* name, const Run& r) {
    std::printf("%-26s frames %6zu  answers %4d  max %7.2f ms  p99 %6.2f ms  median %5.2f ms\n",
                name, r.frame_ms.size(), r.answers,
                r.frame_ms.empty() ? 0 : *std::max_element(r.frame_ms.begin(), r.frame_ms.end()),
                percentile(r.frame_ms, 0.99), percentile(r.frame_ms, 0.5));
}

}  // namespace

int main(int argc, char** argv) {
    int hold_s = 20;
    double goal_ms = 50;
    for (int i = 1; i + 1 < argc; i += 2) {
        if (!std::strcmp(argv[i], "--hold")) hold_s = std::max(1, std::atoi(argv[i + 1]));
        if (!std::strcmp(argv[i], "--goal-ms")) goal_ms = std::strtod(argv[i + 1], nullptr);
    }
    char dir_template[] = "/tmp/statecraft-lock-bench-XXXXXX";
    if (!mkdtemp(dir_template)) return 2;
    const std::filesystem::path dir = dir_template;

    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.DisplaySize = ImVec2(1280, 720);
    io.DeltaTime = 1.f / 60.f;
    load_fonts(*io.Fonts, 1.0f);
    unsigned char* pixels = nullptr;
    int w = 0, h = 0;
    io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);
    ImGui::GetStyle() = make_style(false, 1.0f);

    int failures = 0;
    std::int64_t saved = 0;
    {
        AppStore store;
        std::string error;
        if (!store.open(dir, false, {}, error, /*background_writes=*/true)) return 2;
        AppState state;
        BankSources sources;
        sources.extra =
            std::filesystem::path(STATECRAFT_SOURCE_DIR) / "questions/examples/all-types.json";
        scan_banks(state.home, sources);
        SteadyClock clock;
        ControllerOptions options;
        options.seed = 7;
        options.store = store.store.get();
        options.background_writes = true;  // as the app runs
        options.profile = "Bench";
        AppController app(std::move(state), clock, options);

        std::printf(
            "Frames while another process holds the write lock for %d s (goal: none "
            "over %.0f ms)\n",
            hold_s, goal_ms);
        Run baseline = run_quiz(app, 3.0);
        print("baseline (no lock)", baseline);

        int pipe_fd[2];
        if (pipe(pipe_fd) != 0) return 2;
        pid_t child = fork();
        if (child == 0) hold_lock((dir / kDatabaseFileName).string(), hold_s, pipe_fd[1]);
        char c;
        if (read(pipe_fd[0], &c, 1) != 1) return 2;
        Run locked = run_quiz(app, hold_s + 0.5);
        int status = 0;
        waitpid(child, &status, 0);
        Run after = run_quiz(app, 2.5);  // the waiting answers go in
        print("while locked", locked);
        print("after the lock", after);
        const double base_max =
            *std::max_element(baseline.frame_ms.begin(), baseline.frame_ms.end());
        const double locked_max = *std::max_element(locked.frame_ms.begin(), locked.frame_ms.end());
        std::printf("max frame under the lock / baseline max: %.2fx\n", locked_max / base_max);
        if (locked_max > goal_ms) {
            std::printf("FAIL: a frame took %.1f ms under the lock\n", locked_max);
            ++failures;
        }
        app.finish_writes();  // the writer's thread ends: the store is this thread's again
        if (app.state().scores.pending != 0) {
            std::printf("FAIL: %zu writes still wait after the lock\n", app.state().scores.pending);
            ++failures;
        }
        const int answers = baseline.answers + locked.answers + after.answers;
        StoreCounts counts;
        if (store.store->counts(counts, error)) saved = counts.attempts;
        std::printf("answers given %d, in the database %lld\n", answers,
                    static_cast<long long>(saved));
        if (saved != answers) ++failures;
    }
    ImGui::DestroyContext();
    std::filesystem::remove_all(dir);
    return failures ? 1 : 0;
}
