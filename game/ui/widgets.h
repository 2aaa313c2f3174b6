// Small drawing helpers the screens share. Every size comes from the font size and the style,
// so one UI scale setting scales everything.
#pragma once

#include <imgui.h>

#include <string>
#include <string_view>

#include "ui/look.h"

namespace statecraft::ui {

// Begins the one full-screen window the app draws into; always pair with end_screen().
void begin_screen(const char* id);
void end_screen();

// A centred column of readable width (at most max_em font sizes wide) for the rest of the
// current window: indents, wraps text and sizes items to it. Pair with end_column().
struct Column {
    float width = 0;  // pixels
    float indent = 0;
};
Column begin_column(float max_em = 46.f);
void end_column(const Column& column);

// Height a footer of one row of buttons needs (for BeginChild(..., ImVec2(0, -height))).
float footer_height();

// One line of muted text on the current row, only if it fits before the column's end: footers
// must not wrap (they have one row), and the hints there are a convenience.
void hint_if_fits(const Look& look, std::string_view s);

// A horizontal line across the column (ImGui's Separator spans the whole window).
void rule();

void text(std::string_view s);  // wrapped at the current wrap position
void text_colored(const ImVec4& color, std::string_view s);
void text_in_font(ImFont* font, std::string_view s, const ImVec4* color = nullptr);
void muted(const Look& look, std::string_view s);

// A button that can be greyed out; returns true when pressed while enabled.
bool button(const char* label, bool enabled = true, ImVec2 size = ImVec2(0, 0));
// The screen's main action: accent-coloured, a few font sizes wide at least.
bool primary_button(const Look& look, const char* label, bool enabled = true);
// Text that looks like a link; returns true when clicked or activated with the keyboard.
bool link(const Look& look, const char* id, std::string_view label);

// The local x where the current column ends (the wrap position, else the window's content edge).
float column_end();

// Places the next widget so that one of width w ends at the right edge of the column.
void align_right(float w);
float button_width(const char* label);

enum class RowKind { radio, checkbox, plain };   // plain: no indicator (ordering)
enum class Mark { none, right, wrong, missed };  // missed: a right answer not chosen
// One answer row: [n] (o) wrapped text  [mark]. The whole row is clickable and reachable with
// keyboard navigation; the text wraps instead of being clipped. Returns true when clicked.
bool choice_row(const Look& look, const char* id, int number, std::string_view text, RowKind kind,
                bool checked, bool enabled, Mark mark);

// "✓ Right" / "✗ Wrong" words and colours for a mark.
const char* mark_text(Mark mark);
ImVec4 mark_color(const Look& look, Mark mark);

// "67%" of a 0..1 fraction, and "2.5" of a score, without trailing ".0".
std::string percent(double fraction);
std::string score_text(double score);

}  // namespace statecraft::ui
