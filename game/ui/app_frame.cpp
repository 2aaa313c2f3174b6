#include "ui/screens.h"
#include "ui/widgets.h"

namespace statecraft {

Intent draw_app(const AppState& state, const Look& look) {
    const Keys keys = read_keys();
    ui::begin_screen("##statecraft");
    Intent banner;  // Retry: over every screen while answers wait unsaved
    draw_write_banner(state, look, banner);
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
        case Screen::review:
            out = draw_review(state, look, keys);
            break;
        case Screen::exam:
            out = draw_exam(state, look, keys);
            break;
        case Screen::exam_results:
            out = draw_exam_results(state, look, keys);
            break;
        case Screen::progress:
            out = draw_progress(state, look, keys);
            break;
        case Screen::classroom_setup:
            out = draw_classroom_setup(state, look, keys);
            break;
        case Screen::classroom:
        case Screen::podium:
            out = draw_classroom(state, look);
            break;
        case Screen::editor:
            out = draw_editor(state, look, keys);
            break;
    }
    ui::end_screen();
    return has_intent(banner) ? banner : out;
}

}  // namespace statecraft
