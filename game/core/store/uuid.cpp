#include "core/store/uuid.h"

#include <sqlite3.h>

namespace statecraft {

std::string new_uuid() {
    unsigned char b[16];
    sqlite3_randomness(sizeof b, b);
    b[6] = static_cast<unsigned char>((b[6] & 0x0f) | 0x40);  // version 4
    b[8] = static_cast<unsigned char>((b[8] & 0x3f) | 0x80);  // variant 10xx
    static constexpr char kHex[] = "0123456789abcdef";
    // Written in place: one is made for every answer stored.
    std::string out(36, '-');
    std::size_t at = 0;
    for (int i = 0; i < 16; ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10) ++at;  // the dash already there
        out[at++] = kHex[b[i] >> 4];
        out[at++] = kHex[b[i] & 0x0f];
    }
    return out;
}

}  // namespace statecraft
