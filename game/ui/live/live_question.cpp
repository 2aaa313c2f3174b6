// The live question on the projector: number, round and countdown; the prompt; the options as
// coloured, lettered tiles (the same letters and colours as the players' page); how many have
// answered. After the lock the distribution (a bar per option), after the reveal the right
// options marked and the explanation; a peer-instruction question shows both votes side by side.
#include <imgui.h>

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <string>

#include "ui/live/live_palette.h"
#include "ui/live/live_view.h"
#include "ui/widgets.h"

namespace statecraft::ui {

namespace {

bool choice_type(QuestionType t) {
    return t == QuestionType::single || t == QuestionType::multiple ||
           t == QuestionType::true_false || t == QuestionType::poll;
}

// Types drawn as a spread of their own after the lock (live_spread_view.cpp).
bool spread_type(QuestionType t) {
    return t == QuestionType::estimate || t == QuestionType::matrix;
}

std::string answered_line(const LiveSnapshot& s) {
    return std::to_string(s.answered) + " of " + std::to_string(s.players) + " answered";
}

void header(const LiveSnapshot& s, const Look& look) {
    std::string left = "Question " + std::to_string(s.question_index + 1) + " of " +
                       std::to_string(s.question_count);
    left += " \xC2\xB7 " + answered_line(s);
    if (s.peer) left += s.vote_round == 2 ? " \xC2\xB7 vote 2" : " \xC2\xB7 vote 1";
    text_in_font(look.heading, left);
    std::string clock;
    ImVec4 colour = look.muted;
    if (s.phase == LivePhase::question) {
        clock = std::to_string((s.remaining_ms + 999) / 1000);
        colour = s.remaining_ms <= 5000 ? look.wrong : look.accent;
    } else if (s.phase == LivePhase::locked) {
        clock = "Locked";
    }
    if (!clock.empty()) {
        ImFont* big = look.title ? look.title : ImGui::GetFont();
        const float w = big->CalcTextSizeA(big->FontSize, FLT_MAX, 0, clock.c_str()).x;
        ImGui::SameLine();
        align_right(w);
        ImGui::PushFont(big);
        ImGui::SetCursorPosY(ImGui::GetCursorPosY() -
                             (big->FontSize - ImGui::GetFontSize()) * 0.5f);
        ImGui::TextColored(colour, "%s", clock.c_str());
        ImGui::PopFont();
    }
    if (s.phase == LivePhase::question && s.limit_ms > 0) {
        ImGui::PushStyleColor(ImGuiCol_PlotHistogram, colour);
        ImGui::ProgressBar(
            std::clamp(static_cast<float>(s.remaining_ms) / s.limit_ms, 0.f, 1.f),
            ImVec2(column_end() - ImGui::GetCursorPosX(), ImGui::GetFontSize() * 0.35f), "");
        ImGui::PopStyleColor();
    }
}

// The options in two columns of coloured tiles: letter, then the text, wrapped.
void option_tiles(const LiveSnapshot& s, const Look& look) {
    const float em = ImGui::GetFontSize();
    const float gap = ImGui::GetStyle().ItemSpacing.x;
    const float width = column_end() - ImGui::GetCursorPosX();
    const int n = static_cast<int>(s.options.size());
    const int columns = n > 2 ? 2 : n;
    if (columns == 0) return;
    const float tile_w = std::floor((width - gap * (columns - 1)) / columns);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    ImFont* font = look.heading ? look.heading : ImGui::GetFont();
    const float size = font->FontSize;
    for (int row = 0; row * columns < n; ++row) {
        const ImVec2 top = ImGui::GetCursorScreenPos();
        float row_h = size * 2.2f;
        for (int c = 0; c < columns && row * columns + c < n; ++c) {
            const std::string& t = s.options[row * columns + c];
            const float text_w = tile_w - size * 2.4f;
            row_h = std::max(row_h,
                             font->CalcTextSizeA(size, FLT_MAX, text_w, t.c_str()).y + size * 0.6f);
        }
        for (int c = 0; c < columns && row * columns + c < n; ++c) {
            const int k = row * columns + c;
            const float x = top.x + c * (tile_w + gap);
            dl->AddRectFilled(ImVec2(x, top.y), ImVec2(x + tile_w, top.y + row_h),
                              ImGui::GetColorU32(live_option_colour(k)), em * 0.25f);
            const std::string letter = live_option_letter(k);
            dl->AddText(font, size, ImVec2(x + size * 0.6f, top.y + size * 0.6f), IM_COL32_WHITE,
                        letter.c_str());
            dl->AddText(font, size, ImVec2(x + size * 1.9f, top.y + size * 0.6f), IM_COL32_WHITE,
                        s.options[k].c_str(), nullptr, tile_w - size * 2.4f);
        }
        ImGui::Dummy(ImVec2(width, row_h));
    }
}

// Right / partly / wrong / no answer after the reveal of a question without per-option bars.
void outcome_bars(const LiveSnapshot& s, const Look& look, float width, float height) {
    const std::vector<LiveBar> bars = {
        {"Right", s.right, look.correct, true},
        {"Partly", s.partly, look.accent},
        {"Wrong", s.wrong, look.wrong},
        {"No answer", s.unanswered, look.muted},
    };
    draw_live_bars(bars, look, width, height);
}

// The options' texts under their letters, in one wrapped run: "A text   B text ...".
void legend(const LiveSnapshot& s, const Look& look) {
    const float right = column_end();
    for (int k = 0; k < static_cast<int>(s.options.size()); ++k) {
        const std::string item = s.options[k];
        const std::string letter = live_option_letter(k);
        const float w = ImGui::CalcTextSize((letter + "  " + item).c_str()).x;
        if (k > 0) {
            ImGui::SameLine(0, ImGui::GetFontSize() * 1.5f);
            if (ImGui::GetCursorPosX() + w > right) ImGui::NewLine();
        }
        const bool right_one = s.phase == LivePhase::reveal &&
                               k < static_cast<int>(s.option_correct.size()) && s.option_correct[k];
        ImGui::PushFont(look.heading);
        ImGui::TextColored(live_option_colour(k), "%s", letter.c_str());
        ImGui::PopFont();
        ImGui::SameLine();
        ImGui::PushTextWrapPos(-1.f);
        if (right_one)
            ImGui::TextColored(look.correct, "%s", item.c_str());
        else
            ImGui::TextUnformatted(item.c_str());
        ImGui::PopTextWrapPos();
    }
}

float legend_height(const LiveSnapshot& s, float width) {
    std::string all;
    for (int k = 0; k < static_cast<int>(s.options.size()); ++k)
        all += "A  " + s.options[k] + "      ";
    const float line = ImGui::GetTextLineHeightWithSpacing() * 1.2f;
    return line * std::ceil(std::max(1.f, ImGui::CalcTextSize(all.c_str()).x / width));
}

// The bars of this question: per option (choice types; both votes of a peer-instruction
// question side by side), or right / partly / wrong / no answer (other types, once revealed).
void bars(const LiveSnapshot& s, const Look& look, float width, float height) {
    const float em = ImGui::GetFontSize();
    const bool revealed = s.phase == LivePhase::reveal;
    const std::vector<bool> none;
    const std::vector<bool>& correct = revealed ? s.option_correct : none;
    if (s.type == QuestionType::estimate) {
        draw_live_estimate_spread(s, look, width, height);
    } else if (s.type == QuestionType::matrix) {
        draw_live_matrix_tally(s, look, width, height);
    } else if (!choice_type(s.type)) {
        outcome_bars(s, look, width, height);
    } else if (s.peer && (s.vote_round == 2 || revealed)) {
        const float gap = em * 2.f;
        const float half = std::floor((width - gap) / 2);
        const ImVec2 at = ImGui::GetCursorScreenPos();
        text("Vote 1: " + std::to_string(s.right_in_round[0]) + " right");
        ImGui::SetCursorScreenPos(ImVec2(at.x + half + gap, at.y));
        text("Vote 2: " + std::to_string(s.right_in_round[1]) + " right");
        const float top = ImGui::GetCursorScreenPos().y;
        const float bar_h = std::max(em * 4.5f, height - (top - at.y));
        ImGui::SetCursorScreenPos(ImVec2(at.x, top));
        draw_live_bars(option_bars(s.distribution[0], correct), look, half, bar_h);
        ImGui::SetCursorScreenPos(ImVec2(at.x + half + gap, top));
        draw_live_bars(option_bars(s.distribution[1], correct), look, half, bar_h);
        ImGui::SetCursorScreenPos(ImVec2(at.x, top + bar_h));
        ImGui::Dummy(ImVec2(width, 0));
    } else {
        draw_live_bars(option_bars(s.distribution[s.vote_round == 2 ? 1 : 0], correct), look, width,
                       height);
    }
}

// Under the bars: the options' texts (an estimate's median), then after the reveal the counts.
void after_bars(const LiveSnapshot& s, const Look& look) {
    if (choice_type(s.type)) legend(s, look);
    if (s.type == QuestionType::estimate) muted(look, live_estimate_summary(s));
    if (s.phase != LivePhase::reveal) return;
    if (s.peer) {
        const int moved = s.right_in_round[1] - s.right_in_round[0];
        text_colored(look.correct, (moved >= 0 ? "+" : "") + std::to_string(moved) +
                                       " moved to the right answer");
    } else if (!s.graded) {
        muted(look, "Poll: " + std::to_string(s.answered) +
                        (s.answered == 1 ? " vote, no points" : " votes, no points"));
    } else if (choice_type(s.type) || spread_type(s.type)) {
        std::string counts = std::to_string(s.right) + " right";
        if (s.partly > 0) counts += " \xC2\xB7 " + std::to_string(s.partly) + " partly";
        counts += " \xC2\xB7 " + std::to_string(s.wrong) + " wrong";
        if (s.unanswered > 0) counts += " \xC2\xB7 " + std::to_string(s.unanswered) + " none";
        muted(look, counts);
    }
}

// The explanation as it fits the projector: whole, or (too long for the room left) a pointer
// to the devices, which show every explanation after the reveal.
constexpr const char* kExplanationOnDevices = "The explanation is on every device.";

void distribution(const LiveSnapshot& s, const Look& look) {
    const float em = ImGui::GetFontSize();
    const float width = column_end() - ImGui::GetCursorPosX();
    const bool revealed = s.phase == LivePhase::reveal;
    if (!choice_type(s.type) && !spread_type(s.type) && !revealed) {
        text_in_font(look.title, answered_line(s), &look.accent);
        return;
    }
    const float avail = ImGui::GetContentRegionAvail().y;
    const float line = ImGui::GetTextLineHeightWithSpacing();
    // Wide enough: the explanation beside the bars, so both fit at 200 % on 1280x720.
    const bool beside = revealed && !s.explanation.empty() && width >= 26.f * em &&
                        s.type != QuestionType::matrix;  // a grid needs the whole width
    const float bars_w = beside ? std::floor(width * 0.56f) : width;
    float below =
        (choice_type(s.type) ? legend_height(s, bars_w) : 0.f) + (revealed ? line * 1.3f : 0.f);
    if (s.type == QuestionType::estimate)
        below +=
            line +
            ImGui::CalcTextSize(live_estimate_summary(s).c_str(), nullptr, false, bars_w - em).y;
    // The smallest the bars (or a matrix's grid in its smallest print) may get.
    const float least =
        s.type == QuestionType::matrix ? (s.matrix.rows.size() + 1) * em * 0.9f : em * 3.5f;
    std::string why = s.explanation;
    auto why_h = [&] { return line + ImGui::CalcTextSize(why.c_str(), nullptr, false, width).y; };
    if (revealed && !beside && !why.empty()) {
        if (avail - below - why_h() - em < least) why = kExplanationOnDevices;
        if (avail - below - why_h() - em < least) why.clear();  // not even the pointer fits
        if (!why.empty()) below += why_h();
    }
    const float most = s.type == QuestionType::matrix ? FLT_MAX : em * 12.f;
    const float height = std::clamp(avail - below - em, least, std::max(least, most));
    if (!beside) {
        bars(s, look, width, height);
        after_bars(s, look);
        if (revealed && !why.empty()) {
            rule();
            why == kExplanationOnDevices ? muted(look, why) : text(why);
        }
        return;
    }
    if (!ImGui::BeginTable("reveal", 2, ImGuiTableFlags_SizingFixedFit, ImVec2(width, 0))) return;
    ImGui::TableSetupColumn("bars", ImGuiTableColumnFlags_WidthFixed, bars_w);
    ImGui::TableSetupColumn("why", ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableNextColumn();
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + bars_w - em);
    bars(s, look, bars_w - em, std::clamp(avail - below - em, least, em * 12.f));
    after_bars(s, look);
    ImGui::PopTextWrapPos();
    ImGui::TableNextColumn();
    const float why_w = width - bars_w - em;
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + ImGui::GetContentRegionAvail().x);
    text_in_font(look.heading, "Why");
    if (line * 1.6f + ImGui::CalcTextSize(why.c_str(), nullptr, false, why_w).y > avail)
        muted(look, kExplanationOnDevices);
    else
        text(why);
    ImGui::PopTextWrapPos();
    ImGui::EndTable();
}

void typed_items(const LiveSnapshot& s, const Look& look) {
    const char* how = s.type == QuestionType::matching       ? "Match each line on your device."
                      : s.type == QuestionType::ordering     ? "Put them in order on your device."
                      : s.type == QuestionType::short_answer ? "Type your answer on your device."
                      : s.type == QuestionType::estimate     ? "Type your estimate on your device."
                      : s.type == QuestionType::matrix
                          ? "Mark each piece of evidence against each hypothesis on your device."
                          : "";
    muted(look, how);
    if (s.type == QuestionType::estimate && !s.estimate.unit.empty())
        text_in_font(look.heading, "In " + s.estimate.unit);
    if (s.type == QuestionType::matrix) {
        std::string hypotheses;
        for (const std::string& c : s.matrix.columns)
            hypotheses += (hypotheses.empty() ? "" : "  \xC2\xB7  ") + c;
        text_in_font(look.heading, hypotheses);
    }
    option_tiles(s, look);
}

}  // namespace

void draw_live_question(const LiveSnapshot& s, const Look& look) {
    header(s, look);
    const bool open = s.phase == LivePhase::question;
    const bool tall = ImGui::GetContentRegionAvail().y > 20.f * ImGui::GetFontSize();
    ImFont* prompt_font = open && tall && s.prompt.size() <= 90 ? look.title : look.heading;
    text_in_font(prompt_font, s.prompt);
    if (open) {
        ImGui::Spacing();
        if (choice_type(s.type))
            option_tiles(s, look);
        else
            typed_items(s, look);
        // The count large too, when the screen has the room (it is also in the header).
        if (ImGui::GetContentRegionAvail().y > 4.f * ImGui::GetFontSize()) {
            ImGui::Spacing();
            text_in_font(look.title, answered_line(s), &look.accent);
        }
        if (s.peer && s.vote_round == 1)
            muted(look, "Vote on your own: the answer is not shown after this vote.");
        return;
    }
    distribution(s, look);
}

void centred_text(ImFont* font, float size, float x, float w, float y, ImU32 colour,
                  const std::string& s) {
    if (!font) font = ImGui::GetFont();
    const float tw = font->CalcTextSizeA(size, FLT_MAX, 0, s.c_str()).x;
    ImGui::GetWindowDrawList()->AddText(font, size, ImVec2(x + std::max(0.f, (w - tw) / 2), y),
                                        colour, s.c_str());
}

std::vector<LiveBar> option_bars(const std::vector<int>& counts, const std::vector<bool>& correct) {
    std::vector<LiveBar> bars;
    for (int k = 0; k < static_cast<int>(counts.size()); ++k) {
        LiveBar b{live_option_letter(k), counts[k], live_option_colour(k)};
        if (!correct.empty()) {
            b.right = k < static_cast<int>(correct.size()) && correct[k];
            b.dimmed = !b.right;
        }
        bars.push_back(std::move(b));
    }
    return bars;
}

void draw_live_bars(const std::vector<LiveBar>& bars, const Look& look, float width, float height) {
    const int n = static_cast<int>(bars.size());
    if (n == 0) return;
    const float em = ImGui::GetFontSize();
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const float slot = width / n;
    const float bar_w = std::min(slot * 0.7f, em * 6.f);
    int most = 1;
    for (const LiveBar& b : bars) most = std::max(most, b.count);
    ImFont* font = look.heading ? look.heading : ImGui::GetFont();
    const float size = font->FontSize;
    const float label_h = size * 1.3f, count_h = size * 1.3f;
    const float usable = std::max(em, height - label_h - count_h);
    const float bottom = at.y + count_h + usable;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    for (int k = 0; k < n; ++k) {
        const LiveBar& b = bars[k];
        ImVec4 colour = b.colour;
        if (b.dimmed) colour.w = 0.35f;
        const float x = at.x + k * slot + (slot - bar_w) / 2;
        const float h = std::max(em * 0.15f, usable * b.count / most);
        dl->AddRectFilled(ImVec2(x, bottom - h), ImVec2(x + bar_w, bottom),
                          ImGui::GetColorU32(colour), em * 0.15f);
        centred_text(font, size, x, bar_w, bottom - h - count_h, ImGui::GetColorU32(ImGuiCol_Text),
                     std::to_string(b.count));
        const ImVec4 label_colour =
            b.right ? look.correct : ImGui::GetStyle().Colors[ImGuiCol_Text];
        centred_text(font, size, at.x + k * slot, slot, bottom + em * 0.1f,
                     ImGui::GetColorU32(label_colour), (b.right ? "\xE2\x9C\x93 " : "") + b.label);
    }
    ImGui::Dummy(ImVec2(width, height));
}

}  // namespace statecraft::ui
