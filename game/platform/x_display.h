// Can this process open a window at all? SFML 2.5 calls abort() when it cannot open the X
// display, so the window asks X itself first and turns a missing display into a message.
#pragma once

#include <memory>
#include <string>

namespace statecraft {

// A connection to the X display named by $DISPLAY, open while this object lives. The window
// holds it while SFML opens its own: when the only client of an X server disconnects, the
// server resets, and a connection tried during the reset fails (and SFML would abort).
class XDisplayConnection {
  public:
    // nullptr when the display cannot be opened; `problem` then says why and what to do.
    static std::unique_ptr<XDisplayConnection> open(std::string& problem);
    ~XDisplayConnection();
    XDisplayConnection(const XDisplayConnection&) = delete;
    XDisplayConnection& operator=(const XDisplayConnection&) = delete;

  private:
    explicit XDisplayConnection(void* display) : display_(display) {}
    void* display_;  // Display*: opaque, so Xlib's macros stay out of every other file
};

}  // namespace statecraft
