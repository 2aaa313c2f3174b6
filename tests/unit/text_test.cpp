// The text module (core/text on utf8proc): validation with locations, lengths, NFC, folding,
// escaping for messages. Run with `ctest -R text`.
#include <doctest/doctest.h>

#include "core/text/escape.h"
#include "core/text/normalize.h"
#include "core/text/utf8.h"

using namespace statecraft;

namespace {
const std::string kComposedE = "\xC3\xA9";     // é U+00E9
const std::string kDecomposedE = "e\xCC\x81";  // e + U+0301
const std::string kPersian = "\xD9\xBE\xD8\xB2\xD8\xB4\xDA\xA9\xDB\x8C\xD8\xA7\xD9\x86";  // پزشکیان
const std::string kArabic = "\xD8\xA7\xD9\x84\xD8\xB9\xD8\xB1\xD8\xA8\xD9\x8A\xD8\xA9";  // العربية
}  // namespace

TEST_CASE("text: valid UTF-8 passes, every invalid form is found with its offset and kind") {
    CHECK(is_valid_text(""));
    CHECK(is_valid_text("plain ASCII"));
    CHECK(
        is_valid_text("Z\xC3\xBCrich Gda\xC5\x84sk Erdo\xC4\x9F"
                      "an \xF0\x9F\x98\x80"));
    CHECK(is_valid_text(kPersian));

    struct Case {
        std::string text;
        std::size_t offset;
        TextFaultKind kind;
    };
    const Case cases[] = {
        {std::string("ab\0c", 4), 2, TextFaultKind::nul},
        {"ab\xED\xB0\x80"
         "d",
         2, TextFaultKind::surrogate},                  // "\udc00" unescaped
        {"\xED\xA0\x80", 0, TextFaultKind::surrogate},  // a lone high surrogate
        {"x\xC0\xAF", 1, TextFaultKind::overlong},      // overlong '/'
        {"x\xE0\x80\xAF", 1, TextFaultKind::overlong},
        {"x\xF0\x80\x80\xAF", 1, TextFaultKind::overlong},
        {"abc\xC3", 3, TextFaultKind::truncated},     // cut at the end
        {"a\xE2\x82z", 1, TextFaultKind::truncated},  // cut by a new character
        {"\xF4\x90\x80\x80", 0, TextFaultKind::beyond_unicode},
        {"a\x80", 1, TextFaultKind::invalid_byte},  // continuation without a lead
        {"a\xFF", 1, TextFaultKind::invalid_byte},
    };
    for (const Case& c : cases) {
        CAPTURE(escape_for_message(c.text));
        auto fault = find_text_fault(c.text);
        REQUIRE(fault);
        CHECK(fault->offset == c.offset);
        CHECK(fault->kind == c.kind);
        CHECK(!describe_text_fault(*fault, c.text).empty());
    }
    auto surrogate = find_text_fault("\xED\xB0\x80");
    REQUIRE(surrogate);
    CHECK(describe_text_fault(*surrogate, "\xED\xB0\x80").find("surrogate") != std::string::npos);
}

TEST_CASE("text: lengths count code points and graphemes, never bytes") {
    CHECK(count_code_points("Z\xC3\xBCrich") == 6);
    CHECK(count_code_points(kDecomposedE) == 2);
    CHECK(count_graphemes(kDecomposedE) == 1);
    CHECK(count_graphemes("\xF0\x9F\x87\xAE\xF0\x9F\x87\xB7") ==
          1);  // the flag of Iran: 2 code points
    CHECK(count_graphemes(kPersian) == 7);
    CHECK(take_graphemes("ab" + kDecomposedE + "cd", 3) == "ab" + kDecomposedE);
    CHECK(take_graphemes("abc", 10) == "abc");
    CHECK(take_graphemes("abc", 0) == "");
    CHECK(cut_at_grapheme("ab" + kDecomposedE + "cd", 3) == "ab");  // not between e and U+0301
    CHECK(cut_at_grapheme("ab" + kDecomposedE + "cd", 5) == "ab" + kDecomposedE);
    CHECK(cut_at_grapheme("Z\xC3\xBCrich", 2) == "Z");
    CHECK(cut_at_grapheme("abc", 10) == "abc");
}

TEST_CASE("text: is_plain_ascii finds a high byte or NUL anywhere, in blocks and in the tail") {
    for (std::size_t length : {1u, 7u, 8u, 63u, 64u, 65u, 130u, 1000u}) {
        const std::string plain(length, 'a');
        CHECK(is_plain_ascii(plain));
        for (std::size_t at : {std::size_t{0}, length / 2, length - 1}) {
            std::string high = plain, nul = plain;
            high[at] = '\xC3';
            nul[at] = '\0';
            CHECK_FALSE(is_plain_ascii(high));
            CHECK_FALSE(is_plain_ascii(nul));
        }
    }
    CHECK(is_plain_ascii(""));
}

TEST_CASE("text: NFC composes decomposed input and leaves composed, ASCII and RTL text alone") {
    CHECK(to_nfc(kDecomposedE) == kComposedE);
    CHECK(to_nfc(kComposedE) == kComposedE);
    CHECK(to_nfc("Gdan\xCC\x81sk") == "Gda\xC5\x84sk");
    CHECK(to_nfc("plain") == "plain");
    CHECK(to_nfc(kPersian) == kPersian);
    CHECK(to_nfc(kArabic) == kArabic);
    std::string s = "Zu\xCC\x88rich";
    CHECK(normalize_nfc(s));
    CHECK(s == "Z\xC3\xBCrich");
    CHECK_FALSE(normalize_nfc(s));
}

TEST_CASE("text: the NFC quick check never says yes to a character NFC would change") {
    int wrong = 0, quick = 0;
    for (char32_t cp = 0x80; cp < 0x30000; ++cp) {
        if (cp >= 0xD800 && cp <= 0xDFFF) continue;
        if (!is_nfc_starter(cp)) continue;
        ++quick;
        std::string one;
        append_code_point(one, cp);
        if (fold_text(one, {false, false}) != one) ++wrong;  // the full normalisation
    }
    CHECK(wrong == 0);
    CHECK(quick > 100000);
    CHECK(is_quick_nfc("Z\xC3\xBCrich \xE2\x80\x9Cquoted\xE2\x80\x9D \xE2\x80\x94"));
    CHECK_FALSE(is_quick_nfc("e\xCC\x81"));
    CHECK_FALSE(is_quick_nfc("\xE2\x80\x80"));  // U+2000 is a singleton: NFC makes it U+2002
}

TEST_CASE("text: full case folding (STRASSE, final sigma, Turkish i, Cyrillic, Armenian)") {
    FoldOptions fold{};
    CHECK(fold_text("STRASSE", fold) == fold_text("stra\xC3\x9F"
                                                  "e",
                                                  fold));         // ß -> ss
    CHECK(fold_text("\xCE\x9F\xCE\x94\xCE\x9F\xCE\xA3", fold) ==  // ΟΔΟΣ
          fold_text("\xCE\xBF\xCE\xB4\xCE\xBF\xCF\x82", fold));   // οδος (final ς)
    CHECK(fold_text("\xC7\x85", fold) == "\xC7\x86");             // ǅ -> ǆ
    // Turkish, locale-independent: İ -> i + U+0307; I -> i; ı stays ı.
    CHECK(fold_text("\xC4\xB0", fold) == "i\xCC\x87");
    CHECK(fold_text("I", fold) == "i");
    CHECK(fold_text("\xC4\xB1", fold) == "\xC4\xB1");
    CHECK(fold_text("\xC4\xB0", {true, true}) == "i");  // with marks stripped İ is I
    CHECK(fold_text("\xD0\x9C\xD0\x98\xD0\xA0", fold) == "\xD0\xBC\xD0\xB8\xD1\x80");  // МИР
    CHECK(fold_text("\xD4\xB1\xD5\x90", fold) == "\xD5\xA1\xD6\x80");  // ԱՐ -> ար
    CHECK(fold_text(kDecomposedE, fold) == kComposedE);                // folding includes NFC
    CHECK(fold_text(kPersian, fold) == kPersian);
    CHECK(fold_text(kArabic, fold) == kArabic);
    CHECK(fold_text("ABC", {false, false}) == "ABC");
}

TEST_CASE("text: stripping marks removes accents only") {
    FoldOptions bare{true, true};
    CHECK(fold_text("Z\xC3\xBCrich", bare) == "zurich");
    CHECK(fold_text("Erdo\xC4\x9F"
                    "an",
                    bare) == "erdogan");
    CHECK(fold_text("Kh\xC4\x81mene\xCA\xBEi", bare) == "khamene\xCA\xBEi");  // ʾ is a letter
    CHECK(fold_text(kPersian, bare) == kPersian);
}

TEST_CASE("text: is_unicode_space knows Unicode space separators") {
    CHECK(is_unicode_space(' '));
    CHECK(is_unicode_space('\t'));
    CHECK(is_unicode_space(0xA0));
    CHECK(is_unicode_space(0x2003));
    CHECK(is_unicode_space(0x3000));
    CHECK_FALSE(is_unicode_space('a'));
    CHECK_FALSE(is_unicode_space(0x200B));  // zero width space is a format character
}

TEST_CASE("text: escape_for_message shows controls, NUL, bidi controls and bad bytes") {
    CHECK(escape_for_message("plain Z\xC3\xBCrich") == "plain Z\xC3\xBCrich");
    CHECK(escape_for_message(std::string("a\0b", 3)) == "a\\u0000b");
    CHECK(escape_for_message("\x1b[31mred") == "\\u001b[31mred");
    CHECK(escape_for_message("line\nbreak") == "line\\u000abreak");
    CHECK(escape_for_message("a\xFF"
                             "b") == "a\\xffb");
    CHECK(escape_for_message("\xED\xB0\x80") == "\\xed\\xb0\\x80");
    CHECK(escape_for_message("\xE2\x80\xAE"
                             "evil") == "\\u202eevil");
    CHECK(escape_for_message(kPersian) == kPersian);
}

TEST_CASE("text: make_valid_text replaces broken bytes and drops NUL") {
    CHECK(make_valid_text("ok") == "ok");
    CHECK(make_valid_text("a\xFF"
                          "b") ==
          "a\xEF\xBF\xBD"
          "b");
    CHECK(make_valid_text(std::string("a\0b", 3)) == "ab");
    std::string out;
    append_code_point(out, 0xD800);
    CHECK(out == "\xEF\xBF\xBD");
}
