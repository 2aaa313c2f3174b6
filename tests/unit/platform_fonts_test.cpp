// Fonts and themes of the platform layer, in a headless ImGui context (no window, no GL).
#include <doctest/doctest.h>

#include <imgui.h>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <limits>

#include "platform/fonts.h"
#include "platform/theme.h"
#include "support/platform_headless_imgui.h"
#include "support/scratch_dir.h"

using namespace statecraft;

namespace {

bool has_glyph(ImFont* font, ImWchar c) {
    return font->FindGlyphNoFallback(c) != nullptr;
}

void build(ImFontAtlas& atlas) {
    unsigned char* pixels = nullptr;
    int width = 0, height = 0;
    atlas.GetTexDataAsRGBA32(&pixels, &width, &height);
    REQUIRE(pixels != nullptr);
}

// WCAG 2 contrast ratio between two colours.
double luminance(const ImVec4& c) {
    const auto channel = [](float v) {
        return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.x) + 0.7152 * channel(c.y) + 0.0722 * channel(c.z);
}
double contrast(const ImVec4& a, const ImVec4& b) {
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

std::filesystem::path temp_file(const std::filesystem::path& dir, const char* name,
                                const char* content) {
    const auto path = dir / name;
    std::ofstream(path, std::ios::binary) << content;
    return path;
}

}  // namespace

TEST_CASE("platform: DejaVu fonts cover Polish letters, dashes, quotes, the euro and ticks") {
    REQUIRE_MESSAGE(std::filesystem::exists(default_font_files().regular),
                    "install fonts-dejavu-core (listed in .ci/packages.txt)");
    testing::HeadlessImGui context;
    ImFontAtlas& atlas = *ImGui::GetIO().Fonts;
    const FontLoadResult result = load_fonts(atlas, 1.0f);
    CHECK_FALSE(result.used_fallback);
    CHECK(result.warnings.empty());
    build(atlas);
    REQUIRE(atlas.Fonts.Size == 3);
    for (ImFont* font : {body_font(), heading_font(), title_font()}) {
        for (ImWchar c : {ImWchar('A'), ImWchar(0x00E9), ImWchar(0x017C), ImWchar(0x0142),
                          ImWchar(0x0219), ImWchar(0x2013), ImWchar(0x201C), ImWchar(0x2026),
                          ImWchar(0x20AC), ImWchar(0x2713), ImWchar(0x2717), ImWchar(0x2192)}) {
            CAPTURE(int(c));
            CHECK(has_glyph(font, c));
        }
        CHECK_FALSE(has_glyph(font, ImWchar(0x4E2D)));  // CJK is out of range
    }
    CHECK(body_font()->FontSize == kBodyFontSize);
    CHECK(heading_font()->FontSize == kHeadingFontSize);
    CHECK(title_font()->FontSize == kTitleFontSize);
    CHECK(atlas.Fonts[0] == body_font());  // the body font is ImGui's default
}

TEST_CASE("platform: fonts are rasterised at round(size * scale), not stretched") {
    testing::HeadlessImGui context;
    ImFontAtlas& atlas = *ImGui::GetIO().Fonts;
    for (float scale : {1.25f, 1.5f, 2.5f}) {
        CAPTURE(scale);
        load_fonts(atlas, scale);
        build(atlas);
        CHECK(body_font()->FontSize == std::round(kBodyFontSize * scale));
        CHECK(heading_font()->FontSize == std::round(kHeadingFontSize * scale));
        CHECK(title_font()->FontSize == std::round(kTitleFontSize * scale));
        CHECK(atlas.Fonts.Size == 3);  // reloading replaces, never accumulates
    }
}

TEST_CASE("platform: a missing font file falls back to the built-in font with a warning") {
    testing::HeadlessImGui context;
    ImFontAtlas& atlas = *ImGui::GetIO().Fonts;
    const FontFiles missing{"/nonexistent/DejaVuSans.ttf", "/nonexistent/DejaVuSans-Bold.ttf"};
    const FontLoadResult result = load_fonts(atlas, 2.0f, missing);  // must not abort
    CHECK(result.used_fallback);
    REQUIRE(result.warnings.size() == 1);
    CHECK(result.warnings[0].find("/nonexistent/DejaVuSans.ttf") != std::string::npos);
    CHECK(result.warnings[0].find("fonts-dejavu-core") != std::string::npos);
    build(atlas);
    REQUIRE(atlas.Fonts.Size == 3);
    CHECK(has_glyph(body_font(), 'A'));
    CHECK(body_font()->FontSize == std::round(13.f * 2.0f));
    CHECK(title_font()->FontSize > body_font()->FontSize);
}

TEST_CASE("platform: a file that is not a font never reaches ImGui") {
    testing::HeadlessImGui context;
    ImFontAtlas& atlas = *ImGui::GetIO().Fonts;
    const testing::ScratchDir scratch;
    const auto fake = temp_file(scratch.path(), "not_a_font.ttf", "this is not a font at all");
    const auto empty = temp_file(scratch.path(), "empty_font.ttf", "");
    for (const auto& path : {fake, empty, scratch.path()}) {
        CAPTURE(path.string());
        const FontLoadResult result = load_fonts(atlas, 1.0f, {path, path});
        CHECK(result.used_fallback);
        CHECK(result.warnings.size() == 1);
        build(atlas);
    }
}

TEST_CASE("platform: a missing bold face leaves headings in the regular face") {
    REQUIRE(std::filesystem::exists(default_font_files().regular));
    testing::HeadlessImGui context;
    ImFontAtlas& atlas = *ImGui::GetIO().Fonts;
    const FontLoadResult result =
        load_fonts(atlas, 1.0f, {default_font_files().regular, "/nonexistent/Bold.ttf"});
    CHECK_FALSE(result.used_fallback);
    REQUIRE(result.warnings.size() == 1);
    CHECK(result.warnings[0].find("regular face") != std::string::npos);
    build(atlas);
    CHECK(has_glyph(heading_font(), 0x017C));
    CHECK(heading_font()->FontSize == kHeadingFontSize);
}

TEST_CASE("platform: the UI scale is clamped to 100%-250%") {
    CHECK(clamp_ui_scale(1.0f) == 1.0f);
    CHECK(clamp_ui_scale(1.75f) == 1.75f);
    CHECK(clamp_ui_scale(0.5f) == settings::kMinUiScale);
    CHECK(clamp_ui_scale(9.f) == settings::kMaxUiScale);
    CHECK(clamp_ui_scale(std::numeric_limits<float>::quiet_NaN()) == 1.0f);
    CHECK(clamp_ui_scale(std::numeric_limits<float>::infinity()) == settings::kMaxUiScale);
}

TEST_CASE("platform: styles scale from a fresh base, so scale changes never compound") {
    const ImGuiStyle base = make_style(false, 1.0f);
    const ImGuiStyle twice = make_style(false, 2.0f);
    CHECK(twice.FramePadding.x == doctest::Approx(std::floor(base.FramePadding.x * 2.f)));
    CHECK(twice.ItemSpacing.y == doctest::Approx(std::floor(base.ItemSpacing.y * 2.f)));
    CHECK(twice.ScrollbarSize == doctest::Approx(std::floor(base.ScrollbarSize * 2.f)));
    const ImGuiStyle again = make_style(false, 2.0f);
    CHECK(again.FramePadding.x == twice.FramePadding.x);
    CHECK(make_style(false, 1.0f).FramePadding.x == base.FramePadding.x);
}

TEST_CASE("platform: both themes have readable text; the projector theme is stronger") {
    for (bool high_contrast : {false, true}) {
        CAPTURE(high_contrast);
        const ImGuiStyle style = make_style(high_contrast, 1.0f);
        const Palette palette = theme_palette(high_contrast);
        const ImVec4 bg = style.Colors[ImGuiCol_WindowBg];
        const double minimum = high_contrast ? 7.0 : 4.5;  // WCAG AAA / AA for body text
        CHECK(contrast(style.Colors[ImGuiCol_Text], bg) >= minimum);
        CHECK(contrast(style.Colors[ImGuiCol_Text], style.Colors[ImGuiCol_Button]) >= minimum);
        CHECK(contrast(style.Colors[ImGuiCol_Text], style.Colors[ImGuiCol_FrameBg]) >= minimum);
        CHECK(contrast(palette.correct, bg) >= 4.5);
        CHECK(contrast(palette.wrong, bg) >= 4.5);
        CHECK(contrast(palette.muted_text, bg) >= 4.5);
        CHECK(contrast(palette.accent, bg) >= 4.5);
    }
    CHECK(contrast(theme_palette(true).text, theme_palette(true).background) >
          contrast(theme_palette(false).text, theme_palette(false).background));
    CHECK(make_style(true, 1.0f).FrameBorderSize > make_style(false, 1.0f).FrameBorderSize);
}
