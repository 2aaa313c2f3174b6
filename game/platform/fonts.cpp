#include "platform/fonts.h"

#include <cmath>
#include <fstream>

namespace statecraft {
namespace {

constexpr int kBodyIndex = 0;
constexpr int kHeadingIndex = 1;
constexpr int kTitleIndex = 2;

// ImGui's own font is 13 px: scale it to roughly the same visual size as ours.
constexpr float kBuiltinFontSize = 13.f;

// True only for a file we can open and that starts like a TrueType/OpenType font.
bool is_usable_font_file(const std::filesystem::path& path, std::string& why) {
    std::error_code ec;
    if (path.empty() || !std::filesystem::is_regular_file(path, ec)) {
        why = "not found";
        return false;
    }
    std::ifstream in(path, std::ios::binary);
    char magic[4] = {};
    if (!in.read(magic, 4)) {
        why = "cannot be read";
        return false;
    }
    const std::string tag(magic, 4);
    if (tag != std::string("\0\1\0\0", 4) && tag != "OTTO" && tag != "true") {
        why = "is not a TrueType/OpenType font";
        return false;
    }
    return true;
}

ImFont* add_font(ImFontAtlas& atlas, const std::filesystem::path* file, float size_px) {
    ImFontConfig config;
    config.SizePixels = size_px;
    config.OversampleH = 2;  // half the atlas of the default 3, no visible difference
    config.OversampleV = 1;
    if (!file) return atlas.AddFontDefault(&config);
    ImFont* font =
        atlas.AddFontFromFileTTF(file->string().c_str(), size_px, &config, font_glyph_ranges());
    // Other scripts merged in as a fallback of the same face, without oversampling: names in
    // them are rarer than Latin text, and this keeps the atlas within 4096 x 4096 at 250 %.
    ImFontConfig scripts = config;
    scripts.MergeMode = true;
    scripts.OversampleH = 1;
    atlas.AddFontFromFileTTF(file->string().c_str(), size_px, &scripts, script_glyph_ranges());
    return font;
}

ImFont* font_at(int index) {
    if (!ImGui::GetCurrentContext()) return nullptr;
    ImFontAtlas* atlas = ImGui::GetIO().Fonts;
    if (index < atlas->Fonts.Size) return atlas->Fonts[index];
    return ImGui::GetFont();
}

}  // namespace

FontFiles default_font_files() {
    const std::filesystem::path dir = "/usr/share/fonts/truetype/dejavu";
    return {dir / "DejaVuSans.ttf", dir / "DejaVuSans-Bold.ttf"};
}

float clamp_ui_scale(float scale) {
    if (std::isnan(scale)) return settings::kMinUiScale;
    if (scale < settings::kMinUiScale) return settings::kMinUiScale;
    if (scale > settings::kMaxUiScale) return settings::kMaxUiScale;
    return scale;
}

const ImWchar* font_glyph_ranges() {
    static const ImWchar kRanges[] = {
        0x0020, 0x00FF,  // Basic Latin + Latin-1 Supplement
        0x0100, 0x017F,  // Latin Extended-A (Polish, Czech, Hungarian, Turkish...)
        0x0180, 0x024F,  // Latin Extended-B (Romanian with comma, Croatian digraphs...)
        0x02B0, 0x02FF,  // modifier letters: the ʾ and ʿ of transliterated Arabic and Persian
        0x1E00, 0x1EFF,  // Latin Extended Additional: ḥ ṣ ṭ of transliteration, Vietnamese
        0x2000, 0x206F,  // General Punctuation (dashes, curly quotes, ellipsis)
        0x20A0, 0x20BF,  // currency signs (euro, rouble, lira...)
        0x2190, 0x2199,  // arrows, for key hints
        0x2212, 0x2212,  // minus sign
        0x2264, 0x2265,  // less-than or equal, greater-than or equal
        0x25CF, 0x25CF,  // black circle
        0x2713, 0x2718,  // check marks and ballot crosses, for right/wrong
        0xFFFD, 0xFFFD,  // the replacement character: repaired input, and any glyph we lack
        0,
    };
    return kRanges;
}

const ImWchar* script_glyph_ranges() {
    // DejaVu Sans and Sans Bold hold all of these (fc-query): no second font package needed.
    static const ImWchar kRanges[] = {
        0x0370, 0x03FF,  // Greek and Coptic
        0x0400, 0x052F,  // Cyrillic and its supplement
        0x0530, 0x058F,  // Armenian
        0x0590, 0x05FF,  // Hebrew (drawn unshaped, left to right: see README)
        0x0600, 0x06FF,  // Arabic, with Persian's letters (the same)
        0x10A0, 0x10FF,  // Georgian
        0,
    };
    return kRanges;
}

FontLoadResult load_fonts(ImFontAtlas& atlas, float scale, const FontFiles& files) {
    scale = clamp_ui_scale(scale);
    FontLoadResult result;
    atlas.Clear();

    std::string why;
    const bool regular_ok = is_usable_font_file(files.regular, why);
    if (!regular_ok) {
        result.used_fallback = true;
        result.warnings.push_back("warning: font " + files.regular.string() + " " + why +
                                  "; using ImGui's built-in font (ASCII only). Install "
                                  "fonts-dejavu-core for accented letters.");
    }
    const bool bold_ok = regular_ok && is_usable_font_file(files.bold, why);
    if (regular_ok && !bold_ok) {
        result.warnings.push_back("warning: font " + files.bold.string() + " " + why +
                                  "; headings use the regular face.");
    }
    const std::filesystem::path* regular = regular_ok ? &files.regular : nullptr;
    const std::filesystem::path* bold = bold_ok ? &files.bold : regular;

    const auto px = [scale, regular](float size) {
        const float base = regular ? size : kBuiltinFontSize * size / kBodyFontSize;
        return std::round(base * scale);
    };
    add_font(atlas, regular, px(kBodyFontSize));
    add_font(atlas, bold, px(kHeadingFontSize));
    add_font(atlas, bold, px(kTitleFontSize));
    return result;
}

ImFont* body_font() {
    return font_at(kBodyIndex);
}
ImFont* heading_font() {
    return font_at(kHeadingIndex);
}
ImFont* title_font() {
    return font_at(kTitleIndex);
}

}  // namespace statecraft
