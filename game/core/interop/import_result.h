// What an import produced: the bank, and every message about the input with its line.
// Shared by the GIFT and CSV readers; the import command and the editor print it.
#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/bank/model.h"

namespace statecraft {

enum class ImportSeverity {
    error,    // the input is broken: nothing may be written
    skipped,  // a whole question was left out (a type the bank format does not have)
    note,     // part of a question could not be kept (e.g. a wildcard answer)
};

struct ImportMessage {
    ImportSeverity severity = ImportSeverity::error;
    int line = 0;  // 1-based line in the input; 0 when it concerns the whole file
    std::string message;
};

struct ImportOptions {
    std::string bank_id;     // forced; otherwise what the file says, else from source_path
    std::string bank_title;  // forced; otherwise what the file says, else from source_path
    std::filesystem::path source_path;  // the imported file, for the default id and title
    // Metadata (title, description, source sections, categories...) to start from; the
    // imported questions replace its questions. Lets refs point at an existing briefing.
    std::optional<Bank> base;
};

struct ImportResult {
    Bank bank;
    std::vector<ImportMessage> messages;
    int imported = 0;  // questions in the bank
    int skipped = 0;   // questions left out
    // Line of each imported question, by question id, to place validation errors.
    std::map<std::string, int> question_lines;

    bool ok() const;
    void add(ImportSeverity severity, int line, std::string message);
    // Orders messages by line (whole-file messages last), keeping the order within a line.
    void sort_messages();
};

// "FILE:LINE: error: message" (and "skipped", "note"), control characters and bytes that are
// not UTF-8 escaped. Commands print at most kMaxPrintedMessages (core/bank/diagnostic.h).
std::string format_import_message(const std::string& path, const ImportMessage& message);

// Bank id and title from a file name: "Unit 3 (Iran).gift.txt" -> "unit-3-iran", "Unit 3 (Iran)".
std::string bank_id_from_path(const std::filesystem::path& path);
std::string bank_title_from_path(const std::filesystem::path& path);

// The last step of every import: fills the bank's required fields (format, version, id,
// title, the default category), applies options.base, then runs the real validator on
// the bank's JSON and turns its errors into import errors placed at the question's line.
// Also an error when no question was imported. Does nothing more when the reader already
// found errors; sorts the messages by line in every case.
void finish_import(ImportResult& result, const ImportOptions& options);

// The category every question without one goes to.
inline constexpr const char* kDefaultCategoryId = "imported";
inline constexpr const char* kDefaultCategoryTitle = "Imported";

}  // namespace statecraft
