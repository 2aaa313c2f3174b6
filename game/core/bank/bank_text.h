// Puts every text of a bank in Unicode's composed form (NFC), so that what a teacher typed or
// imported compares equal to what a student types. Ids are ASCII slugs and stay as they are.
#pragma once

#include "core/bank/model.h"

namespace statecraft {

void normalize_question_text(Question& question);
void normalize_bank_text(Bank& bank);

}  // namespace statecraft
