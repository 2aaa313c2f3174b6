// The reader: syntax errors with line and column, bad input that must never crash or hang,
// limits, and unknown fields that survive a load-and-save.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "core/bank/bank_loader.h"
#include "core/bank/bank_writer.h"
#include "support/bank_fixture.h"
#include "support/scratch_dir.h"

using namespace statecraft;
using namespace statecraft::testing;
namespace fs = std::filesystem;

namespace {
LoadedBank load(std::string_view text) {
    return load_bank_text(text, "t.json");
}

const Diagnostic& first_error(const LoadedBank& loaded) {
    REQUIRE(!loaded.diagnostics.empty());
    return loaded.diagnostics.front();
}

}  // namespace

TEST_CASE("bank reader: a syntax error names line and column") {
    LoadedBank loaded = load("{\n  \"format\": \"statecraft.bank\",\n  \"version\": 1,,\n}");
    const Diagnostic& d = first_error(loaded);
    CHECK(d.line == 3);
    CHECK(d.column == 16);
    CHECK(format_diagnostic("t.json", d).rfind("t.json:3:16: error: ", 0) == 0);
}

TEST_CASE("bank reader: bad input is an error, never a crash") {
    const std::string nul_inside = std::string("{\"format\": \"a") + '\0' + "b\"}";
    const std::string cases[] = {
        "",                               // empty file
        "\x89PNG\r\n\x1a\n\x00\x01\xff",  // binary garbage
        "{\"title\": \"caf\xC3\"}",       // invalid UTF-8
        nul_inside,                       // a NUL byte
        "{\"version\": NaN}",             // NaN is not JSON
        "[1, 2, 3]",                      // not an object
        "\"just a string\"",
        "{\"questions\": [",  // truncated
    };
    for (const auto& text : cases) {
        LoadedBank loaded = load(text);
        INFO(text);
        CHECK_FALSE(loaded.ok());
        CHECK(!loaded.diagnostics.empty());
    }
}

TEST_CASE("bank reader: invalid UTF-8 is located") {
    LoadedBank loaded = load("{\n\"title\": \"caf\xC3(\"}");
    CHECK(first_error(loaded).line == 2);
}

TEST_CASE("bank reader: a 200,000-deep nested array stops at the depth limit") {
    std::string deep(200000, '[');
    deep += std::string(200000, ']');
    LoadedBank loaded = load(deep);
    CHECK_FALSE(loaded.ok());
    std::string wrapped = "{\"extra\": " + deep + "}";
    loaded = load(wrapped);
    CHECK_FALSE(loaded.ok());
    CHECK(first_error(loaded).message.find("nested deeper") != std::string::npos);
}

TEST_CASE("bank reader: a text field over 20,000 characters is refused") {
    auto j = valid_bank_json();
    j["questions"][0]["explanation"] = std::string(20001, 'x');
    LoadedBank loaded = load_json(j);
    CHECK(has_diagnostic(loaded, Severity::error, "/questions/0/explanation", "20,000"));
    j["questions"][0]["explanation"] = std::string(20000, 'x');
    CHECK(load_json(j).ok());
}

TEST_CASE("bank reader: a file over 32 MiB is refused before it is read") {
    testing::ScratchDir scratch;
    const fs::path dir = scratch.path();
    fs::path big = dir / "big.json";
    {
        std::ofstream out(big, std::ios::binary);
        std::string chunk(1024 * 1024, ' ');
        for (int i = 0; i < 40; ++i) out << chunk;
    }
    LoadedBank loaded = load_bank_file(big);
    CHECK(first_error(loaded).message.find("limit is 32 MiB") != std::string::npos);
    fs::remove_all(dir);
}

TEST_CASE("bank reader: a leading BOM is accepted") {
    CHECK(load("\xEF\xBB\xBF" + valid_bank_json().dump()).ok());
}

TEST_CASE("bank reader: unknown fields survive a load-and-save") {
    auto j = valid_bank_json();
    j["x-top"] = {{"nested", {1, 2.5, "three", nullptr, true}}};
    j["questions"][0]["x-note"] = "keep me";
    j["questions"][0]["choices"][0]["x-weight"] = 0.5;
    j["source"]["x-license"] = "CC BY";
    j["categories"][0]["x-color"] = "#fff";
    LoadedBank first = load_json(j);
    REQUIRE(first.ok());
    LoadedBank second = load(to_json_text(first.bank));
    REQUIRE(second.ok());
    auto saved = nlohmann::json::parse(to_json_text(second.bank));
    CHECK(saved["x-top"] == j["x-top"]);
    CHECK(saved["questions"][0]["x-note"] == "keep me");
    CHECK(saved["questions"][0]["choices"][0]["x-weight"] == 0.5);
    CHECK(saved["source"]["x-license"] == "CC BY");
    CHECK(saved["categories"][0]["x-color"] == "#fff");
}

TEST_CASE("bank reader: save and load give the same model") {
    LoadedBank first = load_json(valid_bank_json());
    LoadedBank second = load(to_json_text(first.bank));
    REQUIRE(second.ok());
    CHECK(to_json_text(first.bank) == to_json_text(second.bank));
    CHECK(second.bank.questions[5].accept == std::vector<std::string>{"Zarif", "Javad Zarif"});
    CHECK(second.bank.questions[5].time_limit_s == 20);
    CHECK(second.bank.questions[3].distractors == std::vector<std::string>{"R3"});
}

TEST_CASE("bank loader: a folder with broken banks loads the good ones and lists the broken") {
    testing::ScratchDir scratch;
    const fs::path dir = scratch.path();
    std::ofstream(dir / "good.json") << valid_bank_json().dump();
    std::ofstream(dir / "broken.json") << "{ nope";
    fs::create_directories(dir / "sub");
    std::ofstream(dir / "sub" / "also-good.json") << valid_bank_json().dump();
    std::ofstream(dir / "notes.txt") << "not a bank";
    auto banks = load_bank_folder(dir);
    REQUIRE(banks.size() == 3);
    CHECK_FALSE(banks[0].ok());
    CHECK(banks[0].path.filename() == "broken.json");
    CHECK(banks[1].ok());
    CHECK(banks[2].ok());
    fs::remove_all(dir);
}

TEST_CASE("bank writer: saving is atomic and leaves no temporary file") {
    testing::ScratchDir scratch;
    const fs::path dir = scratch.path();
    LoadedBank loaded = load_json(valid_bank_json());
    std::string error;
    REQUIRE(save_bank_file(dir / "bank.json", loaded.bank, error));
    CHECK(load_bank_file(dir / "bank.json").ok());
    int files = 0;
    for ([[maybe_unused]] auto& e : fs::directory_iterator(dir)) ++files;
    CHECK(files == 1);
    CHECK_FALSE(save_bank_file(dir / "missing-folder" / "bank.json", loaded.bank, error));
    CHECK(!error.empty());
    fs::remove_all(dir);
}
