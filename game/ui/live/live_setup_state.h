// The live game's choices in the classroom set-up: which network the server listens on and
// whether players give their confidence (CBM). The app fills the list of networks when the
// set-up opens (app/modes/live/live_networks.h); the UI only shows and picks.
#pragma once

#include <string>
#include <vector>

namespace statecraft {

struct LiveNetwork {
    std::string interface_name;  // "wlan0"
    std::string address;         // "192.168.1.20" (IPv4)
};

struct LiveSetupChoices {
    std::vector<LiveNetwork> networks;  // the machine's IPv4 addresses, classroom ones first
    int network = 0;                    // index into networks
    std::string forced_address;         // $STATECRAFT_LIVE_BIND: shown, the picker is off
    bool cbm = false;                   // players give their confidence with each answer
};

}  // namespace statecraft
