// The live game's join screen: where to go (address and 6-digit PIN, large), the QR code of the
// join address, and the names as students join; a click (or Up/Down) selects one, Delete or
// "Remove" takes them out of the game.
#include <imgui.h>

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <string>

#include "platform/qr_code.h"
#include "ui/classroom/classroom_view.h"
#include "ui/live/live_view.h"
#include "ui/widgets.h"

namespace statecraft::ui {

namespace {

std::string spaced_pin(const std::string& pin) {
    return pin.size() == 6 ? pin.substr(0, 3) + " " + pin.substr(3) : pin;
}

void draw_qr(const std::string& url, float side) {
    const ImVec2 at = ImGui::GetCursorScreenPos();
    if (ImTextureID texture = qr_texture(url)) {
        ImGui::Image(texture, ImVec2(side, side));
        return;
    }
    if (const std::optional<QrCode> code = encode_qr(url))  // headless: the same modules
        draw_qr_modules(ImGui::GetWindowDrawList(), *code, at, side);
    ImGui::Dummy(ImVec2(side, side));
}

// The names as chips that wrap like words; the selected one in the accent colour.
void player_chips(const LiveUiState& ui, const LiveSnapshot& s, const Look& look, Intent& out) {
    const float right = column_end();
    const ImGuiStyle& style = ImGui::GetStyle();
    const int shown_max = 120;
    int shown = 0;
    const float bottom =
        ImGui::GetWindowPos().y + ImGui::GetWindowHeight() - ImGui::GetStyle().WindowPadding.y;
    const float chip_h = ImGui::GetFrameHeightWithSpacing();
    // Room kept below the chips: their own row, the "and N more" line and the Remove button.
    const float reserve = chip_h * (ui.selected >= 0 ? 3.5f : 2.f);
    for (const LiveLobbyEntry& p : s.lobby) {
        // Past what the screen holds, a count: the projector cannot show 300 names.
        if (shown == shown_max || ImGui::GetCursorScreenPos().y + reserve > bottom) break;
        ++shown;
        ImGui::PushID(p.player);
        const std::string label = p.name + (p.team.empty() ? "" : " (" + p.team + ")");
        const float w = ImGui::CalcTextSize(label.c_str()).x + style.FramePadding.x * 2;
        if (shown > 1) {
            ImGui::SameLine();
            if (ImGui::GetCursorPosX() + w > right) ImGui::NewLine();
        }
        const bool selected = ui.selected == p.player;
        ImGui::PushStyleColor(ImGuiCol_Button,
                              selected ? look.accent : style.Colors[ImGuiCol_FrameBg]);
        ImGui::PushStyleColor(ImGuiCol_Text, selected      ? look.on_accent
                                             : p.connected ? style.Colors[ImGuiCol_Text]
                                                           : look.muted);
        if (plain_button(label.c_str()))
            out = live_intent(live_cmd::Select{selected ? -1 : p.player});
        ImGui::PopStyleColor(2);
        ImGui::PopID();
    }
    if (static_cast<int>(s.lobby.size()) > shown &&
        ImGui::GetCursorScreenPos().y + ImGui::GetTextLineHeightWithSpacing() < bottom)
        muted(look, "and " + std::to_string(s.lobby.size() - shown) + " more");
}

}  // namespace

void draw_live_lobby(const LiveUiState& ui, const LiveSnapshot& s, const Look& look, Intent& out) {
    const float em = ImGui::GetFontSize();
    const float width = column_end() - ImGui::GetCursorPosX();
    const float height = ImGui::GetContentRegionAvail().y;
    // The QR code as large as the height allows, at most 45 % of the width.
    const float side = std::floor(std::min(width * 0.45f, height - em * 1.5f));
    if (!ImGui::BeginTable("live-lobby", 2, ImGuiTableFlags_SizingFixedFit, ImVec2(width, 0)))
        return;
    ImGui::TableSetupColumn("join", ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableSetupColumn("qr", ImGuiTableColumnFlags_WidthFixed, side);
    ImGui::TableNextColumn();
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + ImGui::GetContentRegionAvail().x - em);
    // Short of height (200 % on 1280x720): smaller title and PIN, so the names still show.
    const bool compact = height < 22.f * em;
    if (!compact) {
        text_in_font(look.title, s.title);
        muted(look, "Scan the code, or open on your phone or laptop:");
    }
    ImGui::PushTextWrapPos(-1.f);  // the address on one line
    text_in_font(look.heading, ui.address, &look.accent);
    ImGui::PopTextWrapPos();
    if (!compact) muted(look, "Game PIN");
    ImFont* big = look.title ? look.title : ImGui::GetFont();
    const std::string pin = spaced_pin(ui.pin);
    const float pin_size = big->FontSize * (compact ? 1.5f : 2.2f);
    const ImVec2 at = ImGui::GetCursorScreenPos();
    ImGui::GetWindowDrawList()->AddText(big, pin_size, at, ImGui::GetColorU32(ImGuiCol_Text),
                                        pin.c_str());
    ImGui::Dummy(ImVec2(big->CalcTextSizeA(pin_size, FLT_MAX, 0, pin.c_str()).x, pin_size));
    const int n = static_cast<int>(s.lobby.size());
    text_in_font(look.heading, n == 0   ? std::string("Waiting for players\xE2\x80\xA6")
                               : n == 1 ? std::string("1 player")
                                        : std::to_string(n) + " players");
    player_chips(ui, s, look, out);
    if (ui.selected >= 0) {
        for (const LiveLobbyEntry& p : s.lobby)
            if (p.player == ui.selected) {
                ImGui::Spacing();
                const std::string label = "Remove " + p.name + " (Delete)";
                if (plain_button(label.c_str())) out = live_intent(live_cmd::Kick{p.player});
            }
    }
    ImGui::PopTextWrapPos();
    ImGui::TableNextColumn();
    draw_qr(ui.join_url, side);
    ImGui::EndTable();
}

}  // namespace statecraft::ui
