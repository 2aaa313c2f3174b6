// Saving what the window shows, for the --screenshot flag, README images and tests.
#pragma once

#include <filesystem>
#include <string>

namespace sf {
class RenderWindow;
}

namespace statecraft {

// Copies the back buffer (call after rendering and BEFORE display()) into a PNG/BMP/TGA/JPG
// chosen by the file's extension. Returns false with a message a person can act on.
bool save_window_screenshot(sf::RenderWindow& window, const std::filesystem::path& path,
                            std::string& error);

}  // namespace statecraft
