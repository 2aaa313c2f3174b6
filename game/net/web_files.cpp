#include "net/web_files.h"

#include <fstream>
#include <sstream>

namespace statecraft::net {

std::string content_type_for(std::string_view name) {
    static const std::pair<const char*, const char*> kTypes[] = {
        {".html", "text/html; charset=utf-8"},
        {".js", "text/javascript; charset=utf-8"},
        {".css", "text/css; charset=utf-8"},
        {".svg", "image/svg+xml"},
        {".png", "image/png"},
        {".json", "application/json"},
        {".ico", "image/x-icon"},
        {".woff2", "font/woff2"}};
    for (const auto& [ext, type] : kTypes) {
        const std::string_view e(ext);
        if (name.size() > e.size() && name.substr(name.size() - e.size()) == e) return type;
    }
    return {};
}

bool is_plain_file_name(std::string_view name) {
    if (name.empty() || name.size() > 100 || name.front() == '.') return false;
    for (char c : name) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                        (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-';
        if (!ok) return false;
    }
    return name.find("..") == std::string_view::npos;
}

WebFiles WebFiles::load(const std::filesystem::path& dir, std::string& error) {
    WebFiles files;
    std::error_code ec;
    std::filesystem::directory_iterator it(dir, ec);
    if (ec) {
        error = "cannot read the player page folder " + dir.string() + ": " + ec.message();
        return files;
    }
    for (const auto& entry : it) {
        const std::string name = entry.path().filename().string();
        const std::string type = content_type_for(name);
        if (!entry.is_regular_file(ec) || entry.is_symlink(ec) || type.empty() ||
            !is_plain_file_name(name))
            continue;
        std::ifstream in(entry.path(), std::ios::binary);
        std::ostringstream body;
        body << in.rdbuf();
        files.files_[name] = {type, body.str()};
    }
    if (!files.files_.count("index.html"))
        error = "the player page folder " + dir.string() + " has no index.html";
    return files;
}

const WebFile* WebFiles::find(std::string_view target) const {
    const std::size_t query = target.find('?');
    if (query != std::string_view::npos) target = target.substr(0, query);
    if (target == "/") target = "/index.html";
    if (target.size() < 2 || target.front() != '/') return nullptr;
    const std::string_view name = target.substr(1);
    if (!is_plain_file_name(name)) return nullptr;
    const auto it = files_.find(name);
    return it == files_.end() ? nullptr : &it->second;
}

}  // namespace statecraft::net
