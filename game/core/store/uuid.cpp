#include "core/store/uuid.h"

#include <sqlite3.h>

#include <vector>

namespace statecraft {

namespace {

// Writes the UUID of 16 random bytes at `out` (kUuidLength characters).
void write_uuid(unsigned char* b, char* out) {
    b[6] = static_cast<unsigned char>((b[6] & 0x0f) | 0x40);  // version 4
    b[8] = static_cast<unsigned char>((b[8] & 0x3f) | 0x80);  // variant 10xx
    static constexpr char kHex[] = "0123456789abcdef";
    std::size_t at = 0;
    for (int i = 0; i < 16; ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10) out[at++] = '-';
        out[at++] = kHex[b[i] >> 4];
        out[at++] = kHex[b[i] & 0x0f];
    }
}

}  // namespace

std::string new_uuid() {
    unsigned char b[16];
    sqlite3_randomness(sizeof b, b);
    std::string out(kUuidLength, '-');
    write_uuid(b, out.data());  // written in place: one is made for every answer stored
    return out;
}

std::string new_uuids(std::size_t count) {
    std::vector<unsigned char> bytes(16 * count);
    if (count) sqlite3_randomness(static_cast<int>(bytes.size()), bytes.data());
    std::string out(kUuidLength * count, '-');
    for (std::size_t i = 0; i < count; ++i) write_uuid(&bytes[16 * i], &out[kUuidLength * i]);
    return out;
}

}  // namespace statecraft
