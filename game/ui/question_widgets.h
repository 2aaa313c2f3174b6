// The answer widgets of the question types, before and after submitting.
#pragma once

#include "ui/app_state.h"
#include "ui/intent.h"
#include "ui/keys.h"
#include "ui/look.h"

namespace statecraft::ui {

// Draws the answer area of the current question and applies the type's keys:
//  single, true/false: 1-8 choose (true/false: 1 True, 2 False)
//  multiple: 1-8 toggle
//  matching: Alt+Up/Down pick the row, 1-9 give it the n-th option (then the next row)
//  ordering: 1-9 select an item, Alt+Up/Down move it; mouse: arrows or drag and drop
//  short answer, estimate: the text field has the keyboard; Enter submits
//  poll: 1-8 choose, like single
//  short answer: the text field has the keyboard; Enter submits
//  matrix: arrows pick the cell, C / I / N mark it (then the next cell); a click cycles C, I, N
Intent draw_answer_area(const AppState& state, const Look& look, const Keys& keys);

// The current question as students see it: category and what to do, the prompt, the answer
// area. The practice screen draws it, and so does the editor's preview.
Intent draw_question(const AppState& state, const Look& look, const Keys& keys);

// The category line and the prompt, as draw_question shows them above the answers.
void draw_prompt(const AppState& state, const Look& look);
// Whether the prompt stays in view above a question page's scrolling part (so feedback or a
// focused text field never scroll it away): when it takes at most kPinnedPromptShare of the
// page's HEIGHT at the column's WIDTH. Taller prompts scroll with the answers.
inline constexpr float kPinnedPromptShare = 0.5f;
bool prompt_stays_in_view(const AppState& state, const Look& look, float width, float height);

// Matching: "1  Option     2  Other ..." (the keys of the right-hand options, shown on screen).
std::string numbered_options(const std::vector<std::string>& options);
inline constexpr const char* kMatchingKeys =
    "A digit puts that option in the row marked \xE2\x86\x92, then \xE2\x86\x92 moves to the next "
    "empty row. Alt+\xE2\x86\x91/\xE2\x86\x93 moves \xE2\x86\x92 yourself.";

}  // namespace statecraft::ui
