#include "ui/projector_fit.h"

#include <algorithm>
#include <cfloat>

namespace statecraft::ui {

namespace {

constexpr float kStep = 0.94f;  // each try is this much smaller than the last

float text_height(ImFont* font, float px, float wrap, const std::string& s) {
    if (s.empty()) return 0;
    return font->CalcTextSizeA(px, FLT_MAX, std::max(1.f, wrap), s.c_str(), s.c_str() + s.size()).y;
}

}  // namespace

ProjectorLayout layout_projector(const ProjectorContent& content, const ProjectorFonts& fonts,
                                 float width, float scale, int columns) {
    ProjectorLayout l;
    const float full_prompt = fonts.prompt_px > 0 ? fonts.prompt_px : fonts.prompt->FontSize;
    const float full_option = fonts.option_px > 0 ? fonts.option_px : fonts.option->FontSize;
    l.scale = scale;
    l.columns = std::max(1, columns);
    l.prompt_px = std::max(fonts.floor_px, full_prompt * scale);
    l.option_px = std::max(fonts.floor_px, full_option * scale);
    l.pad = l.option_px * 0.3f;
    const float gap_y = l.option_px * 0.25f;
    const float gap_x = l.option_px * 0.6f;

    float y = 0;
    l.prompt_pos = ImVec2(0, 0);
    l.prompt_size = ImVec2(width, text_height(fonts.prompt, l.prompt_px, width, content.prompt));
    y += l.prompt_size.y;
    if (!content.prompt.empty()) y += l.option_px * 0.6f;

    const int n = static_cast<int>(content.options.size());
    const float col_w = (width - gap_x * (l.columns - 1)) / l.columns;
    l.option_size = ImVec2(col_w, 0);
    l.option_h.assign(n, 0.f);
    l.option_pos.assign(n, ImVec2(0, 0));
    for (int k = 0; k < n; ++k)
        l.option_h[k] =
            text_height(fonts.option, l.option_px, col_w - 2 * l.pad, content.options[k]) +
            l.option_px * 0.2f;
    for (int row = 0; row * l.columns < n; ++row) {
        float row_h = 0;
        for (int c = 0; c < l.columns && row * l.columns + c < n; ++c) {
            const int k = row * l.columns + c;
            l.option_pos[k] = ImVec2(c * (col_w + gap_x), y);
            row_h = std::max(row_h, l.option_h[k]);
        }
        l.option_size.y = std::max(l.option_size.y, row_h);
        y += row_h + gap_y;
    }

    if (!content.after.empty()) {
        y += l.option_px * 0.4f;
        l.after_pos = ImVec2(0, y);
        l.after_size = ImVec2(width, text_height(fonts.option, l.option_px, width, content.after));
        y += l.after_size.y;
    }
    l.height = y;
    return l;
}

ProjectorLayout fit_projector(const ProjectorContent& content, const ProjectorFonts& fonts,
                              ImVec2 box) {
    const float full_prompt = fonts.prompt_px > 0 ? fonts.prompt_px : fonts.prompt->FontSize;
    const float full_option = fonts.option_px > 0 ? fonts.option_px : fonts.option->FontSize;
    const bool two_columns = content.options.size() >= 3;
    ProjectorLayout last;
    for (float scale = 1.f;; scale *= kStep) {
        for (int columns = 1; columns <= (two_columns ? 2 : 1); ++columns) {
            last = layout_projector(content, fonts, box.x, scale, columns);
            if (last.height <= box.y) return last;
        }
        // Both sizes at the floor: nothing smaller to try.
        if (full_prompt * scale <= fonts.floor_px && full_option * scale <= fonts.floor_px) break;
    }
    last.fits = false;
    return last;
}

}  // namespace statecraft::ui
