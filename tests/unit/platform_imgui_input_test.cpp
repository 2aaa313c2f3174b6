// The SFML binding's event translation driving a real ImGui context (headless: no window, no
// GL), so ImGui's own view is checked: clicks, key presses, typed text, focus loss.
#include <doctest/doctest.h>

#include <imgui.h>
#include <SFML/Window/Event.hpp>

#include <string>

#include "platform/imgui_impl_sfml.h"
#include "support/platform_headless_imgui.h"
#include "support/sf_events.h"

using namespace statecraft::testing;

TEST_CASE("platform: a press and release within one frame clicks an ImGui button") {
    statecraft::testing::HeadlessImGui context;
    ImGuiIO& io = ImGui::GetIO();
    ImGui_ImplSFML_SetKeyMap(io);
    ImGui_ImplSFML_InputState state;
    int clicks = 0;
    ImVec2 center;
    const auto frame = [&] {
        ImGui_ImplSFML_ApplyFrameInput(io, state);
        ImGui::NewFrame();
        ImGui::SetNextWindowPos(ImVec2(0, 0));
        ImGui::Begin("w");
        if (ImGui::Button("Submit", ImVec2(120, 40))) ++clicks;
        const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
        center = ImVec2((min.x + max.x) / 2, (min.y + max.y) / 2);
        ImGui::End();
        ImGui::Render();
    };
    frame();  // layout
    ImGui_ImplSFML_ApplyEvent(move(int(center.x), int(center.y)), io, state);
    frame();  // hover
    ImGui_ImplSFML_ApplyEvent(press(int(center.x), int(center.y)), io, state);
    ImGui_ImplSFML_ApplyEvent(release(int(center.x), int(center.y)), io, state);
    frame();  // down (latched)
    frame();  // up: the click
    CHECK(clicks == 1);
    frame();
    CHECK(clicks == 1);
}

TEST_CASE("platform: typed text and Backspace reach a focused InputText") {
    statecraft::testing::HeadlessImGui context;
    ImGuiIO& io = ImGui::GetIO();
    ImGui_ImplSFML_SetKeyMap(io);
    ImGui_ImplSFML_InputState state;
    char buffer[64] = "";
    bool focus = true;
    const auto frame = [&] {
        ImGui_ImplSFML_ApplyFrameInput(io, state);
        ImGui::NewFrame();
        ImGui::Begin("w");
        if (focus) ImGui::SetKeyboardFocusHere();
        focus = false;
        ImGui::InputText("answer", buffer, sizeof buffer);
        ImGui::End();
        ImGui::Render();
    };
    frame();
    frame();
    for (sf::Uint32 c : {0x5Au, 0x61u, 0xEBu, 0x78u}) {  // "Zaëx"
        ImGui_ImplSFML_ApplyEvent(text(c), io, state);
    }
    frame();
    CHECK(std::string(buffer) == "Za\xC3\xABx");  // UTF-8 in the buffer
    ImGui_ImplSFML_ApplyEvent(key_down(sf::Keyboard::Backspace), io, state);
    ImGui_ImplSFML_ApplyEvent(text(0x08), io, state);  // X11 also sends it as text: dropped
    frame();
    ImGui_ImplSFML_ApplyEvent(key_up(sf::Keyboard::Backspace), io, state);
    frame();
    CHECK(std::string(buffer) == "Za\xC3\xAB");
}

TEST_CASE("platform: a quick key tap between two frames is one ImGui key press") {
    statecraft::testing::HeadlessImGui context;
    ImGuiIO& io = ImGui::GetIO();
    ImGui_ImplSFML_SetKeyMap(io);
    ImGui_ImplSFML_InputState state;
    int presses = 0;
    const auto frame = [&] {
        ImGui_ImplSFML_ApplyFrameInput(io, state);
        ImGui::NewFrame();
        if (ImGui::IsKeyPressed(sf::Keyboard::Num3, false)) ++presses;
        ImGui::Render();
    };
    frame();
    ImGui_ImplSFML_ApplyEvent(key_down(sf::Keyboard::Num3), io, state);
    ImGui_ImplSFML_ApplyEvent(key_up(sf::Keyboard::Num3), io, state);
    frame();
    frame();
    frame();
    CHECK(presses == 1);
    CHECK_FALSE(ImGui::IsKeyDown(sf::Keyboard::Num3));
}

TEST_CASE("platform: after focus loss ImGui no longer sees a held key") {
    statecraft::testing::HeadlessImGui context;
    ImGuiIO& io = ImGui::GetIO();
    ImGui_ImplSFML_SetKeyMap(io);
    ImGui_ImplSFML_InputState state;
    const auto frame = [&] {
        ImGui_ImplSFML_ApplyFrameInput(io, state);
        ImGui::NewFrame();
        ImGui::Render();
    };
    ImGui_ImplSFML_ApplyEvent(key_down(sf::Keyboard::Tab), io, state);
    frame();
    CHECK(ImGui::IsKeyDown(sf::Keyboard::Tab));
    ImGui_ImplSFML_ApplyEvent(simple(sf::Event::LostFocus), io, state);
    frame();
    CHECK_FALSE(ImGui::IsKeyDown(sf::Keyboard::Tab));
    CHECK_FALSE((io.KeyCtrl || io.KeyAlt || io.KeyShift));
}
