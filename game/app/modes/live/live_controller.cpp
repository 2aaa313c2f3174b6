#include "app/modes/live/live_controller.h"

#include <type_traits>

namespace statecraft {

void apply_live_view_command(AppState& state, const LiveViewCommand& command) {
    LiveUiState& live = state.live;
    std::visit(
        [&](const auto& c) {
            using C = std::decay_t<decltype(c)>;
            if constexpr (std::is_same_v<C, live_view::Select>) {
                live.selected = c.player;
            } else if constexpr (std::is_same_v<C, live_view::Leave>) {
                live.closing = true;
                state.screen = Screen::home;
            } else {
                if (std::holds_alternative<live_cmd::Kick>(c.command)) live.selected = -1;
                live.to_host.push_back(c.command);
            }
        },
        command);
}

}  // namespace statecraft
