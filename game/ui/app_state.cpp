#include "ui/app_state.h"

namespace statecraft {

std::shared_ptr<const Bank> BankEntry::bank() const {
    if (!loaded) return nullptr;
    return std::shared_ptr<const Bank>(loaded, &loaded->bank);
}

const Bank* AppState::briefing_bank() const {
    if (quiz.session) return &quiz.session->bank();
    if (home.selected >= 0 && home.selected < static_cast<int>(home.banks.size()))
        return &home.banks[home.selected].loaded->bank;
    return nullptr;
}

}  // namespace statecraft
