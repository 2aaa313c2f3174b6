// Bank format 1.1: the version mechanism, source dating and source.text_file.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "core/bank/bank_writer.h"
#include "core/bank/source_text.h"
#include "support/bank_fixture.h"
#include "support/scratch_dir.h"

using namespace statecraft;
using namespace statecraft::testing;
using nlohmann::json;
namespace fs = std::filesystem;

TEST_CASE("bank version: 1 and \"1.1\" read, a newer minor read with a warning, 2 refused") {
    json j = valid_bank_json();
    CHECK(load_json(j).ok());  // a 1.0 bank stays valid
    j["version"] = "1.1";
    LoadedBank v11 = load_json(j);
    CHECK(v11.ok());
    CHECK(v11.bank.version_minor == 1);
    CHECK(to_json_text(v11.bank).find("\"version\": \"1.1\"") != std::string::npos);
    j["version"] = "1.7";
    LoadedBank v17 = load_json(j);
    CHECK(v17.ok());
    CHECK(has_diagnostic(v17, Severity::warning, "/version", "newer version"));
    for (json newer : {json(2), json("2.0")}) {
        j["version"] = newer;
        CHECK(has_diagnostic(load_json(j), Severity::error, "/version",
                             "made by a newer version of Statecraft"));
    }
    for (json bad : {json("1"), json("one.two"), json("1.x"), json(0)}) {
        j["version"] = bad;
        CHECK_FALSE(load_json(j).ok());
    }
}

TEST_CASE("bank version: dates, and 1.1 fields in a 1.0 bank") {
    json j = valid_bank_json();
    j["source"]["as_of"] = "2024-10";
    j["review_by"] = "2025-06-30";
    j["questions"][0]["review_by"] = "2025-01-15";
    LoadedBank old = load_json(j);
    CHECK(old.ok());
    CHECK(has_diagnostic(old, Severity::warning, "/version", "format 1.1 fields"));
    j["version"] = "1.1";
    LoadedBank now = load_json(j);
    CHECK(now.ok());
    CHECK(now.bank.source->as_of == "2024-10");
    CHECK(now.bank.questions[0].review_by == "2025-01-15");
    const std::string text = to_json_text(now.bank);
    CHECK(load_json(json::parse(text)).bank.review_by == "2025-06-30");
    j["source"]["as_of"] = "October";
    j["questions"][0]["review_by"] = "2025-02-30x";
    LoadedBank bad = load_json(j);
    CHECK(has_diagnostic(bad, Severity::error, "/source/as_of", "not a date"));
    CHECK(has_diagnostic(bad, Severity::error, "/questions/0/review_by", "not a date"));
}

TEST_CASE("bank version: a question's JSON text (its stored-answer hash) is unchanged by 1.1") {
    json j = valid_bank_json();
    LoadedBank loaded = load_json(j);
    const std::string before = question_json_text(loaded.bank.questions[0]);
    j["version"] = "1.1";
    j["source"]["as_of"] = "2024-10";
    CHECK(question_json_text(load_json(j).bank.questions[0]) == before);
}

TEST_CASE("bank source text_file: read beside the bank, refused when it leaves the folder") {
    ScratchDir scratch;
    const fs::path& dir = scratch.path();
    fs::create_directories(dir / "bank");
    std::ofstream(dir / "bank" / "source.txt") << "Our own words about the deal.";
    std::ofstream(dir / "outside.txt") << "Not beside the bank.";
    std::ofstream(dir / "bank" / "latin1.txt") << "caf\xe9";
    fs::create_symlink(dir / "outside.txt", dir / "bank" / "link.txt");
    {
        std::ofstream big(dir / "bank" / "big.txt");
        big.seekp(kMaxSourceTextBytes + 1);
        big << 'x';
    }
    json j = valid_bank_json();
    j["version"] = "1.1";
    auto try_file = [&](const std::string& name, std::string& text) {
        j["source"]["text_file"] = name;
        LoadedBank loaded = load_json(j);
        REQUIRE(loaded.ok());  // the bank itself always loads
        Diagnostics problems;
        text.clear();
        bool ok = load_bank_source_text(loaded.bank, dir / "bank" / "b.json", text, problems);
        return std::make_pair(ok, problems.empty() ? std::string() : problems[0].message);
    };
    std::string text;
    CHECK(try_file("source.txt", text).first);
    CHECK(text == "Our own words about the deal.");
    CHECK(try_file("missing.txt", text).second.find("not found") != std::string::npos);
    CHECK(try_file("../outside.txt", text).second.find("leaves the bank's folder") !=
          std::string::npos);
    CHECK(try_file((dir / "outside.txt").string(), text).second.find("relative") !=
          std::string::npos);
    CHECK(try_file("link.txt", text).second.find("link that leads out") != std::string::npos);
    CHECK(try_file("latin1.txt", text).second.find("not UTF-8") != std::string::npos);
    CHECK(try_file("big.txt", text).second.find("the limit is 32 MiB") != std::string::npos);
}
