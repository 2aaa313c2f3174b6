// The seeded, bounded twin of tests/fuzz/bank_path_fuzz.cpp that CI runs: mutated banks
// (broken escapes, NUL, surrogates, overlong bytes, decomposed accents, flipped bytes) are
// either refused by the validator or go through the whole path (issue 20, item 1).
#include <doctest/doctest.h>

#include <random>

#include "core/bank/bank_loader.h"
#include "support/store_fixture.h"
#include "whole_path.h"

using namespace statecraft;

namespace {

const char* const kInserts[] = {"\\udc00",
                                "\\ud800",
                                "\\u0000",
                                "\\udc00d",
                                "e\\u0301",
                                "\\u00e9",
                                "\\u202e",
                                "\\u001b[31m",
                                "\xC0\xAF",
                                "\xED\xA0\x80",
                                "\xF4\x90\x80\x80",
                                "\xC3",
                                "\xFF",
                                "stra\xC3\x9F"
                                "e",
                                "\xC4\xB0",
                                "\xD9\xBE\xD8\xB2\xD8\xB4\xDA\xA9\xDB\x8C\xD8\xA7\xD9\x86",
                                "\\\"",
                                "\\\\"};

// One mutation, mostly inside a string literal so that the JSON still parses.
std::string mutate(std::string text, std::mt19937& rng) {
    auto pos = [&](std::size_t n) { return std::uniform_int_distribution<std::size_t>(0, n)(rng); };
    switch (pos(5)) {
        case 0:
            text[pos(text.size() - 1)] = static_cast<char>(pos(255));
            break;
        case 1:
            text.erase(pos(text.size() - 1), pos(8));
            break;
        default: {
            std::size_t quote = text.find('"', pos(text.size() - 1));
            if (quote != std::string::npos)
                text.insert(quote + 1, kInserts[pos(std::size(kInserts) - 1)]);
        }
    }
    return text;
}

std::string read_all(const std::string& path) {
    return testing::read_bytes(std::filesystem::path(STATECRAFT_SOURCE_DIR) / path);
}

}  // namespace

TEST_CASE("text: whole path survives seeded mutations of the shipped banks") {
    testing::ScratchDir scratch;
    const std::string seeds[] = {read_all("questions/examples/all-types.json"),
                                 read_all("questions/iran-russia-missiles.json")};
    std::mt19937 rng(20261129);
    int played = 0, refused = 0;
    for (int round = 0; round < 240; ++round) {
        std::string bank = seeds[round % 2];
        for (int m = 0, n = round % 3; m < n; ++m) bank = mutate(bank, rng);  // 0, 1 or 2
        std::string answers = mutate(bank.substr(rng() % bank.size(), 64), rng);
        CAPTURE(round);
        std::string failure = fuzz::play_whole_path(bank, answers, scratch.path());
        CHECK_MESSAGE(failure.empty(), failure);
        (load_bank_text(bank).ok() ? played : refused)++;
    }
    // Both sides are exercised: some mutations stay valid, most broken text is refused.
    CHECK(played > 80);
    CHECK(refused > 20);
}

TEST_CASE("text: the unmutated example bank plays through the whole path") {
    testing::ScratchDir scratch;
    std::string bank = read_all("questions/examples/all-types.json");
    REQUIRE(load_bank_text(bank).ok());
    CHECK(fuzz::play_whole_path(bank, "\xFF\xFE any answer \xC0\xAF", scratch.path()) == "");
}
