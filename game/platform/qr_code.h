// QR codes for the live classroom's join address (libqrencode), and the texture that shows one
// in ImGui. The projector draws it large and crisp (one texel per module, nearest filtering).
#pragma once

#include <imgui.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace statecraft {

struct QrCode {
    int version = 0;                 // 1..40
    int size = 0;                    // modules per side: 17 + 4 * version
    std::vector<std::uint8_t> dark;  // size * size, row by row: 1 = dark module
    bool at(int x, int y) const { return dark[static_cast<std::size_t>(y * size + x)] != 0; }
};

// The smallest QR code holding `text` as bytes, error correction level M (15 % of the code may
// be hidden or dirty and it still reads). None when the text is empty or too long for a code.
std::optional<QrCode> encode_qr(std::string_view text);

// The code as an ImGui texture (white quiet zone of 4 modules included), made once per text and
// kept until the text changes. Null when no renderer is running (headless tests): then draw the
// modules with draw_qr_modules.
ImTextureID qr_texture(const std::string& text);

// Draws the code (and its quiet zone) as rectangles into `side` pixels at `top_left`.
void draw_qr_modules(ImDrawList* draw_list, const QrCode& code, ImVec2 top_left, float side);

inline constexpr int kQrQuietModules = 4;

}  // namespace statecraft
