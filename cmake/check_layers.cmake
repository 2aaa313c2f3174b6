# The layers of game/, checked on every build (cmake -DGAME_DIR=... -DSTAMP=... -P this file):
#   core      knows nothing of the UI, the window, the network or the app: no ui/, platform/,
#             sync/, net/ or app/ headers, no ImGui, SFML, OpenGL, libpq, Boost.Asio/Beast or
#             socket headers;
#   platform  (window, fonts, input binding) includes no ui/, app/ or core/store/, no SQLite;
#   ui        (screens and widgets) draws state: no app/, no core/store/ or core/stats/ (the
#             figures come as plain data), no SQLite, no net/ (live figures come as a snapshot);
#   net       (the live server) moves messages: no ui/, platform/, app/, no store, no SQLite,
#             no ImGui or SFML.
# An include that breaks a rule fails the build, naming the file, the line and the rule.
cmake_minimum_required(VERSION 3.25)

set(forbidden_core
    "^(ui|platform|app|sync|net)/|^(imgui|SFML/|GL/|libpq-fe\\.h|boost/(asio|beast)|sys/socket\\.h|netinet/)")
set(forbidden_platform "^(ui|app|core/store)/|^sqlite3\\.h$")
set(forbidden_ui "^(app|sync|net|core/store|core/stats)/|^sqlite3\\.h$|^libpq-fe\\.h$")
set(forbidden_net "^(ui|platform|app|sync|core/store)/|^sqlite3\\.h$|^(imgui|SFML/)")
set(why_core "core must not include the UI, the window, the network or the app")
set(why_platform "platform must not include ui, app, the store or SQLite")
set(why_ui "ui must not include app, the network, the store, SQL or core/stats")
set(why_net "net must not include the UI, the window, the app or the store")

set(broken "")
foreach(layer core platform ui net)
  file(GLOB_RECURSE files "${GAME_DIR}/${layer}/*.h" "${GAME_DIR}/${layer}/*.cpp")
  foreach(file IN LISTS files)
    file(STRINGS "${file}" lines REGEX "^[ \t]*#[ \t]*include[ \t]*[<\"]")
    foreach(line IN LISTS lines)
      string(REGEX REPLACE "^[ \t]*#[ \t]*include[ \t]*[<\"]([^>\"]*)[>\"].*$" "\\1" header
                           "${line}")
      if(header MATCHES "${forbidden_${layer}}")
        file(RELATIVE_PATH rel "${GAME_DIR}/.." "${file}")
        string(APPEND broken "  ${rel}: #include ${header}  (${why_${layer}})\n")
      endif()
    endforeach()
  endforeach()
endforeach()

if(broken)
  message(FATAL_ERROR "Layer rules broken:\n${broken}")
endif()
file(WRITE "${STAMP}" "layers ok\n")
