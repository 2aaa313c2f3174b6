#include "core/store/question_hash.h"

#include "core/bank/bank_loader.h"
#include "core/bank/bank_writer.h"
#include "core/store/records.h"

namespace statecraft {

std::string question_hash(const Question& question) {
    return content_hash_hex(question_json_text(question));
}

AttemptRecord AttemptRecord::for_question(const Question& question) {
    AttemptRecord record;
    record.question_id = question.id;
    record.question_hash = statecraft::question_hash(question);
    record.category = question.category;
    return record;
}

}  // namespace statecraft
