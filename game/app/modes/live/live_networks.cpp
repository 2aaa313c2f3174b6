#include "app/modes/live/live_networks.h"

#include <arpa/inet.h>
#include <ifaddrs.h>
#include <net/if.h>
#include <netinet/in.h>

#include <algorithm>
#include <cstdlib>

namespace statecraft {

namespace {

std::string env_bind() {
    const char* v = std::getenv("STATECRAFT_LIVE_BIND");
    return v && *v ? std::string(v) : std::string();
}

bool is_loopback(const LiveNetwork& n) {
    return n.address.rfind("127.", 0) == 0;
}

}  // namespace

std::vector<LiveNetwork> list_live_networks() {
    std::vector<LiveNetwork> out;
    ifaddrs* list = nullptr;
    if (getifaddrs(&list) == 0) {
        for (ifaddrs* a = list; a; a = a->ifa_next) {
            if (!a->ifa_addr || a->ifa_addr->sa_family != AF_INET) continue;
            if (!(a->ifa_flags & IFF_UP)) continue;
            char text[INET_ADDRSTRLEN] = {};
            const auto* in = reinterpret_cast<const sockaddr_in*>(a->ifa_addr);
            if (!inet_ntop(AF_INET, &in->sin_addr, text, sizeof text)) continue;
            out.push_back({a->ifa_name ? a->ifa_name : "", text});
        }
        freeifaddrs(list);
    }
    // Classroom networks first, in the system's order; loopback last.
    std::stable_partition(out.begin(), out.end(),
                          [](const LiveNetwork& n) { return !is_loopback(n); });
    if (std::none_of(out.begin(), out.end(), is_loopback)) out.push_back({"lo", "127.0.0.1"});
    return out;
}

void refresh_live_networks(LiveSetupChoices& choices) {
    std::string picked;
    if (choices.network >= 0 && choices.network < static_cast<int>(choices.networks.size()))
        picked = choices.networks[choices.network].address;
    choices.networks = list_live_networks();
    choices.network = 0;
    for (int i = 0; i < static_cast<int>(choices.networks.size()); ++i)
        if (choices.networks[i].address == picked) choices.network = i;
    choices.forced_address = env_bind();
}

std::string picked_live_address(const LiveSetupChoices& choices) {
    if (choices.network >= 0 && choices.network < static_cast<int>(choices.networks.size()))
        return choices.networks[choices.network].address;
    return {};
}

std::string live_bind_address(const std::string& picked) {
    if (std::string forced = env_bind(); !forced.empty()) return forced;
    if (!picked.empty()) return picked;
    return list_live_networks().front().address;
}

}  // namespace statecraft
