#include "app/score_recorder.h"

#include <algorithm>
#include <cstdlib>

#include "core/bank/model.h"
#include "core/store/classroom_store.h"
#include "core/store/quiz_records.h"

namespace statecraft {

ScoreRecorder::ScoreRecorder(Store* store, std::function<std::int64_t()> wall_ms)
    : store_(store), wall_ms_(std::move(wall_ms)) {}

void ScoreRecorder::note(ScoreState& scores, const WriteResult& result) {
    scores.pending = result.pending;
    if (result.saved) {
        scores.write_problem.clear();
        scores.quit_warned = false;
    } else if (!result.message.empty()) {
        scores.write_problem = result.message;
    }
    sync(scores);
}

void ScoreRecorder::sync(ScoreState& scores) {
    if (!store_) return;
    for (std::string& n : store_->take_notices()) scores.notices.push_back(std::move(n));
    scores.pending = store_->pending_count();
    if (scores.pending == 0) scores.write_problem.clear();
}

void ScoreRecorder::list_profiles(ScoreState& scores) {
    std::vector<ProfileInfo> profiles;
    std::string error;
    if (!store_->list_profiles(profiles, error)) return;  // keep what we had; writes may wait
    scores.profiles.clear();
    for (const ProfileInfo& p : profiles) scores.profiles.push_back(p.name);
}

void ScoreRecorder::start(ScoreState& scores, const std::string& profile) {
    scores.available = store_ != nullptr;
    if (!store_) return;
    scores.database = store_->path().string();
    choose_profile(scores, profile);
    // A read-only or missing database is said at once, on the banner, with what to fix.
    if (scores.write_problem.empty() && !store_->problem().empty())
        scores.write_problem = store_->problem();
}

void ScoreRecorder::choose_profile(ScoreState& scores, const std::string& name) {
    if (!store_) return;
    std::string trimmed, error;
    if (!normalize_profile_name(name, trimmed, error)) {
        scores.profile_message = error;
        return;
    }
    if (auto found = store_->find_profile(trimmed)) trimmed = found->name;
    note(scores, store_->use_profile(trimmed));
    scores.profile = trimmed;
    scores.profile_message.clear();
    list_profiles(scores);
    // While the file cannot be written, the list lacks the new name; show it anyway.
    if (std::find(scores.profiles.begin(), scores.profiles.end(), trimmed) == scores.profiles.end())
        scores.profiles.push_back(trimmed);
}

void ScoreRecorder::create_profile(ScoreState& scores, const std::string& name) {
    if (!store_) return;
    std::string trimmed, error;
    if (!normalize_profile_name(name, trimmed, error)) {
        scores.profile_message = error;
        return;
    }
    if (auto found = store_->find_profile(trimmed); found && found->name == kClassroomProfile) {
        scores.profile_message =
            "\"" + trimmed + "\" is kept for classroom games; choose another name.";
        return;
    }
    if (store_->find_profile(trimmed)) {
        scores.profile_message = "There is already a profile named \"" + trimmed + "\".";
        return;
    }
    choose_profile(scores, trimmed);
}

void ScoreRecorder::begin_session(ScoreState& scores, const QuizSession& session) {
    key_.reset();
    if (!store_ || scores.profile.empty()) return;
    BeginResult begun = store_->begin_session(session_start(session, scores.profile, now_ms()));
    note(scores, begun);
    if (!begun.rejected) key_ = begun.key;
}

void ScoreRecorder::record_attempt(ScoreState& scores, AttemptRecord attempt) {
    if (!store_ || !key_) return;
    attempt.answered_ms = now_ms();
    note(scores, store_->record_attempt(*key_, attempt));
}

void ScoreRecorder::end_session(ScoreState& scores, double score, double max_score,
                                std::optional<int> unanswered) {
    if (!store_ || !key_) return;
    note(scores, store_->end_session(*key_, {now_ms(), score, max_score, unanswered}));
    key_.reset();
}

void ScoreRecorder::override_attempt(ScoreState& scores, const std::string& question_id) {
    if (!store_ || !key_) return;
    note(scores, store_->override_attempt(*key_, question_id));
}

void ScoreRecorder::retry(ScoreState& scores) {
    if (!store_) return;
    note(scores, store_->flush());
    list_profiles(scores);
    if (!scores.profile.empty() && std::find(scores.profiles.begin(), scores.profiles.end(),
                                             scores.profile) == scores.profiles.end())
        scores.profiles.push_back(scores.profile);
}

void ScoreRecorder::retry_due(ScoreState& scores) {
    if (store_ && (store_->pending_count() > 0 || store_->checking()))
        note(scores, store_->retry_due());
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
