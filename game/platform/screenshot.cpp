#include "platform/screenshot.h"

#include <SFML/Graphics/Image.hpp>
#include <SFML/Graphics/RenderWindow.hpp>
#include <SFML/Graphics/Texture.hpp>

namespace statecraft {

bool save_window_screenshot(sf::RenderWindow& window, const std::filesystem::path& path,
                            std::string& error) {
    std::error_code ec;
    const std::filesystem::path parent = path.parent_path();
    if (!parent.empty() && !std::filesystem::is_directory(parent, ec)) {
        error = "cannot save screenshot " + path.string() + ": folder " + parent.string() +
                " does not exist";
        return false;
    }
    const sf::Vector2u size = window.getSize();
    sf::Texture texture;
    if (!texture.create(size.x, size.y)) {
        error = "cannot save screenshot: no texture of " + std::to_string(size.x) + "x" +
                std::to_string(size.y);
        return false;
    }
    texture.update(window);  // RenderWindow::capture() is deprecated; this is its replacement
    if (!texture.copyToImage().saveToFile(path.string())) {
        error = "cannot save screenshot " + path.string() +
                " (is the folder writable, and the extension .png, .bmp, .tga or .jpg?)";
        return false;
    }
    return true;
}

}  // namespace statecraft
