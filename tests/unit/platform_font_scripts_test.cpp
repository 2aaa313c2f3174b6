// The fonts draw the scripts names in this field come in, within an atlas a GPU takes.
#include <doctest/doctest.h>

#include <imgui.h>

#include <string_view>

#include "core/text/utf8.h"
#include "platform/fonts.h"
#include "support/platform_headless_imgui.h"

using namespace statecraft;

namespace {

// Transliterated and native spellings, one per script the fonts cover.
constexpr std::string_view kNames[] = {
    "Αθήνα",      // Greek
    "Москва",     // Cyrillic
    "Երևան",      // Armenian
    "თბილისი",    // Georgian
    "ירושלים",    // Hebrew
    "پزشکیان",    // Persian (Arabic script, with پ and ک)
    "Khāmeneʾi",  // Latin with macron and the modifier letter for hamza
    "Ḥizbullāh",  // Latin Extended Additional
    "Gdańsk Erdoğan Ștefan ₽ €",
};

}  // namespace

TEST_CASE("platform: every font has the letters of Greek, Cyrillic, Armenian, Hebrew, Arabic") {
    testing::HeadlessImGui context;
    ImFontAtlas& atlas = *ImGui::GetIO().Fonts;
    REQUIRE_FALSE(load_fonts(atlas, 1.0f).used_fallback);
    unsigned char* pixels = nullptr;
    int width = 0, height = 0;
    atlas.GetTexDataAsRGBA32(&pixels, &width, &height);
    for (ImFont* font : {body_font(), heading_font(), title_font()}) {
        for (std::string_view name : kNames) {
            for_each_code_point(name, [&](char32_t c, std::size_t, std::size_t) {
                if (c == ' ') return;
                CAPTURE(name);
                CAPTURE(static_cast<int>(c));
                CHECK(font->FindGlyphNoFallback(static_cast<ImWchar>(c)) != nullptr);
            });
        }
        // What a missing glyph shows: the replacement character, not a question mark.
        CHECK(font->FallbackChar == 0xFFFD);
    }
}

TEST_CASE("platform: the font atlas stays within 4096 x 4096 up to the largest UI scale") {
    for (float scale : {1.0f, settings::kMaxUiScale}) {
        testing::HeadlessImGui context;
        ImFontAtlas& atlas = *ImGui::GetIO().Fonts;
        load_fonts(atlas, scale);
        unsigned char* pixels = nullptr;
        int width = 0, height = 0;
        atlas.GetTexDataAsRGBA32(&pixels, &width, &height);
        MESSAGE("scale " << scale << ": atlas " << width << " x " << height);
        CHECK(width <= 4096);
        CHECK(height <= 4096);
    }
}
