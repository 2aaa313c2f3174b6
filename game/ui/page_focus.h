// The keyboard for a question page's text field, without scrolling the prompt away.
#pragma once

namespace statecraft::ui {

// Call before a page's text field: gives it the keyboard when the page (a child window per
// question) appears. Then call keep_page_top_after_focus() after the field: ImGui 1.86 scrolls
// to a field focused this way as if reached by Tab, which at large text pushed the prompt's
// first line out of view; while the field fits in the page unscrolled, the page stays at its top.
void focus_when_page_appears(bool open);
void keep_page_top_after_focus();

}  // namespace statecraft::ui
