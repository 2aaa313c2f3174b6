#include "app/score_recorder.h"

#include <algorithm>
#include <cstdlib>

#include "core/bank/model.h"
#include "core/store/classroom_store.h"
#include "core/store/quiz_records.h"

namespace statecraft {

ScoreRecorder::ScoreRecorder(Store* store, std::function<std::int64_t()> wall_ms, bool background,
                             std::size_t capacity)
    : store_(store), wall_ms_(std::move(wall_ms)), writer_(store, background, capacity) {}

ScoreRecorder::~ScoreRecorder() {
    writer_.stop();  // what is queued runs first, then what waits here runs inline, in order
    hand_over();
}

void ScoreRecorder::hand_over() {
    while (!held_.empty() && writer_.try_post(held_.front())) held_.pop_front();
}

void ScoreRecorder::post(StoreWriter::Job job) {
    if (!store_) return;
    held_.push_back(std::move(job));
    hand_over();
}

StoreLease ScoreRecorder::read() {
    while (!held_.empty()) {  // a read sees every write posted before it
        hand_over();
        writer_.settle();
    }
    return writer_.read();
}

void ScoreRecorder::sync(ScoreState& scores) {
    if (!store_) return;
    hand_over();
    WriterStatus status = writer_.take_status();
    for (std::string& n : status.notices) scores.notices.push_back(std::move(n));
    scores.pending = held_.size() + status.store_pending;
    scores.writing = status.queued > 0 || status.checking;
    if (!held_.empty())
        scores.write_problem = "Saving is behind: " + std::to_string(held_.size()) +
                               " writes wait their turn in memory; they go in as it catches up.";
    else
        scores.write_problem = status.problem;
    if (scores.pending == 0) scores.quit_warned = false;
}

void ScoreRecorder::settle(ScoreState& scores) {
    read();  // hands everything over and waits; the lease goes at once
    sync(scores);
}

void ScoreRecorder::finish(ScoreState& scores) {
    read();
    writer_.stop();
    sync(scores);
}

void ScoreRecorder::list_profiles(ScoreState& scores) {
    std::vector<ProfileInfo> profiles;
    std::string error;
    if (!read()->list_profiles(profiles, error)) return;  // keep what we had; writes may wait
    scores.profiles.clear();
    for (const ProfileInfo& p : profiles) scores.profiles.push_back(p.name);
}

void ScoreRecorder::start(ScoreState& scores, const std::string& profile) {
    scores.available = store_ != nullptr;
    if (!store_) return;
    scores.database = read()->path().string();
    // A read-only or missing database is said at once, on the banner, with what to fix (sync).
    choose_profile(scores, profile);
}

void ScoreRecorder::choose_profile(ScoreState& scores, const std::string& name) {
    if (!store_) return;
    std::string trimmed, error;
    if (!normalize_profile_name(name, trimmed, error)) {
        scores.profile_message = error;
        return;
    }
    if (auto found = read()->find_profile(trimmed)) trimmed = found->name;
    post([trimmed](Store& store) { return store.use_profile(trimmed); });
    scores.profile = trimmed;
    scores.profile_message.clear();
    list_profiles(scores);
    // While the file cannot be written, the list lacks the new name; show it anyway.
    if (std::find(scores.profiles.begin(), scores.profiles.end(), trimmed) == scores.profiles.end())
        scores.profiles.push_back(trimmed);
    sync(scores);
}

void ScoreRecorder::create_profile(ScoreState& scores, const std::string& name) {
    if (!store_) return;
    std::string trimmed, error;
    if (!normalize_profile_name(name, trimmed, error)) {
        scores.profile_message = error;
        return;
    }
    {
        StoreLease store = read();
        if (auto found = store->find_profile(trimmed); found && found->name == kClassroomProfile) {
            scores.profile_message =
                "\"" + trimmed + "\" is kept for classroom games; choose another name.";
            return;
        }
        if (store->find_profile(trimmed)) {
            scores.profile_message = "There is already a profile named \"" + trimmed + "\".";
            return;
        }
    }
    choose_profile(scores, trimmed);
}

void ScoreRecorder::begin_session(ScoreState& scores, const QuizSession& session) {
    in_session_ = false;
    if (!store_ || scores.profile.empty()) return;
    SessionStart start = session_start(session, scores.profile, now_ms());
    post([this, start](Store& store) {
        BeginResult begun = store.begin_session(start);
        writer_key_.reset();
        if (!begun.rejected) writer_key_ = begun.key;
        return static_cast<WriteResult>(begun);
    });
    in_session_ = true;
    sync(scores);
}

namespace {
// The session was refused (bad input): its answers have nowhere to go, and the user is told.
WriteResult no_session() {
    WriteResult r;
    r.rejected = true;
    r.message = "This quiz's session could not be started, so its answers are not saved.";
    return r;
}
}  // namespace

void ScoreRecorder::record_attempt(ScoreState& scores, AttemptRecord attempt) {
    if (!store_ || !in_session_) return;
    attempt.answered_ms = now_ms();
    post([this, a = std::move(attempt)](Store& store) {
        return writer_key_ ? store.record_attempt(*writer_key_, a) : no_session();
    });
    sync(scores);
}

void ScoreRecorder::end_session(ScoreState& scores, double score, double max_score,
                                std::optional<int> unanswered) {
    if (!store_ || !in_session_) return;
    const SessionEnd end{now_ms(), score, max_score, unanswered};
    post([this, end](Store& store) {
        if (!writer_key_) return no_session();
        const WriteResult result = store.end_session(*writer_key_, end);
        writer_key_.reset();
        return result;
    });
    in_session_ = false;
    sync(scores);
}

void ScoreRecorder::override_attempt(ScoreState& scores, const std::string& question_id) {
    if (!store_ || !in_session_) return;
    post([this, question_id](Store& store) {
        return writer_key_ ? store.override_attempt(*writer_key_, question_id) : no_session();
    });
    sync(scores);
}

void ScoreRecorder::retry(ScoreState& scores) {
    if (!store_) return;
    post([](Store& store) { return store.flush(); });
    list_profiles(scores);  // waits for the flush
    if (!scores.profile.empty() && std::find(scores.profiles.begin(), scores.profiles.end(),
                                             scores.profile) == scores.profiles.end())
        scores.profiles.push_back(scores.profile);
    sync(scores);
}

void ScoreRecorder::retry_due(ScoreState& scores) {
    if (!store_) return;
    writer_.pump();
    sync(scores);
}

std::string initial_profile(Store& store, const std::string& remembered,
                            const std::string& os_user) {
    if (!remembered.empty())
        if (auto found = store.find_profile(remembered)) return found->name;
    if (auto last = store.last_profile()) return *last;
    std::vector<ProfileInfo> profiles;
    std::string error;
    if (store.list_profiles(profiles, error) && !profiles.empty()) return profiles.front().name;
    return os_user;
}

std::string default_profile_name() {
    for (const char* var : {"USER", "LOGNAME"}) {
        const char* value = std::getenv(var);
        std::string name, error;
        if (value && *value && std::string(value) != "root" &&
            normalize_profile_name(value, name, error))
            return name;
    }
    return "Student";
}

}  // namespace statecraft
