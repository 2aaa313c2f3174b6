#include "app/app_look.h"

#include "platform/fonts.h"
#include "platform/theme.h"

namespace statecraft {

Look current_look(bool high_contrast) {
    const Palette palette = theme_palette(high_contrast);
    Look look;
    look.heading = heading_font();
    look.title = title_font();
    look.muted = palette.muted_text;
    look.accent = palette.accent;
    look.correct = palette.correct;
    look.wrong = palette.wrong;
    return look;
}

}  // namespace statecraft
