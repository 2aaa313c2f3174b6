#include "platform/qr_code.h"

#include <qrencode.h>

#include <SFML/Graphics/Texture.hpp>
#include <memory>

namespace statecraft {

std::optional<QrCode> encode_qr(std::string_view text) {
    if (text.empty()) return std::nullopt;
    const std::string copy(text);  // libqrencode wants a NUL-terminated string
    std::unique_ptr<QRcode, decltype(&QRcode_free)> raw(
        QRcode_encodeString8bit(copy.c_str(), 0, QR_ECLEVEL_M), &QRcode_free);
    if (!raw) return std::nullopt;
    QrCode code;
    code.version = raw->version;
    code.size = raw->width;
    code.dark.resize(static_cast<std::size_t>(code.size) * code.size);
    for (std::size_t i = 0; i < code.dark.size(); ++i) code.dark[i] = raw->data[i] & 1;
    return code;
}

namespace {

// One texture, alive for the whole run (deliberately never destroyed: its GL context goes
// first at exit).
struct QrTextureCache {
    std::string text;
    sf::Texture texture;
    bool ready = false;
};

QrTextureCache& cache() {
    static QrTextureCache* the_cache = new QrTextureCache();
    return *the_cache;
}

}  // namespace

ImTextureID qr_texture(const std::string& text) {
    if (!ImGui::GetIO().BackendRendererName) return nullptr;  // no GL renderer (headless)
    QrTextureCache& c = cache();
    if (c.ready && c.text == text) return (ImTextureID)(std::intptr_t)c.texture.getNativeHandle();
    const std::optional<QrCode> code = encode_qr(text);
    if (!code) return nullptr;
    const int side = code->size + 2 * kQrQuietModules;
    std::vector<std::uint8_t> rgba(static_cast<std::size_t>(side) * side * 4, 255);
    for (int y = 0; y < code->size; ++y)
        for (int x = 0; x < code->size; ++x)
            if (code->at(x, y)) {
                const std::size_t p =
                    (static_cast<std::size_t>(y + kQrQuietModules) * side + x + kQrQuietModules) *
                    4;
                rgba[p] = rgba[p + 1] = rgba[p + 2] = 0;
            }
    if (!c.texture.create(side, side)) return nullptr;
    c.texture.update(rgba.data());
    c.texture.setSmooth(false);  // modules stay square when scaled up
    c.text = text;
    c.ready = true;
    return (ImTextureID)(std::intptr_t)c.texture.getNativeHandle();
}

void draw_qr_modules(ImDrawList* dl, const QrCode& code, ImVec2 top_left, float side) {
    const float module = side / static_cast<float>(code.size + 2 * kQrQuietModules);
    dl->AddRectFilled(top_left, ImVec2(top_left.x + side, top_left.y + side), IM_COL32_WHITE);
    for (int y = 0; y < code.size; ++y)
        for (int x = 0; x < code.size; ++x)
            if (code.at(x, y)) {
                const ImVec2 a(top_left.x + (x + kQrQuietModules) * module,
                               top_left.y + (y + kQrQuietModules) * module);
                dl->AddRectFilled(a, ImVec2(a.x + module, a.y + module), IM_COL32_BLACK);
            }
}

}  // namespace statecraft
