// The app's keyboard shortcuts, read once per frame from ImGuiIO without knowing the platform:
// digits and letters come from the typed characters, the rest from ImGui's named keys.
// Nothing is reported while a text field has the keyboard (its keys are its own).
#pragma once

namespace statecraft {

struct Keys {
    bool typing = false;  // a text field had the keyboard at the start of the frame
    int digit = 0;        // 1..9 typed this frame
    char letter = 0;      // a..z typed this frame, lower case
    bool plus = false;    // '+' or '='
    bool minus = false;   // '-'
    bool enter = false;
    bool escape = false;
    bool alt_up = false;    // Alt+Up: move the selected item up / the previous row
    bool alt_down = false;  // Alt+Down
    // Arrows without Alt: the selected cell of a matrix question.
    bool up = false, down = false, left = false, right = false;
};

// Call between NewFrame and the first widget.
Keys read_keys();

}  // namespace statecraft
