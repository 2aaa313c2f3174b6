// The networks a live game can listen on: this machine's IPv4 addresses (getifaddrs), those of
// interfaces that are up and not loopback first (a classroom's Wi-Fi or cable), loopback last
// ("this computer only"). $STATECRAFT_LIVE_BIND overrides the teacher's pick.
#pragma once

#include <string>
#include <vector>

#include "ui/live/live_setup_state.h"

namespace statecraft {

std::vector<LiveNetwork> list_live_networks();

// Fills the set-up's list again (interfaces come and go), keeping the picked address when it
// is still there, else the first (the classroom network, as before there was a picker).
void refresh_live_networks(LiveSetupChoices& choices);

// The address the set-up's pick stands for ("" when the list is empty).
std::string picked_live_address(const LiveSetupChoices& choices);

// Where the server listens: $STATECRAFT_LIVE_BIND, else `picked`, else the first non-loopback
// address, else 127.0.0.1.
std::string live_bind_address(const std::string& picked);

}  // namespace statecraft
