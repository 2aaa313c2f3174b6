#include "ui/screen_table.h"
#include "ui/screens.h"
#include "ui/widgets.h"

namespace statecraft {

Intent draw_app(const AppState& state, const Look& look) {
    const Keys keys = read_keys();
    ui::begin_screen("##statecraft");
    Intent banner;  // Retry: over every screen while answers wait unsaved
    draw_write_banner(state, look, banner);
    const Intent out = screen_entry(state.screen).draw(state, look, keys);
    ui::end_screen();
    return has_intent(banner) ? banner : out;
}

}  // namespace statecraft
