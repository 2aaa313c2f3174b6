// Carries out the bank editor's intents on the app state: opens and creates banks, applies
// edits through EditableBank (undo/redo), saves atomically into the user's folder, asks about
// unsaved changes, keeps the lint list and the preview in step, and writes the recovery copy.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <vector>

#include "app/bank_catalog.h"
#include "app/store_writer.h"
#include "core/session/clock.h"
#include "ui/app_state.h"
#include "ui/intent.h"

namespace statecraft {

class Store;

struct EditorContext {
    const Clock& clock;
    const std::optional<BankSources>& catalog;  // rescanned after a save, if set
    // This computer's answers (item analysis beside each question), read once per opening.
    std::function<StoreLease()> read_store;
};

// Returns intents for the app controller to apply next (select the saved bank, start a quiz,
// quit): the editor never reaches into the quiz itself.
std::vector<Intent> apply_editor(AppState& state, const intent::editor::Action& action,
                                 const EditorContext& context);

// Every frame: the recovery copy (written at most once a minute while there are unsaved changes).
void tick_editor(AppState& state, std::int64_t now_ms);

// Whether the window may close now; if not, the editor shows its Save/Discard/Cancel prompt.
bool editor_allows_close(AppState& state);

}  // namespace statecraft
