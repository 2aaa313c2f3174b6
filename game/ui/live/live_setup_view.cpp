#include "ui/live/live_setup_view.h"

#include <imgui.h>

#include <algorithm>
#include <string>

#include "ui/live/live_view.h"
#include "ui/widgets.h"

namespace statecraft::ui {

namespace {

std::string network_label(const LiveNetwork& n) {
    const bool loopback = n.address.rfind("127.", 0) == 0;
    return n.address + "  (" + (loopback ? "this computer only" : n.interface_name) + ")";
}

void network_picker(const LiveSetupChoices& c, Intent& out) {
    ImGui::AlignTextToFramePadding();
    text("Network:");
    ImGui::SameLine();
    ImGui::SetNextItemWidth(
        std::min(ImGui::GetFontSize() * 18, column_end() - ImGui::GetCursorPosX()));
    if (!c.forced_address.empty()) {  // the environment decides; shown so nobody wonders
        ImGui::BeginDisabled();
        std::string shown = c.forced_address + "  (STATECRAFT_LIVE_BIND)";
        if (ImGui::BeginCombo("##network", shown.c_str())) ImGui::EndCombo();
        ImGui::EndDisabled();
        return;
    }
    const bool valid = c.network >= 0 && c.network < static_cast<int>(c.networks.size());
    const std::string current = valid ? network_label(c.networks[c.network]) : "none found";
    if (ImGui::BeginCombo("##network", current.c_str())) {
        for (int i = 0; i < static_cast<int>(c.networks.size()); ++i) {
            const bool chosen = i == c.network;
            if (ImGui::Selectable(network_label(c.networks[i]).c_str(), chosen))
                out = live_intent(live_cmd::PickNetwork{i});
            if (chosen) ImGui::SetItemDefaultFocus();
        }
        ImGui::EndCombo();
    }
}

}  // namespace

void draw_live_setup(const LiveSetupChoices& c, const Look& look, Intent& out) {
    text_in_font(look.heading, "Live (students' devices)");
    network_picker(c, out);
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("Students join on this network (the room's Wi-Fi or cable).");
    bool cbm = c.cbm;
    if (ImGui::Checkbox("Ask for confidence (CBM)", &cbm)) out = live_intent(live_cmd::SetCbm{cbm});
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip(
            "Students say how sure they are (unsure, fairly, sure) with each answer.");
}

}  // namespace statecraft::ui
