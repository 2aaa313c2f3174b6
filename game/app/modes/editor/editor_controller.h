// Carries out the bank editor's intents on the app state: opens and creates banks, applies
// edits through EditableBank (undo/redo), saves atomically into the user's folder, asks about
// unsaved changes, keeps the lint list and the preview in step, and writes the recovery copy.
#pragma once

#include <vector>

#include "app/services.h"
#include "ui/app_state.h"
#include "ui/intent.h"

namespace statecraft {

// The services' catalog is scanned again after a save (if set); the score store's answers
// (item analysis beside each question) are read once per opening. Returns intents for the app
// controller to apply next (select the saved bank, start a quiz, quit): the editor never
// reaches into the quiz itself.
std::vector<Intent> apply_editor_command(AppState& state, const EditorCommand& command,
                                         Services& services);

// Every frame: the recovery copy (written at most once a minute while there are unsaved changes).
void tick_editor(AppState& state, Services& services);

// Whether the window may close now; if not, the editor shows its Save/Discard/Cancel prompt.
bool editor_allows_close(AppState& state);

}  // namespace statecraft
