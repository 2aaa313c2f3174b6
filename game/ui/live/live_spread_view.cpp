// The projector's spreads for the types without one bar per option: an estimate's histogram
// (the class's numbers in ten equal ranges, the far tails counted apart; from the reveal on the
// key's full-credit band shaded and the key marked) and a matrix's tally per cell (how many
// marked C, I and N, as a stacked bar; from the reveal on the key's mark beside it).
#include <imgui.h>

#include <algorithm>
#include <array>
#include <cfloat>
#include <cmath>
#include <numeric>
#include <string>
#include <vector>

#include "core/session/estimate_score.h"
#include "ui/live/live_view.h"
#include "ui/widgets.h"

namespace statecraft::ui {

namespace {

std::string with_unit(double value, const std::string& unit) {
    return format_estimate(value) + (unit.empty() ? "" : " " + unit);
}

ImFont* heading_font(const Look& look) {
    return look.heading ? look.heading : ImGui::GetFont();
}

// The key's band and line over the histogram, with its value written above the line.
void key_marker(const LiveEstimateSpread& e, const Look& look, ImVec2 at, float width, float top,
                float bottom, float size) {
    if (!e.key) return;
    const auto x_of = [&](double v) {
        const double t = (v - e.low) / (e.high - e.low);
        return at.x + static_cast<float>(std::clamp(t, 0.0, 1.0)) * width;
    };
    ImDrawList* dl = ImGui::GetWindowDrawList();
    ImVec4 band = look.correct;
    band.w = 0.18f;
    dl->AddRectFilled(ImVec2(x_of(*e.key - e.margin), top), ImVec2(x_of(*e.key + e.margin), bottom),
                      ImGui::GetColorU32(band));
    const float x = x_of(*e.key);
    const float em = ImGui::GetFontSize();
    dl->AddLine(ImVec2(x, top), ImVec2(x, bottom), ImGui::GetColorU32(look.correct), em * 0.2f);
    ImFont* font = heading_font(look);
    const std::string label = "\xE2\x9C\x93 " + with_unit(*e.key, e.unit);
    const float w = font->CalcTextSizeA(size, FLT_MAX, 0, label.c_str()).x;
    const float lx = std::clamp(x - w / 2, at.x, at.x + width - w);
    dl->AddText(font, size, ImVec2(lx, top - size * 1.2f), ImGui::GetColorU32(look.correct),
                label.c_str());
}

}  // namespace

void draw_live_estimate_spread(const LiveSnapshot& s, const Look& look, float width, float height) {
    const LiveEstimateSpread& e = s.estimate;
    if (e.bins.empty()) {
        text_in_font(look.title, "No estimates given", &look.muted);
        return;
    }
    const float em = ImGui::GetFontSize();
    ImFont* font = heading_font(look);
    // The labels (key, counts, range: about 4 lines) take at most 60 % of the height given.
    const float size = std::max(em * 0.8f, std::min(font->FontSize, height * 0.6f / 4.1f));
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const float key_h = e.key ? size * 1.4f : 0.f;  // room for the key's label above the bars
    const float count_h = size * 1.3f, label_h = size * 1.4f;
    const float top = at.y + key_h;
    const float usable = std::max(em, height - key_h - count_h - label_h);
    const float bottom = top + count_h + usable;
    const int n = static_cast<int>(e.bins.size());
    const float slot = width / n;
    const int most = std::max(1, *std::max_element(e.bins.begin(), e.bins.end()));
    ImDrawList* dl = ImGui::GetWindowDrawList();
    for (int k = 0; k < n; ++k) {
        const float x = at.x + k * slot + slot * 0.06f;
        const float h = e.bins[k] ? std::max(em * 0.15f, usable * e.bins[k] / most) : 0.f;
        if (h > 0)
            dl->AddRectFilled(ImVec2(x, bottom - h), ImVec2(x + slot * 0.88f, bottom),
                              ImGui::GetColorU32(look.accent), em * 0.1f);
        if (e.bins[k] > 0)
            centred_text(font, size, x, slot * 0.88f, bottom - h - count_h,
                         ImGui::GetColorU32(ImGuiCol_Text), std::to_string(e.bins[k]));
    }
    key_marker(e, look, at, width, top, bottom, size);  // over the bars
    dl->AddLine(ImVec2(at.x, bottom), ImVec2(at.x + width, bottom),
                ImGui::GetColorU32(ImGuiCol_Text), 1.f);
    // The range's ends and middle under the axis.
    const ImU32 ink = ImGui::GetColorU32(ImGuiCol_Text);
    const float y = bottom + em * 0.15f;
    const std::string low = (e.below ? "\xE2\x89\xA4 " : "") + with_unit(e.low, e.unit);
    const std::string high = (e.above ? "\xE2\x89\xA5 " : "") + with_unit(e.high, e.unit);
    dl->AddText(font, size, ImVec2(at.x, y), ink, low.c_str());
    const float hw = font->CalcTextSizeA(size, FLT_MAX, 0, high.c_str()).x;
    dl->AddText(font, size, ImVec2(at.x + width - hw, y), ink, high.c_str());
    const std::string mid = format_estimate((e.low + e.high) / 2);
    const float lw = font->CalcTextSizeA(size, FLT_MAX, 0, low.c_str()).x;
    if (width / 2 - lw > size * 3 && width / 2 - hw > size * 3)
        centred_text(font, size, at.x, width, y, ImGui::GetColorU32(look.muted), mid);
    ImGui::Dummy(ImVec2(width, std::max(height, bottom + label_h - at.y)));
}

std::string live_estimate_summary(const LiveSnapshot& s) {
    const LiveEstimateSpread& e = s.estimate;
    if (!e.median) return {};
    std::string line = "Median " + with_unit(*e.median, e.unit) + " \xC2\xB7 " +
                       std::to_string(e.count) + (e.count == 1 ? " estimate" : " estimates");
    return line;  // answers beyond the range show as "≤" and "≥" at its ends
}

namespace {

constexpr const char* kMarks[] = {"C", "I", "N"};

// One cell: a stacked bar of C, I and N marks with the most common mark and its share; after
// the reveal the key's mark in the corner and a frame in the right colour when most agreed.
void tally_cell(const LiveMatrixTally& t, std::size_t i, const Look& look, ImVec2 a, ImVec2 b,
                ImFont* font, float size) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const std::array<int, 3>& c = t.cells[i];
    const int total = c[0] + c[1] + c[2];
    const ImVec4 colours[3] = {look.correct, look.wrong, look.muted};
    float x = a.x;
    for (int m = 0; m < 3 && total > 0; ++m) {
        const float w = (b.x - a.x) * c[m] / total;
        ImVec4 colour = colours[m];
        colour.w = 0.55f;
        if (w > 0)
            dl->AddRectFilled(ImVec2(x, a.y), ImVec2(x + w, b.y), ImGui::GetColorU32(colour));
        x += w;
    }
    const int top = static_cast<int>(std::max_element(c.begin(), c.end()) - c.begin());
    const std::string label =
        total ? std::string(kMarks[top]) + " " + std::to_string(100 * c[top] / total) + "%" : "-";
    centred_text(font, size, a.x, b.x - a.x, (a.y + b.y - size) / 2,
                 ImGui::GetColorU32(ImGuiCol_Text), label);
    if (i < t.key.size()) {
        const bool agreed = total > 0 && top == t.key[i];
        dl->AddRect(a, b, ImGui::GetColorU32(agreed ? look.correct : look.wrong), 0, 0,
                    ImGui::GetFontSize() * 0.15f);
        dl->AddText(font, size * 0.8f, ImVec2(a.x + size * 0.2f, a.y + size * 0.05f),
                    ImGui::GetColorU32(look.correct), kMarks[t.key[i]]);
    }
}

}  // namespace

namespace {

// The grid's print size and the heights it gives: the hypotheses wrap inside their column, the
// evidence inside the label column, so every word stays on the projector.
struct TallyLayout {
    float size = 0;
    bool wrap = true;  // false: one line each, clipped (the room is too small for every word)
    float header_h = 0;
    std::vector<float> row_h;
    float total() const { return header_h + std::accumulate(row_h.begin(), row_h.end(), 0.0f); }
};

float wrapped_height(ImFont* font, float size, float width, const std::string& text) {
    return font->CalcTextSizeA(size, FLT_MAX, width, text.c_str()).y;
}

TallyLayout tally_layout(const LiveMatrixTally& t, float size, float label_w, float cell_w) {
    ImFont* font = ImGui::GetFont();
    TallyLayout l{size, true, 0, {}};
    const float pad = size * 0.4f;
    for (const std::string& column : t.columns)
        l.header_h = std::max(l.header_h, wrapped_height(font, size, cell_w - pad, column) + pad);
    float row_h = size * 1.6f;  // one height for every row: the bars line up as a grid
    for (const std::string& row : t.rows)
        row_h = std::max(row_h, wrapped_height(font, size, label_w - pad, row) + pad);
    l.row_h.assign(t.rows.size(), row_h);
    return l;
}

TallyLayout one_line_layout(std::size_t rows, float em, float height) {
    const float row_h = std::clamp(height / (rows + 1), em * 0.9f, em * 2.0f);
    return {std::min(em, row_h * 0.72f), false, row_h, std::vector<float>(rows, row_h)};
}

}  // namespace

void draw_live_matrix_tally(const LiveSnapshot& s, const Look& look, float width, float height) {
    const LiveMatrixTally& t = s.matrix;
    const std::size_t cols = t.columns.size(), rows = t.rows.size();
    if (cols == 0 || rows == 0 || t.cells.size() != cols * rows) return;
    const float em = ImGui::GetFontSize();
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const float label_w = std::floor(width * (cols > 4 ? 0.32f : 0.4f));
    const float cell_w = (width - label_w) / cols;
    // The largest print at which the whole grid fits the room, down to a floor (then clipped).
    TallyLayout l = tally_layout(t, em, label_w, cell_w);
    for (float size = em * 0.95f; l.total() > height && size >= em * 0.55f; size -= em * 0.05f)
        l = tally_layout(t, size, label_w, cell_w);
    if (l.total() > height) l = one_line_layout(rows, em, height);
    const float size = l.size, pad = size * 0.2f;
    ImFont* font = ImGui::GetFont();
    ImFont* bold = heading_font(look);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImU32 ink = ImGui::GetColorU32(ImGuiCol_Text);
    for (std::size_t c = 0; c < cols; ++c) {
        const float x = at.x + label_w + c * cell_w;
        dl->PushClipRect(ImVec2(x, at.y), ImVec2(x + cell_w, at.y + l.header_h), true);
        dl->AddText(font, size, ImVec2(x + pad, at.y + pad), ink, t.columns[c].c_str(), nullptr,
                    l.wrap ? cell_w - 2 * pad : 0.0f);
        dl->PopClipRect();
    }
    float y = at.y + l.header_h;
    for (std::size_t r = 0; r < rows; ++r) {
        const float row_h = l.row_h[r];
        const float text_h =
            l.wrap ? wrapped_height(font, size, label_w - 2 * pad, t.rows[r]) : size;
        dl->PushClipRect(ImVec2(at.x, y), ImVec2(at.x + label_w - pad, y + row_h), true);
        dl->AddText(font, size, ImVec2(at.x, y + (row_h - text_h) / 2), ink, t.rows[r].c_str(),
                    nullptr, l.wrap ? label_w - 2 * pad : 0.0f);
        dl->PopClipRect();
        for (std::size_t c = 0; c < cols; ++c) {
            const float x = at.x + label_w + c * cell_w;
            tally_cell(t, r * cols + c, look, ImVec2(x + 2, y + 2),
                       ImVec2(x + cell_w - 2, y + row_h - 2), bold, size);
        }
        y += row_h;
    }
    ImGui::Dummy(ImVec2(width, l.total()));
}

}  // namespace statecraft::ui
