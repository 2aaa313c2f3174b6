// A stable fingerprint of one question, stored with every attempt, so that when a bank is
// edited the attempts on questions that changed can be shown as "answered on an older version".
#pragma once

#include <string>

#include "core/bank/model.h"

namespace statecraft {

// content_hash_hex of the question's compact JSON (bank_writer's question_json_text): every
// field counts, prompt, choices, answer, explanation, refs, tags, unknown fields included.
// Formatting of the bank file does not count; the order of choices does.
std::string question_hash(const Question& question);

}  // namespace statecraft
