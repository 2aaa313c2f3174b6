#include "platform/x_display.h"

#include <X11/Xlib.h>

#include <cstdlib>

namespace statecraft {

std::string x_display_problem() {
    const std::string hint =
        " (run in a desktop session, or under xvfb-run -a for tests and screenshots)";
    const char* name = std::getenv("DISPLAY");
    if (!name || !*name) return "cannot open a window: DISPLAY is not set" + hint;
    Display* display = XOpenDisplay(nullptr);
    if (!display)
        return "cannot open a window: the X display \"" + std::string(name) +
               "\" cannot be opened" + hint;
    XCloseDisplay(display);
    return {};
}

}  // namespace statecraft
