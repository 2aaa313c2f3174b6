#include "app/modes/live/live_controller.h"

#include <type_traits>

namespace statecraft {

void apply_live_command(AppState& state, const LiveCommand& command) {
    LiveUiState& live = state.live;
    std::visit(
        [&](const auto& c) {
            using C = std::decay_t<decltype(c)>;
            LiveSetupChoices& setup = state.classroom.setup.live;
            if constexpr (std::is_same_v<C, live_cmd::Select>) {
                live.selected = c.player;
            } else if constexpr (std::is_same_v<C, live_cmd::PickNetwork>) {
                if (c.index >= 0 && c.index < static_cast<int>(setup.networks.size()))
                    setup.network = c.index;
            } else if constexpr (std::is_same_v<C, live_cmd::SetCbm>) {
                setup.cbm = c.on;
            } else {
                if constexpr (std::is_same_v<C, live_cmd::Kick>) live.selected = -1;
                live.to_host.push_back(c);
                if constexpr (std::is_same_v<C, live_cmd::Leave>) state.screen = Screen::home;
            }
        },
        command);
}

}  // namespace statecraft
