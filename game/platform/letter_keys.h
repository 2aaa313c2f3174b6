// ImGui 1.86 names only the letters of its own shortcuts (A, C, V, X, Y, Z). The platform
// binding says where io.KeysDown keeps the others, so a screen can offer Ctrl+S without
// knowing the windowing library.
#pragma once

namespace statecraft {

// The io.KeysDown index of a letter key, 'a' to 'z'; -1 for anything else.
int letter_key_index(char letter);

}  // namespace statecraft
