// The screens' fonts and colours, taken from the platform's theme for this frame (fonts are
// rebuilt when the scale changes, so the pointers are fetched anew each frame).
#pragma once

#include "ui/look.h"

namespace statecraft {

Look current_look(bool high_contrast);

}  // namespace statecraft
