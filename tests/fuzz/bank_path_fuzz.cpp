// libFuzzer target: any bytes as a bank go through the whole path (tests/fuzz/whole_path.h):
// refused by the validator, or played, recorded, exported and re-imported without a crash,
// an escaped exception or a lost answer.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>

#include "whole_path.h"

namespace {

const std::filesystem::path& scratch() {
    static const std::filesystem::path dir = [] {
        char name[] = "/tmp/statecraft-bank-fuzz-XXXXXX";
        const char* made = mkdtemp(name);
        if (!made) std::abort();
        return std::filesystem::path(made);
    }();
    return dir;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string_view bytes(reinterpret_cast<const char*>(data), size);
    std::string failure = statecraft::fuzz::play_whole_path(bytes, bytes, scratch());
    if (!failure.empty()) {
        std::fprintf(stderr, "whole path: %s\n", failure.c_str());
        __builtin_trap();
    }
    return 0;
}
