// Constructed sf::Events for the platform tests: keys, typed text, mouse and window events,
// with no window and no X server.
#pragma once

#include <SFML/Window/Event.hpp>

namespace statecraft::testing {

inline sf::Event key_event(sf::Event::EventType type, sf::Keyboard::Key code) {
    sf::Event event{};
    event.type = type;
    event.key.code = code;
    event.key.alt = event.key.control = event.key.shift = event.key.system = false;
    return event;
}
inline sf::Event key_down(sf::Keyboard::Key code) {
    return key_event(sf::Event::KeyPressed, code);
}
inline sf::Event key_up(sf::Keyboard::Key code) {
    return key_event(sf::Event::KeyReleased, code);
}

inline sf::Event text(sf::Uint32 code_point) {
    sf::Event event{};
    event.type = sf::Event::TextEntered;
    event.text.unicode = code_point;
    return event;
}

inline sf::Event mouse_button(sf::Event::EventType type, sf::Mouse::Button button, int x, int y) {
    sf::Event event{};
    event.type = type;
    event.mouseButton.button = button;
    event.mouseButton.x = x;
    event.mouseButton.y = y;
    return event;
}
inline sf::Event press(int x, int y, sf::Mouse::Button b = sf::Mouse::Left) {
    return mouse_button(sf::Event::MouseButtonPressed, b, x, y);
}
inline sf::Event release(int x, int y, sf::Mouse::Button b = sf::Mouse::Left) {
    return mouse_button(sf::Event::MouseButtonReleased, b, x, y);
}

inline sf::Event move(int x, int y) {
    sf::Event event{};
    event.type = sf::Event::MouseMoved;
    event.mouseMove.x = x;
    event.mouseMove.y = y;
    return event;
}

inline sf::Event wheel(sf::Mouse::Wheel which, float delta) {
    sf::Event event{};
    event.type = sf::Event::MouseWheelScrolled;
    event.mouseWheelScroll.wheel = which;
    event.mouseWheelScroll.delta = delta;
    return event;
}

inline sf::Event simple(sf::Event::EventType type) {
    sf::Event event{};
    event.type = type;
    return event;
}

}  // namespace statecraft::testing
