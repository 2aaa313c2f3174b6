// At start: the journals of live games that did not close normally (a crash, a kill, a power
// cut) are read, the answers of questions that never locked are stored (one transaction per
// question, into the game's own session row), and each journal whose answers are all stored is
// removed. Returns a note per journal for the user (Home shows the store's notes).
#pragma once

#include <string>
#include <vector>

namespace statecraft {

class Store;

std::vector<std::string> recover_live_journals(Store& store);

}  // namespace statecraft
