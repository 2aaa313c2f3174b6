#include "ui/live/live_palette.h"

namespace statecraft::ui {

namespace {

ImVec4 rgb(int hex) {
    return ImVec4(((hex >> 16) & 0xff) / 255.f, ((hex >> 8) & 0xff) / 255.f, (hex & 0xff) / 255.f,
                  1.f);
}

}  // namespace

ImVec4 live_option_colour(int index) {
    static const ImVec4 kColours[kLiveColours] = {
        rgb(0xc62828), rgb(0x1565c0), rgb(0x8a6100), rgb(0x2e7d32),
        rgb(0x6a1b9a), rgb(0x00707a), rgb(0xbf360c), rgb(0xad1457),
    };
    return kColours[(index % kLiveColours + kLiveColours) % kLiveColours];
}

std::string live_option_letter(int index) {
    if (index >= 0 && index < kLiveColours) return std::string(1, static_cast<char>('A' + index));
    return std::to_string(index + 1);
}

}  // namespace statecraft::ui
