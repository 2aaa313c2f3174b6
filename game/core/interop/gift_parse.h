// The syntax layer of the GIFT reader: splits a file into blocks and parses one block
// the way Moodle's qformat_gift::readquestion does (question/format/gift/format.php),
// without deciding how the result maps onto a bank. See gift_reader.h for that.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace statecraft::gift {

enum class TextFormat { moodle, html, plain, markdown };

// One question's lines: a whitespace-only line ends a block. Comment lines ("//") are
// kept apart (for tags, ids and [statecraft:...] annotations) and blanked in the text.
struct Block {
    int line = 0;          // line of the block's first line
    std::string text;      // its lines joined by '\n', comment lines replaced by ' '
    std::string comments;  // its comment lines, each ending in '\n'
};

std::vector<Block> split_blocks(std::string_view text);

struct Answer {
    std::string text;
    std::string feedback;
    double weight = 0;  // 1 for "=", n/100 for "%n%", else the type's default
    bool full = false;  // written with '=' (multiple choice)
    int line = 0;
};

enum class Kind {
    empty,
    category,
    description,
    essay,
    numerical,
    multichoice,
    matching,
    truefalse,
    shortanswer
};

struct Item {
    Kind kind = Kind::empty;
    int line = 0;
    std::string error;  // non-empty: the block is broken (the message says why)

    std::string category_path;  // Kind::category
    std::string name;           // from ::name::, empty when none
    std::string prompt;         // question text with the answer block removed (or "_____")
    TextFormat format = TextFormat::moodle;
    std::string general_feedback;
    bool single = false;                                     // multichoice with an '=' answer
    std::vector<Answer> answers;                             // multichoice, shortanswer
    std::vector<std::pair<std::string, std::string>> pairs;  // matching; empty left: distractor
    bool truth = false;                                      // truefalse
    std::string numerical;       // numerical: the answers after '#' (gift_numerical.h reads them)
    std::string wrong_feedback;  // truefalse: shown for the wrong response (slot 1)
    std::string right_feedback;  // truefalse: shown for the right response (slot 2)

    std::string idnumber;                            // first [id:...] in the comments
    std::vector<std::string> tags;                   // every [tag:...]
    std::map<std::string, std::string> annotations;  // [statecraft:key=value]
};

Item parse_block(const Block& block);

// Moodle's escapedchar_pre: "\\" first (a literal backslash that escapes nothing), then
// \: \# \= \{ \} \~ \n become bytes that never occur in UTF-8, so the parser cannot take
// them for syntax; escape_post turns them back into characters.
std::string escape_pre(std::string_view text);
std::string escape_post(std::string_view text);

// Text as Moodle would store it, then made plain: placeholders back to characters, HTML
// (in [html] text, or [moodle] text that contains tags) turned into plain text, the ends
// of lines trimmed. [plain] and [markdown] text is kept as written.
std::string finish_text(std::string_view escaped, TextFormat format);

// "1st", "2nd", "3rd", "4th", ... "11th", "12th", "13th", "21st": the positions an ordering
// question is written as in GIFT (a matching of items to positions).
std::string ordinal_position(int n);

// Moodle's [tag:...] / [id:...] extraction from comment text, generalised to any key.
std::vector<std::string> extract_bracket_values(std::string_view comments, std::string_view key);

}  // namespace statecraft::gift
