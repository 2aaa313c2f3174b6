// Writes that could not reach the database yet (read-only folder, full disk, a lock held too
// long), kept in memory in order until they can be written.
#pragma once

#include <cstddef>
#include <cstdint>
#include <deque>
#include <string>
#include <variant>

#include "core/store/records.h"
#include "core/study/scheduler.h"

namespace statecraft {

struct UseProfileOp {
    std::string name;
    std::int64_t at_ms = 0;
};

struct BeginSessionOp {
    SessionKey key;
    SessionStart start;
};

struct AttemptOp {
    SessionKey key;
    AttemptRecord attempt;
    std::int64_t day = 0;  // local calendar day of attempt.answered_ms, fixed when it was given
    // Store::record_batch: how many AttemptOps after this one share its transaction (0 alone).
    // Not kept in the pending file: written back one by one, nothing is lost.
    std::uint32_t batch_follow = 0;
};

struct EndSessionOp {
    SessionKey key;
    SessionEnd end;
};

// A review card's new state (FSRS): it waits with the answers that produced it.
struct CardOp {
    std::string profile;  // normalized
    std::string bank_id;
    std::string question_id;
    CardState card;
    std::int64_t at_ms = 0;
};

// The student's "I was right" on the session's latest attempt at a question (store_override.cpp).
struct OverrideOp {
    SessionKey key;
    std::string question_id;
};

using PendingOp =
    std::variant<UseProfileOp, BeginSessionOp, AttemptOp, EndSessionOp, CardOp, OverrideOp>;

class PendingWrites {
  public:
    void push(PendingOp op) { ops_.push_back(std::move(op)); }
    bool empty() const { return ops_.empty(); }
    std::size_t size() const { return ops_.size(); }
    const PendingOp& front() const { return ops_.front(); }
    const PendingOp& at(std::size_t i) const { return ops_.at(i); }
    void pop() { ops_.pop_front(); }

    // Profile names waiting to be created, so a profile made while offline can be listed.
    template <typename Fn>
    void for_each_profile_name(Fn&& fn) const {
        for (const PendingOp& op : ops_) {
            if (auto* use = std::get_if<UseProfileOp>(&op)) fn(use->name);
            if (auto* begin = std::get_if<BeginSessionOp>(&op)) fn(begin->start.profile);
        }
    }

    // Cards waiting to be written, oldest first (a later one for the same question wins).
    template <typename Fn>
    void for_each_card(Fn&& fn) const {
        for (const PendingOp& op : ops_)
            if (auto* card = std::get_if<CardOp>(&op)) fn(*card);
    }

  private:
    std::deque<PendingOp> ops_;
};

}  // namespace statecraft
