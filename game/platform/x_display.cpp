#include "platform/x_display.h"

#include <X11/Xlib.h>

#include <cstdlib>

namespace statecraft {

std::unique_ptr<XDisplayConnection> XDisplayConnection::open(std::string& problem) {
    const std::string hint =
        " (run in a desktop session, or under xvfb-run -a for tests and screenshots)";
    const char* name = std::getenv("DISPLAY");
    if (!name || !*name) {
        problem = "cannot open a window: DISPLAY is not set" + hint;
        return nullptr;
    }
    Display* display = XOpenDisplay(nullptr);
    if (!display) {
        problem = "cannot open a window: the X display \"" + std::string(name) +
                  "\" cannot be opened" + hint;
        return nullptr;
    }
    return std::unique_ptr<XDisplayConnection>(new XDisplayConnection(display));
}

XDisplayConnection::~XDisplayConnection() {
    XCloseDisplay(static_cast<Display*>(display_));
}

}  // namespace statecraft
