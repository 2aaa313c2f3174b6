#include "ui/screens.h"
#include "ui/widgets.h"

namespace statecraft {

Intent draw_app(const AppState& state, const Look& look) {
    const Keys keys = read_keys();
    ui::begin_screen("##statecraft");
    Intent out;
    switch (state.screen) {
        case Screen::home:
            out = draw_home(state, look, keys);
            break;
        case Screen::practice:
            out = draw_practice(state, look, keys);
            break;
        case Screen::results:
            out = draw_results(state, look, keys);
            break;
        case Screen::briefing:
            out = draw_briefing(state, look, keys);
            break;
        case Screen::editor:
            out = draw_editor(state, look, keys);
            break;
    }
    ui::end_screen();
    return out;
}

}  // namespace statecraft
