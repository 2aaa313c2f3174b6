// dear imgui: Platform Backend for SFML 2.5. Feature list and notes in the header.
#include "platform/imgui_impl_sfml.h"
#include "platform/letter_keys.h"

#include <SFML/Graphics/RenderWindow.hpp>
#include <SFML/Graphics/View.hpp>
#include <SFML/System/Clock.hpp>
#include <SFML/Window/Clipboard.hpp>
#include <SFML/Window/Cursor.hpp>
#include <SFML/Window/Event.hpp>
#include <SFML/Window/Mouse.hpp>

#include <cfloat>
#include <memory>
#include <string>

namespace {

constexpr int kMouseButtons = 5;  // sf::Mouse::ButtonCount, in ImGui's order (L, R, M, X1, X2)

// All backend state, reached through io.BackendPlatformUserData.
struct ImGui_ImplSFML_Data {
    sf::RenderWindow* Window = nullptr;
    ImGui_ImplSFML_InputState Input;
    sf::Clock Clock;
    std::unique_ptr<sf::Cursor> Cursors[ImGuiMouseCursor_COUNT];  // owned: no leak
    ImGuiMouseCursor LastCursor = ImGuiMouseCursor_COUNT;         // = COUNT: none set yet
    bool LastCursorVisible = true;
    std::string ClipboardText;  // keeps the pointer handed to ImGui alive
};

ImGui_ImplSFML_Data* GetBackendData() {
    return ImGui::GetCurrentContext()
               ? static_cast<ImGui_ImplSFML_Data*>(ImGui::GetIO().BackendPlatformUserData)
               : nullptr;
}

bool IsValidKey(int code) {
    return code >= 0 && code < 512;
}

void UpdateModifiers(ImGuiIO& io) {
    const auto down = [&io](sf::Keyboard::Key key) { return io.KeysDown[key]; };
    io.KeyCtrl = down(sf::Keyboard::LControl) || down(sf::Keyboard::RControl);
    io.KeyShift = down(sf::Keyboard::LShift) || down(sf::Keyboard::RShift);
    io.KeyAlt = down(sf::Keyboard::LAlt) || down(sf::Keyboard::RAlt);
    io.KeySuper = down(sf::Keyboard::LSystem) || down(sf::Keyboard::RSystem);
}

void ClearHeldInput(ImGuiIO& io, ImGui_ImplSFML_InputState& state) {
    for (int k = 0; k < 512; ++k) {
        io.KeysDown[k] = false;
        state.KeyPressedLatch[k] = state.KeyReleaseDeferred[k] = state.KeyReleaseNextFrame[k] =
            false;
    }
    UpdateModifiers(io);
    for (int i = 0; i < kMouseButtons; ++i) state.MouseHeld[i] = false;
}

bool AnyPressSinceFrame(const ImGui_ImplSFML_InputState& state) {
    for (bool pressed : state.KeyPressedLatch)
        if (pressed) return true;
    for (bool pressed : state.MousePressedLatch)
        if (pressed) return true;
    return false;
}

void ApplyKey(int code, bool pressed, ImGuiIO& io, ImGui_ImplSFML_InputState& state) {
    if (pressed) {
        io.KeysDown[code] = true;
        state.KeyPressedLatch[code] = true;
        state.KeyReleaseDeferred[code] = state.KeyReleaseNextFrame[code] = false;
    } else if (AnyPressSinceFrame(state)) {
        // ImGui has not seen this key, or the chord it belongs to, down yet (xdotool sends
        // Ctrl down, = down, Ctrl up, = up): release it after the next frame.
        state.KeyReleaseDeferred[code] = true;
    } else {
        io.KeysDown[code] = false;
    }
    UpdateModifiers(io);
}

const char* GetClipboardText(void* user_data) {
    auto* bd = static_cast<ImGui_ImplSFML_Data*>(user_data);
    const auto utf8 = sf::Clipboard::getString().toUtf8();
    bd->ClipboardText.assign(utf8.begin(), utf8.end());
    return bd->ClipboardText.c_str();
}

void SetClipboardText(void*, const char* text) {
    const std::string utf8(text ? text : "");
    sf::Clipboard::setString(sf::String::fromUtf8(utf8.begin(), utf8.end()));
}

void LoadCursors(ImGui_ImplSFML_Data& bd) {
    const struct {
        ImGuiMouseCursor imgui;
        sf::Cursor::Type sfml;
    } kCursorMap[] = {
        {ImGuiMouseCursor_Arrow, sf::Cursor::Arrow},
        {ImGuiMouseCursor_TextInput, sf::Cursor::Text},
        {ImGuiMouseCursor_ResizeAll, sf::Cursor::SizeAll},
        {ImGuiMouseCursor_ResizeNS, sf::Cursor::SizeVertical},
        {ImGuiMouseCursor_ResizeEW, sf::Cursor::SizeHorizontal},
        {ImGuiMouseCursor_ResizeNESW, sf::Cursor::SizeBottomLeftTopRight},
        {ImGuiMouseCursor_ResizeNWSE, sf::Cursor::SizeTopLeftBottomRight},
        {ImGuiMouseCursor_Hand, sf::Cursor::Hand},
        {ImGuiMouseCursor_NotAllowed, sf::Cursor::NotAllowed},
    };
    for (const auto& entry : kCursorMap) {
        auto cursor = std::make_unique<sf::Cursor>();
        if (cursor->loadFromSystem(entry.sfml)) bd.Cursors[entry.imgui] = std::move(cursor);
    }
}

void UpdateMouseCursor(ImGui_ImplSFML_Data& bd) {
    const ImGuiIO& io = ImGui::GetIO();
    if (io.ConfigFlags & ImGuiConfigFlags_NoMouseCursorChange) return;
    const ImGuiMouseCursor wanted = ImGui::GetMouseCursor();
    const bool visible = !io.MouseDrawCursor && wanted != ImGuiMouseCursor_None;
    if (visible != bd.LastCursorVisible) {
        bd.Window->setMouseCursorVisible(visible);
        bd.LastCursorVisible = visible;
    }
    if (!visible || wanted == bd.LastCursor) return;
    const sf::Cursor* cursor =
        bd.Cursors[wanted] ? bd.Cursors[wanted].get() : bd.Cursors[ImGuiMouseCursor_Arrow].get();
    if (cursor) bd.Window->setMouseCursor(*cursor);
    bd.LastCursor = wanted;
}

}  // namespace

void ImGui_ImplSFML_SetKeyMap(ImGuiIO& io) {
    io.KeyMap[ImGuiKey_Tab] = sf::Keyboard::Tab;
    io.KeyMap[ImGuiKey_LeftArrow] = sf::Keyboard::Left;
    io.KeyMap[ImGuiKey_RightArrow] = sf::Keyboard::Right;
    io.KeyMap[ImGuiKey_UpArrow] = sf::Keyboard::Up;
    io.KeyMap[ImGuiKey_DownArrow] = sf::Keyboard::Down;
    io.KeyMap[ImGuiKey_PageUp] = sf::Keyboard::PageUp;
    io.KeyMap[ImGuiKey_PageDown] = sf::Keyboard::PageDown;
    io.KeyMap[ImGuiKey_Home] = sf::Keyboard::Home;
    io.KeyMap[ImGuiKey_End] = sf::Keyboard::End;
    io.KeyMap[ImGuiKey_Insert] = sf::Keyboard::Insert;
    io.KeyMap[ImGuiKey_Delete] = sf::Keyboard::Delete;
    io.KeyMap[ImGuiKey_Backspace] = sf::Keyboard::Backspace;
    io.KeyMap[ImGuiKey_Space] = sf::Keyboard::Space;
    io.KeyMap[ImGuiKey_Enter] = sf::Keyboard::Enter;
    io.KeyMap[ImGuiKey_Escape] = sf::Keyboard::Escape;
    io.KeyMap[ImGuiKey_KeyPadEnter] = -1;  // SFML 2.5 reports keypad Enter as Enter
    io.KeyMap[ImGuiKey_A] = sf::Keyboard::A;
    io.KeyMap[ImGuiKey_C] = sf::Keyboard::C;
    io.KeyMap[ImGuiKey_V] = sf::Keyboard::V;
    io.KeyMap[ImGuiKey_X] = sf::Keyboard::X;
    io.KeyMap[ImGuiKey_Y] = sf::Keyboard::Y;
    io.KeyMap[ImGuiKey_Z] = sf::Keyboard::Z;
}

ImGui_ImplSFML_EventResult ImGui_ImplSFML_ApplyEvent(const sf::Event& event, ImGuiIO& io,
                                                     ImGui_ImplSFML_InputState& state) {
    ImGui_ImplSFML_EventResult result;
    switch (event.type) {
        case sf::Event::KeyPressed:
        case sf::Event::KeyReleased:
            state.HasFocus = true;  // keys arrive only at the focused window
            if (IsValidKey(event.key.code)) {
                ApplyKey(event.key.code, event.type == sf::Event::KeyPressed, io, state);
                result.ForImGui = true;
            }
            break;
        case sf::Event::TextEntered:
            // Control characters (Escape, Backspace, Ctrl+letter) come through the key path.
            if (event.text.unicode >= 0x20 && event.text.unicode != 127) {
                io.AddInputCharacter(event.text.unicode);
                result.ForImGui = true;
            }
            break;
        case sf::Event::MouseMoved:
            io.MousePos = ImVec2(float(event.mouseMove.x), float(event.mouseMove.y));
            result.ForImGui = true;
            break;
        case sf::Event::MouseButtonPressed:
        case sf::Event::MouseButtonReleased: {
            const int button = event.mouseButton.button;
            io.MousePos = ImVec2(float(event.mouseButton.x), float(event.mouseButton.y));
            if (button >= 0 && button < kMouseButtons) {
                const bool pressed = event.type == sf::Event::MouseButtonPressed;
                state.MouseHeld[button] = pressed;
                if (pressed) state.MousePressedLatch[button] = true;
                if (pressed) state.HasFocus = true;
            }
            result.ForImGui = true;
            break;
        }
        case sf::Event::MouseWheelScrolled:
            // ImGui 1.86 turns Shift+vertical wheel into horizontal scrolling itself.
            if (event.mouseWheelScroll.wheel == sf::Mouse::VerticalWheel || io.KeyShift) {
                io.MouseWheel += event.mouseWheelScroll.delta;
            } else {
                io.MouseWheelH += event.mouseWheelScroll.delta;
            }
            result.ForImGui = true;
            break;
        case sf::Event::MouseLeft: {
            bool any_held = false;
            for (bool held : state.MouseHeld) any_held = any_held || held;
            if (!any_held) io.MousePos = ImVec2(-FLT_MAX, -FLT_MAX);  // keep drags alive
            result.ForImGui = true;
            break;
        }
        case sf::Event::LostFocus:
            // SFML sends no KeyReleased for keys let go in another window: forget them all.
            state.HasFocus = false;
            ClearHeldInput(io, state);
            io.AddFocusEvent(false);
            result.ForImGui = true;
            break;
        case sf::Event::GainedFocus:
            state.HasFocus = true;
            io.AddFocusEvent(true);
            result.ForImGui = true;
            break;
        case sf::Event::Resized:
            result.Resized = true;
            result.Width = event.size.width;
            result.Height = event.size.height;
            io.DisplaySize = ImVec2(float(event.size.width), float(event.size.height));
            result.ForImGui = true;
            break;
        case sf::Event::Closed:
            result.CloseRequested = true;
            break;
        default:  // MouseWheelMoved (deprecated duplicate), MouseEntered, joystick, touch...
            break;
    }
    return result;
}

void ImGui_ImplSFML_ApplyFrameInput(ImGuiIO& io, ImGui_ImplSFML_InputState& state) {
    for (int i = 0; i < kMouseButtons; ++i) {
        io.MouseDown[i] = state.MouseHeld[i] || state.MousePressedLatch[i];
        state.MousePressedLatch[i] = false;
    }
    // A key released before ImGui saw it down: down in this frame, up in the next.
    for (int k = 0; k < 512; ++k) {
        if (state.KeyReleaseNextFrame[k]) {
            io.KeysDown[k] = false;
            state.KeyReleaseNextFrame[k] = false;
        }
        if (state.KeyReleaseDeferred[k]) {
            state.KeyReleaseNextFrame[k] = true;
            state.KeyReleaseDeferred[k] = false;
        }
        state.KeyPressedLatch[k] = false;
    }
    UpdateModifiers(io);
}

bool ImGui_ImplSFML_Init(sf::RenderWindow& window) {
    ImGuiIO& io = ImGui::GetIO();
    IM_ASSERT(io.BackendPlatformUserData == nullptr && "Already initialized a platform backend!");
    auto* bd = IM_NEW(ImGui_ImplSFML_Data)();
    bd->Window = &window;
    io.BackendPlatformUserData = bd;
    io.BackendPlatformName = "imgui_impl_sfml (statecraft)";
    io.BackendFlags |= ImGuiBackendFlags_HasMouseCursors | ImGuiBackendFlags_HasSetMousePos;
    ImGui_ImplSFML_SetKeyMap(io);
    io.SetClipboardTextFn = SetClipboardText;
    io.GetClipboardTextFn = GetClipboardText;
    io.ClipboardUserData = bd;
    LoadCursors(*bd);
    const sf::Vector2u size = window.getSize();
    io.DisplaySize = ImVec2(float(size.x), float(size.y));
    return true;
}

void ImGui_ImplSFML_Shutdown() {
    ImGui_ImplSFML_Data* bd = GetBackendData();
    IM_ASSERT(bd != nullptr && "No platform backend to shutdown, or already shutdown?");
    ImGuiIO& io = ImGui::GetIO();
    io.BackendPlatformName = nullptr;
    io.BackendPlatformUserData = nullptr;
    io.GetClipboardTextFn = nullptr;
    io.SetClipboardTextFn = nullptr;
    io.ClipboardUserData = nullptr;
    IM_DELETE(bd);
}

ImGui_ImplSFML_EventResult ImGui_ImplSFML_ProcessEvent(const sf::Event& event) {
    ImGui_ImplSFML_Data* bd = GetBackendData();
    IM_ASSERT(bd != nullptr && "Did you call ImGui_ImplSFML_Init()?");
    const ImGui_ImplSFML_EventResult result =
        ImGui_ImplSFML_ApplyEvent(event, ImGui::GetIO(), bd->Input);
    if (result.Resized) {
        // SFML keeps the old view on resize, which would stretch anything SFML draws.
        bd->Window->setView(
            sf::View(sf::FloatRect(0.f, 0.f, float(result.Width), float(result.Height))));
    }
    return result;
}

void ImGui_ImplSFML_NewFrame() {
    ImGui_ImplSFML_Data* bd = GetBackendData();
    IM_ASSERT(bd != nullptr && "Did you call ImGui_ImplSFML_Init()?");
    ImGuiIO& io = ImGui::GetIO();
    const sf::Vector2u size = bd->Window->getSize();
    io.DisplaySize = ImVec2(float(size.x), float(size.y));
    io.DisplayFramebufferScale = ImVec2(1.f, 1.f);
    const float dt = bd->Clock.restart().asSeconds();
    io.DeltaTime = dt > 0.f ? dt : 1e-6f;  // ImGui asserts DeltaTime > 0
    if (io.WantSetMousePos) {
        sf::Mouse::setPosition(sf::Vector2i(int(io.MousePos.x), int(io.MousePos.y)), *bd->Window);
    }
    ImGui_ImplSFML_ApplyFrameInput(io, bd->Input);
    UpdateMouseCursor(*bd);
}

bool ImGui_ImplSFML_InputHeld() {
    const ImGui_ImplSFML_Data* bd = GetBackendData();
    if (!bd) return false;
    for (bool held : bd->Input.MouseHeld)
        if (held) return true;
    for (bool down : ImGui::GetIO().KeysDown)
        if (down) return true;
    return false;
}

int statecraft::letter_key_index(char letter) {
    if (letter < 'a' || letter > 'z') return -1;
    return sf::Keyboard::A + (letter - 'a');  // SFML numbers the letter keys A to Z in order
}
