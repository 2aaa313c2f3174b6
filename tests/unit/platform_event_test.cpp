// The SFML binding's event translation, fed constructed sf::Events (no window, no X server).
#include <doctest/doctest.h>

#include <imgui.h>
#include <SFML/Window/Event.hpp>

#include <cfloat>
#include <memory>

#include "platform/imgui_impl_sfml.h"
#include "support/sf_events.h"

using namespace statecraft::testing;

namespace {

// A fresh ImGuiIO and binding state per test (ImGuiIO needs no context for these calls).
struct Input {
    std::unique_ptr<ImGuiIO> io_owner = std::make_unique<ImGuiIO>();
    ImGuiIO& io = *io_owner;
    ImGui_ImplSFML_InputState state;
    ImGui_ImplSFML_EventResult apply(const sf::Event& e) {
        return ImGui_ImplSFML_ApplyEvent(e, io, state);
    }
    void frame() { ImGui_ImplSFML_ApplyFrameInput(io, state); }
    int queued_chars() const { return io.InputQueueCharacters.Size; }
};

}  // namespace

TEST_CASE("platform: key press and release set KeysDown at the SFML key code") {
    Input in;
    auto r = in.apply(key_down(sf::Keyboard::Enter));
    CHECK(r.ForImGui);
    CHECK(in.io.KeysDown[sf::Keyboard::Enter]);
    in.frame();  // ImGui sees it down
    in.apply(key_up(sf::Keyboard::Enter));
    CHECK_FALSE(in.io.KeysDown[sf::Keyboard::Enter]);
}

TEST_CASE("platform: a key pressed and released between two frames is down for one frame") {
    Input in;
    in.apply(key_down(sf::Keyboard::LControl));
    in.apply(key_down(sf::Keyboard::Equal));
    in.apply(key_up(sf::Keyboard::Equal));
    in.apply(key_up(sf::Keyboard::LControl));
    in.frame();
    CHECK(in.io.KeysDown[sf::Keyboard::Equal]);  // this frame sees Ctrl+=
    CHECK(in.io.KeyCtrl);
    in.frame();
    CHECK_FALSE(in.io.KeysDown[sf::Keyboard::Equal]);  // and the next one sees it released
    CHECK_FALSE(in.io.KeyCtrl);
    in.frame();
    CHECK_FALSE(in.io.KeysDown[sf::Keyboard::Equal]);
}

TEST_CASE("platform: a modifier let go before its chord key was seen still counts") {
    Input in;
    in.apply(key_down(sf::Keyboard::LControl));
    in.frame();  // ImGui sees Ctrl alone
    in.apply(key_down(sf::Keyboard::Equal));
    in.apply(key_up(sf::Keyboard::LControl));  // xdotool's order: Ctrl up before = up
    in.apply(key_up(sf::Keyboard::Equal));
    in.frame();
    CHECK(in.io.KeysDown[sf::Keyboard::Equal]);
    CHECK(in.io.KeyCtrl);  // this frame sees Ctrl+=
    in.frame();
    CHECK_FALSE(in.io.KeyCtrl);
    CHECK_FALSE(in.io.KeysDown[sf::Keyboard::Equal]);
    // Same for a Ctrl+click.
    in.apply(key_down(sf::Keyboard::RControl));
    in.frame();
    in.apply(press(3, 3));
    in.apply(key_up(sf::Keyboard::RControl));
    in.frame();
    CHECK(in.io.MouseDown[0]);
    CHECK(in.io.KeyCtrl);
}

TEST_CASE("platform: a key pressed again before its held-back release stays down") {
    Input in;
    in.apply(key_down(sf::Keyboard::Down));
    in.apply(key_up(sf::Keyboard::Down));
    in.frame();
    in.apply(key_down(sf::Keyboard::Down));  // pressed again before the next frame
    in.frame();
    CHECK(in.io.KeysDown[sf::Keyboard::Down]);
    in.apply(key_up(sf::Keyboard::Down));
    CHECK_FALSE(in.io.KeysDown[sf::Keyboard::Down]);  // seen down already: released at once
}

TEST_CASE("platform: an unknown key (code -1) changes nothing") {
    Input in;
    auto r = in.apply(key_down(sf::Keyboard::Unknown));
    CHECK_FALSE(r.ForImGui);
    for (bool down : in.io.KeysDown) CHECK_FALSE(down);
}

TEST_CASE("platform: modifiers follow the left and right keys, not the event's flags") {
    Input in;
    // SFML's own flags are unreliable when the modifier itself is the key: we ignore them.
    sf::Event lctrl = key_down(sf::Keyboard::LControl);
    lctrl.key.control = false;
    in.apply(lctrl);
    CHECK(in.io.KeyCtrl);
    in.apply(key_down(sf::Keyboard::RControl));
    in.frame();  // ImGui sees both down, so releases apply at once
    in.apply(key_up(sf::Keyboard::LControl));
    CHECK(in.io.KeyCtrl);  // the right one is still held
    in.apply(key_up(sf::Keyboard::RControl));
    CHECK_FALSE(in.io.KeyCtrl);

    in.apply(key_down(sf::Keyboard::RShift));
    in.apply(key_down(sf::Keyboard::LAlt));
    in.apply(key_down(sf::Keyboard::LSystem));
    CHECK(in.io.KeyShift);
    CHECK(in.io.KeyAlt);
    CHECK(in.io.KeySuper);
    sf::Event letter = key_down(sf::Keyboard::A);
    letter.key.shift = false;  // a stale flag on another key must not clear Shift
    in.apply(letter);
    CHECK(in.io.KeyShift);
}

TEST_CASE("platform: text input keeps printable characters and drops control characters") {
    Input in;
    for (sf::Uint32 c : {sf::Uint32('a'), sf::Uint32(0x017C), sf::Uint32(0x20AC)}) {
        CHECK(in.apply(text(c)).ForImGui);
    }
    REQUIRE(in.queued_chars() == 3);
    CHECK(in.io.InputQueueCharacters[0] == 'a');
    CHECK(in.io.InputQueueCharacters[1] == 0x017C);  // ż
    CHECK(in.io.InputQueueCharacters[2] == 0x20AC);  // €
    // Escape, Backspace, Enter, Tab, Ctrl+A and Delete arrive as TextEntered too on X11.
    for (sf::Uint32 c : {0x1Bu, 0x08u, 0x0Du, 0x09u, 0x01u, 0x7Fu}) {
        CAPTURE(c);
        CHECK_FALSE(in.apply(text(c)).ForImGui);
    }
    CHECK(in.queued_chars() == 3);
    in.apply(text(0x20));  // space is text
    CHECK(in.queued_chars() == 4);
}

TEST_CASE("platform: a click shorter than one frame is not lost") {
    Input in;
    in.apply(press(10, 20));
    in.apply(release(10, 20));
    in.frame();
    CHECK(in.io.MouseDown[0]);  // down for this frame, so ImGui sees the click
    CHECK(in.io.MousePos.x == 10.f);
    CHECK(in.io.MousePos.y == 20.f);
    in.frame();
    CHECK_FALSE(in.io.MouseDown[0]);  // and up on the next
}

TEST_CASE("platform: a held button stays down across frames until released") {
    Input in;
    in.apply(press(5, 5, sf::Mouse::Right));
    for (int i = 0; i < 3; ++i) {
        in.frame();
        CHECK(in.io.MouseDown[1]);
        CHECK_FALSE(in.io.MouseDown[0]);
    }
    in.apply(release(5, 5, sf::Mouse::Right));
    in.frame();
    CHECK_FALSE(in.io.MouseDown[1]);
}

TEST_CASE("platform: all five mouse buttons map to ImGui's order") {
    Input in;
    const sf::Mouse::Button buttons[] = {sf::Mouse::Left, sf::Mouse::Right, sf::Mouse::Middle,
                                         sf::Mouse::XButton1, sf::Mouse::XButton2};
    for (int i = 0; i < 5; ++i) {
        Input one;
        one.apply(press(0, 0, buttons[i]));
        one.frame();
        for (int j = 0; j < 5; ++j) CHECK(bool(one.io.MouseDown[j]) == (i == j));
    }
}

TEST_CASE("platform: only MouseWheelScrolled scrolls, never the deprecated MouseWheelMoved") {
    Input in;
    sf::Event old_wheel{};
    old_wheel.type = sf::Event::MouseWheelMoved;
    old_wheel.mouseWheel.delta = 1;
    CHECK_FALSE(in.apply(old_wheel).ForImGui);
    CHECK(in.io.MouseWheel == 0.f);
    in.apply(wheel(sf::Mouse::VerticalWheel, 1.f));
    in.apply(wheel(sf::Mouse::VerticalWheel, -0.5f));
    CHECK(in.io.MouseWheel == doctest::Approx(0.5f));
    in.apply(wheel(sf::Mouse::HorizontalWheel, 2.f));
    CHECK(in.io.MouseWheelH == doctest::Approx(2.f));
    // With Shift, ImGui 1.86 turns the vertical wheel into horizontal scrolling itself.
    in.apply(key_down(sf::Keyboard::LShift));
    in.apply(wheel(sf::Mouse::HorizontalWheel, 1.f));
    CHECK(in.io.MouseWheel == doctest::Approx(1.5f));
    CHECK(in.io.MouseWheelH == doctest::Approx(2.f));
}

TEST_CASE("platform: focus loss releases keys, modifiers and buttons (no stuck Alt-Tab)") {
    Input in;
    in.apply(key_down(sf::Keyboard::LAlt));
    in.apply(key_down(sf::Keyboard::Tab));
    in.apply(press(1, 1));
    in.frame();
    REQUIRE(in.io.KeyAlt);
    auto r = in.apply(simple(sf::Event::LostFocus));
    CHECK(r.ForImGui);
    CHECK_FALSE(in.state.HasFocus);
    CHECK_FALSE(in.io.KeyAlt);
    CHECK_FALSE(in.io.KeysDown[sf::Keyboard::Tab]);
    CHECK_FALSE(in.io.KeysDown[sf::Keyboard::LAlt]);
    CHECK(in.io.AppFocusLost);  // ImGui clears its own key durations in the next NewFrame
    in.frame();
    CHECK_FALSE(in.io.MouseDown[0]);
    in.apply(simple(sf::Event::GainedFocus));
    CHECK(in.state.HasFocus);
}

TEST_CASE("platform: focus is assumed at start-up, so the first key counts") {
    Input in;
    CHECK(in.state.HasFocus);
    in.apply(key_down(sf::Keyboard::Num1));
    CHECK(in.io.KeysDown[sf::Keyboard::Num1]);
    // A key event after a lost focus means the window has focus again.
    in.apply(simple(sf::Event::LostFocus));
    in.apply(key_down(sf::Keyboard::Num2));
    CHECK(in.state.HasFocus);
}

TEST_CASE("platform: mouse position follows moves; leaving hides it unless dragging") {
    Input in;
    in.apply(move(100, 50));
    CHECK(in.io.MousePos.x == 100.f);
    CHECK(in.io.MousePos.y == 50.f);
    in.apply(simple(sf::Event::MouseLeft));
    CHECK(in.io.MousePos.x == -FLT_MAX);
    in.apply(press(30, 40));
    in.apply(simple(sf::Event::MouseLeft));
    CHECK(in.io.MousePos.x == 30.f);  // a drag outside the window keeps its last position
    in.apply(move(-5, 40));
    CHECK(in.io.MousePos.x == -5.f);
}

TEST_CASE("platform: resize reports the new size; close is reported, not applied") {
    Input in;
    sf::Event resized{};
    resized.type = sf::Event::Resized;
    resized.size.width = 1920;
    resized.size.height = 1080;
    auto r = in.apply(resized);
    CHECK(r.Resized);
    CHECK(r.Width == 1920);
    CHECK(r.Height == 1080);
    CHECK(in.io.DisplaySize.x == 1920.f);
    auto c = in.apply(simple(sf::Event::Closed));
    CHECK(c.CloseRequested);
    CHECK_FALSE(c.ForImGui);
}

TEST_CASE("platform: the 1.86 key map names SFML codes for ImGui's keys") {
    Input in;
    ImGui_ImplSFML_SetKeyMap(in.io);
    CHECK(in.io.KeyMap[ImGuiKey_Enter] == sf::Keyboard::Enter);
    CHECK(in.io.KeyMap[ImGuiKey_Escape] == sf::Keyboard::Escape);
    CHECK(in.io.KeyMap[ImGuiKey_Backspace] == sf::Keyboard::Backspace);
    CHECK(in.io.KeyMap[ImGuiKey_UpArrow] == sf::Keyboard::Up);
    CHECK(in.io.KeyMap[ImGuiKey_V] == sf::Keyboard::V);
    CHECK(in.io.KeyMap[ImGuiKey_KeyPadEnter] == -1);
    for (int k = 0; k < ImGuiKey_COUNT; ++k) {
        CAPTURE(k);
        CHECK(in.io.KeyMap[k] < 512);
        if (k != ImGuiKey_KeyPadEnter) CHECK(in.io.KeyMap[k] >= 0);
    }
}
