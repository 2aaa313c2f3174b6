// The join address's QR code (platform/qr_code.*, libqrencode): the version and size the QR
// standard prescribes for the text, the finder and timing patterns where they belong, and the
// refusals. That the code reads back as the address is checked on the real projector screen by
// tests/e2e/live_qr.sh (zbarimg on a screenshot).
#include <doctest/doctest.h>

#include <string>

#include "platform/qr_code.h"

using namespace statecraft;

namespace {

// A finder pattern: a 7x7 dark ring, a light ring, a 3x3 dark centre, at (x0, y0).
void check_finder(const QrCode& c, int x0, int y0) {
    for (int y = 0; y < 7; ++y)
        for (int x = 0; x < 7; ++x) {
            const bool ring = x == 0 || y == 0 || x == 6 || y == 6;
            const bool centre = x >= 2 && x <= 4 && y >= 2 && y <= 4;
            INFO("finder at " << x0 << "," << y0 << " module " << x << "," << y);
            CHECK(c.at(x0 + x, y0 + y) == (ring || centre));
        }
}

std::string text_of_length(std::size_t n) {
    std::string s = "http://192.168.1.20:8080/?pin=123456";
    while (s.size() < n) s += 'x';
    s.resize(n);
    return s;
}

}  // namespace

TEST_SUITE_BEGIN("live");

TEST_CASE("live qr: a join address encodes at the smallest version for its length (level M)") {
    // Byte-mode capacities at level M from the QR standard (ISO/IEC 18004, table 7).
    struct Case {
        std::size_t bytes;
        int version;
    };
    for (const Case k : {Case{14, 1}, Case{15, 2}, Case{26, 2}, Case{27, 3}, Case{42, 3},
                         Case{43, 4}, Case{62, 4}, Case{84, 5}}) {
        const std::optional<QrCode> code = encode_qr(text_of_length(k.bytes));
        INFO(k.bytes << " bytes");
        REQUIRE(code);
        CHECK(code->version == k.version);
        CHECK(code->size == 17 + 4 * k.version);
        CHECK(code->dark.size() == static_cast<std::size_t>(code->size * code->size));
    }
}

TEST_CASE("live qr: finder and timing patterns sit where a reader looks for them") {
    const std::optional<QrCode> code = encode_qr("http://10.0.0.7:8080/?pin=482913");
    REQUIRE(code);
    const int n = code->size;
    check_finder(*code, 0, 0);
    check_finder(*code, n - 7, 0);
    check_finder(*code, 0, n - 7);
    // The separators are light; the timing patterns alternate, dark on even positions.
    for (int i = 0; i < 8; ++i) {
        CHECK_FALSE(code->at(7, i));
        CHECK_FALSE(code->at(i, 7));
        CHECK_FALSE(code->at(n - 8, i));
    }
    for (int i = 8; i < n - 8; ++i) {
        CHECK(code->at(i, 6) == (i % 2 == 0));
        CHECK(code->at(6, i) == (i % 2 == 0));
    }
    // The dark module beside the lower-left finder, present in every QR code.
    CHECK(code->at(8, n - 8));
}

TEST_CASE("live qr: the same text gives the same code and another PIN another code") {
    const auto a = encode_qr("http://10.0.0.7:8080/?pin=111111");
    const auto b = encode_qr("http://10.0.0.7:8080/?pin=111111");
    const auto c = encode_qr("http://10.0.0.7:8080/?pin=111112");
    REQUIRE((a && b && c));
    CHECK(a->dark == b->dark);
    CHECK(a->dark != c->dark);
}

TEST_CASE("live qr: empty text and text beyond version 40 are refused") {
    CHECK_FALSE(encode_qr(""));
    CHECK(encode_qr(text_of_length(2331)));  // the largest byte-mode code at level M
    CHECK_FALSE(encode_qr(text_of_length(2332)));
}

TEST_SUITE_END();
