// Item analysis as text (a table per bank, flagged questions marked), JSON and CSV.
#include <cstdio>
#include <nlohmann/json.hpp>

#include "core/io/csv.h"
#include "core/stats/item_analysis.h"

namespace statecraft {

namespace {

std::string fixed(double v, int digits = 2) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.*f", digits, v);
    return buf;
}

std::string maybe(const std::optional<double>& v) {
    return v ? fixed(*v) : "-";
}

std::string picks_text(const ItemFigures& f) {
    std::string out;
    for (const OptionFigure& o : f.options) {
        if (!out.empty()) out += " ";
        out += o.id + (o.correct ? "*" : "") + ":" + std::to_string(o.picks);
    }
    return out;
}

}  // namespace

std::string item_analysis_text(const std::vector<ItemFigures>& items) {
    std::string out;
    char line[512];
    std::snprintf(line, sizeof line, "%-28s %9s %8s %9s %7s %7s  %s\n", "question", "responses",
                  "facility", "point-bis", "27%-D", "flags", "options (* right: picks)");
    out += line;
    int flagged = 0;
    for (const ItemFigures& f : items) {
        std::snprintf(line, sizeof line, "%-28s %9lld %8s %9s %7s %7zu  %s\n",
                      f.question_id.c_str(), static_cast<long long>(f.responses),
                      fixed(f.facility).c_str(), maybe(f.point_biserial).c_str(),
                      maybe(f.upper_lower).c_str(), f.flags.size(), picks_text(f).c_str());
        out += line;
        if (!f.flags.empty()) ++flagged;
    }
    out += "\n" + std::to_string(items.size()) + " questions answered, " + std::to_string(flagged) +
           " flagged:\n";
    for (const ItemFigures& f : items)
        for (const std::string& flag : f.flags) out += "  " + f.question_id + ": " + flag + "\n";
    return out;
}

std::string item_analysis_json(const std::vector<ItemFigures>& items) {
    nlohmann::ordered_json all = nlohmann::ordered_json::array();
    for (const ItemFigures& f : items) {
        nlohmann::ordered_json j;
        j["question"] = f.question_id;
        j["category"] = f.category;
        j["type"] = f.type;
        j["responses"] = f.responses;
        j["students"] = f.students;
        j["facility"] = f.facility;
        j["point_biserial"] =
            f.point_biserial ? nlohmann::ordered_json(*f.point_biserial) : nullptr;
        j["upper_lower"] = f.upper_lower ? nlohmann::ordered_json(*f.upper_lower) : nullptr;
        j["options"] = nlohmann::ordered_json::array();
        for (const OptionFigure& o : f.options)
            j["options"].push_back(
                {{"id", o.id}, {"correct", o.correct}, {"picks", o.picks}, {"share", o.share}});
        j["flags"] = f.flags;
        all.push_back(std::move(j));
    }
    return nlohmann::ordered_json{{"items", all}}.dump(2) + "\n";
}

std::string item_analysis_csv(const std::vector<ItemFigures>& items) {
    std::string out;
    io::append_csv_record(out, {"question", "category", "type", "responses", "students", "facility",
                                "point_biserial", "upper_lower", "options", "flags"});
    for (const ItemFigures& f : items) {
        std::string flags;
        for (const std::string& flag : f.flags) flags += (flags.empty() ? "" : "; ") + flag;
        io::append_csv_record(
            out, {f.question_id, f.category, f.type, std::to_string(f.responses),
                  std::to_string(f.students), fixed(f.facility, 4),
                  f.point_biserial ? fixed(*f.point_biserial, 4) : "",
                  f.upper_lower ? fixed(*f.upper_lower, 4) : "", picks_text(f), flags});
    }
    return out;
}

}  // namespace statecraft
