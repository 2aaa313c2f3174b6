// The player page's files, read once from assets/web/ when the server starts: the server
// answers only with these (no file system access per request, so no listing and no traversal).
#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <string_view>

namespace statecraft::net {

struct WebFile {
    std::string content_type;
    std::string body;
};

class WebFiles {
  public:
    // Every regular file directly in dir with a known type and a plain name. error says why
    // the folder could not be read (the server then serves nothing but still runs the game).
    static WebFiles load(const std::filesystem::path& dir, std::string& error);

    // The file for a request target ("/" is index.html; the query string is ignored), or null
    // for anything else: sub-paths, "..", encoded characters, unknown names.
    const WebFile* find(std::string_view target) const;
    std::size_t size() const { return files_.size(); }

  private:
    std::map<std::string, WebFile, std::less<>> files_;
};

// The content type for a file name, or "" when it is not served.
std::string content_type_for(std::string_view name);
bool is_plain_file_name(std::string_view name);

// The headers every response carries (docs/live-protocol.md).
inline constexpr const char* kContentSecurityPolicy =
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'none'; "
    "frame-ancestors 'none'";

}  // namespace statecraft::net
