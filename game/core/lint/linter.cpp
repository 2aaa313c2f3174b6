#include <ctime>
#include <iterator>
#include <memory>
#include <optional>
#include <unordered_map>

#include "core/lint/bank_checks.h"
#include "core/lint/cross_index.h"
#include "core/lint/lint.h"
#include "core/lint/prompt_index.h"
#include "core/lint/question_profile.h"
#include "core/lint/source_copy.h"

namespace statecraft {

using namespace lint;

namespace {

// More changed questions than this in one run: rebuilding the indexes is cheaper.
constexpr std::size_t kMaxIncremental = 16;

std::uint64_t text_identity(std::string_view text) {
    std::uint64_t h = 1469598103934665603ull ^ text.size();
    for (unsigned char c : text) h = (h ^ c) * 1099511628211ull;
    return h;
}

std::string at_question(std::size_t i) {
    return "/questions/" + std::to_string(i);
}

Diagnostic cue_warning(const Profiles& at, std::size_t i, const CueHit& hit) {
    Diagnostics one;
    warn(one, "cued-by-other", at_question(i) + hit.needle->where,
         "the answer \"" + hit.needle->text + "\" appears in the " +
             (hit.in_prompt ? "prompt" : "options") + " of question \"" + at[hit.other]->id +
             "\", so one question answers the other; to fix, reword one of them",
         at[i]->id);
    return std::move(one.front());
}

void near_duplicate_findings(const Profiles& at, const CrossIndex& index, std::size_t i,
                             Diagnostics& out) {
    for (const Similar& s : index.similar(i)) {
        if (s.other > i) continue;  // each pair once, on the later question
        char share[8];
        std::snprintf(share, sizeof share, "%.0f%%", 100 * s.similarity);
        warn(out, "near-duplicate", at_question(i) + "/prompt",
             std::string("tests the same content the same way as question \"") + at[s.other]->id +
                 "\" (" + share +
                 " of their prompt and answer words shared); to fix, merge them or ask "
                 "about another side of the fact",
             at[i]->id);
    }
}

}  // namespace

// What one position adds to the output, as warnings ready to copy, kept until what they were
// made from changes: the question's own findings until its profile does, its cued-by-other
// warning until the phrase, the cueing question's profile or where it shows the phrase do.
// (A bank has thousands of cues: building their messages was most of a keystroke.)
struct PositionPart {
    std::shared_ptr<const QuestionProfile> profile;  // held: a pointer compared is still alive
    Diagnostics findings;
    std::shared_ptr<const QuestionProfile> cued_by;
    const Needle* needle = nullptr;
    bool in_prompt = false;
    std::optional<Diagnostic> cue;

    void refresh(const std::vector<std::shared_ptr<const QuestionProfile>>& at,
                 const Profiles& view, std::size_t i, const std::optional<CueHit>& hit) {
        if (profile != at[i]) {
            profile = at[i];
            findings.clear();
            for (const Finding& f : profile->findings)
                warn(findings, f.rule.c_str(), at_question(i) + f.where, f.message, profile->id);
            cue.reset();
        }
        if (!hit) {
            cue.reset(), cued_by.reset(), needle = nullptr;
            return;
        }
        if (cue && needle == hit->needle && cued_by == at[hit->other] &&
            in_prompt == hit->in_prompt)
            return;
        needle = hit->needle, cued_by = at[hit->other], in_prompt = hit->in_prompt;
        cue = cue_warning(view, i, *hit);
    }
};

struct Linter::State {
    std::vector<PositionPart> parts;  // by position
    std::uint64_t source_identity = ~0ull;
    SourceIndex source;
    double threshold = -1;
    std::unordered_map<std::uint64_t, std::shared_ptr<const QuestionProfile>> cache;
    std::vector<std::shared_ptr<const QuestionProfile>> at;
    Profiles view;  // at, as plain pointers
    std::optional<CrossIndex> index;
    PromptIndex prompts;

    bool one_off = false;  // lint_bank: nothing to keep for a next run

    std::shared_ptr<const QuestionProfile> profile(const Question& q, std::uint64_t fp) {
        if (one_off) return std::make_shared<const QuestionProfile>(build_profile(q, source, fp));
        auto it = cache.find(fp);
        if (it != cache.end()) return it->second;
        auto made = std::make_shared<const QuestionProfile>(build_profile(q, source, fp));
        cache.emplace(fp, made);
        return made;
    }

    void update(const Bank& bank, const LintOptions& options) {
        const std::uint64_t identity = text_identity(options.source_text);
        if (identity != source_identity || threshold != options.near_duplicate_threshold) {
            source_identity = identity;
            source = SourceIndex(options.source_text);
            threshold = options.near_duplicate_threshold;
            cache.clear();
            parts.clear();
            at.clear();
            view.clear();
            index.reset();
        }
        const std::size_t n = bank.questions.size();
        const bool same_count = index && at.size() == n;
        if (!same_count) at.assign(n, nullptr);
        std::vector<std::pair<std::size_t, std::shared_ptr<const QuestionProfile>>> replaced;
        const bool given = options.fingerprints && options.fingerprints->size() == n;
        for (std::size_t i = 0; i < n; ++i) {
            // A one-off lint compares no profiles: it needs no fingerprints.
            const std::uint64_t fp = given     ? (*options.fingerprints)[i]
                                     : one_off ? 0
                                               : question_fingerprint(bank.questions[i]);
            if (at[i] && at[i]->fingerprint == fp) continue;
            auto made = profile(bank.questions[i], fp);
            replaced.emplace_back(i, std::move(at[i]));
            at[i] = std::move(made);
            if (view.size() == n) view[i] = at[i].get();
        }
        if (view.size() != n) {
            view.clear();
            for (const auto& p : at) view.push_back(p.get());
        }
        if (!same_count || replaced.size() > kMaxIncremental) {
            index.emplace(threshold);
            index->rebuild(view);
            prompts.rebuild(view);
        } else {
            for (const auto& [i, old] : replaced) {
                index->replace(view, i, *old);
                prompts.replace(view, static_cast<std::uint32_t>(i), *old);
            }
        }
        // Keep what is in use (and what undo is likely to bring back), drop the rest.
        if (cache.size() > 2 * n + 64) {
            cache.clear();
            for (const auto& p : at) cache.emplace(p->fingerprint, p);
        }
    }
};

Linter::Linter() : state_(std::make_unique<State>()) {}
Linter::~Linter() = default;
Linter::Linter(Linter&&) noexcept = default;
Linter& Linter::operator=(Linter&&) noexcept = default;

Diagnostics Linter::run(const Bank& bank, const LintOptions& options) {
    State& s = *state_;
    s.update(bank, options);
    const Profiles& at = s.view;
    s.parts.resize(at.size());
    std::size_t count = 0;
    for (std::size_t i = 0; i < at.size(); ++i) {
        s.parts[i].refresh(s.at, at, i, s.index->cue(i));
        count += s.parts[i].findings.size() + (s.parts[i].cue ? 1 : 0);
    }
    Diagnostics out;
    out.reserve(count + 16);
    check_refs(bank, out);
    // A one-off lint keeps nothing for a next run: its warnings move instead of copying.
    const bool move = s.one_off;
    for (PositionPart& part : s.parts)
        if (move)
            std::move(part.findings.begin(), part.findings.end(), std::back_inserter(out));
        else
            out.insert(out.end(), part.findings.begin(), part.findings.end());
    for (std::size_t i = 0; i < at.size(); ++i) {
        if (s.parts[i].cue) out.push_back(move ? std::move(*s.parts[i].cue) : *s.parts[i].cue);
        near_duplicate_findings(at, *s.index, i, out);
    }
    s.prompts.report(at, out);
    check_longest_share(at, out);
    check_key_positions(at, out);
    check_absolute_imbalance(at, out);
    check_review_dates(bank, options.today.empty() ? local_date_today() : options.today, out);
    check_briefing_copies(bank, s.source, out);
    return out;
}

Diagnostics lint_bank(const Bank& bank, const LintOptions& options) {
    Linter linter;
    linter.state_->one_off = true;
    return linter.run(bank, options);
}

std::string local_date_today() {
    std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    char buf[16];
    std::strftime(buf, sizeof buf, "%Y-%m-%d", &local);
    return buf;
}

}  // namespace statecraft
