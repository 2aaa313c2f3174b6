#!/usr/bin/env bash
# Issue 18: builds the Debian package, checks it with lintian, desktop-file-validate and
# appstreamcli, checks the man page and the bash completion, unpacks it with dpkg-deb -x into an
# empty folder, and runs the unpacked program with the source tree out of reach.
# Args: BUILD_DIR SOURCE_DIR (a Release build; the sanitizer build is not what ships).
set -euo pipefail
build=$(cd "$1" && pwd)
src=$(cd "$2" && pwd)
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d /tmp/statecraft-package.XXXXXX)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

# 1. The package: only the program and the packaging files are built (the install rules do not
#    depend on "all"), then CPack writes the .deb into this test's own folder.
cmake --build "$build" --target statecraft statecraft_package_files >"$work/build.log" 2>&1 ||
    { cat "$work/build.log"; fail "build (the packaging tools come with bash .ci/install-deps.sh)"; }
(cd "$build" && cpack -G DEB -B "$work/out" >"$work/cpack.log") || { cat "$work/cpack.log"; fail "cpack"; }
deb=$(ls "$work"/out/statecraft_*.deb)
dpkg-deb -f "$deb" Depends | grep -q "fonts-dejavu-core" || fail "Depends lacks fonts-dejavu-core"
dpkg-deb -f "$deb" Depends | grep -q "libsfml-graphics" || fail "shlibdeps found no SFML"
dpkg-deb -f "$deb" Depends | grep -q "libpq5" || fail "Depends lacks libpq5 (dlopen'ed, unseen by shlibdeps)"

# 2. lintian: no errors (warnings and notes are printed for the reader).
status=0
lintian --fail-on error "$deb" >"$work/lintian.out" 2>&1 || status=$?
grep -v "running with root privileges" "$work/lintian.out" || true
[ "$status" -eq 0 ] || fail "lintian reports errors"

# 3. Unpacked into an empty folder, exactly as dpkg would lay it out under /.
root=$work/root
mkdir "$root"
dpkg-deb -x "$deb" "$root"
for f in usr/bin/statecraft usr/share/doc/statecraft/copyright usr/share/man/man1/statecraft.1.gz \
    usr/share/bash-completion/completions/statecraft usr/share/mime/packages/statecraft.xml \
    usr/share/icons/hicolor/scalable/apps/statecraft.svg \
    usr/share/icons/hicolor/48x48/apps/statecraft.png; do
    [ -f "$root/$f" ] || fail "the package lacks /$f"
done
# Every file of questions/ is shipped, whatever banks it holds.
(cd "$src/questions" && find . -type f | sort) >"$work/wanted"
(cd "$root/usr/share/statecraft/questions" && find . -type f | sort) >"$work/shipped"
diff "$work/wanted" "$work/shipped" || fail "the shipped questions/ differs from the source's"

# 4. Desktop integration files, as installed.
desktop-file-validate "$root"/usr/share/applications/*.desktop || fail "desktop-file-validate"
appstreamcli validate --no-net "$root"/usr/share/metainfo/*.metainfo.xml || fail "appstreamcli"
# The MIME type compiles and maps *.statecraft.json banks to it.
cp -r "$root/usr/share/mime" "$work/mime"
XDG_DATA_DIRS=$work update-mime-database "$work/mime" || fail "update-mime-database"
grep -q "application/x-statecraft-bank:\*.statecraft.json" "$work/mime/globs2" ||
    fail "no glob for *.statecraft.json"

# 5. The man page: no groff warnings, and every subcommand and every flag of --help is in it.
program=$root/usr/bin/statecraft
man_text=$(MANWIDTH=200 man --warnings -l "$root/usr/share/man/man1/statecraft.1.gz" 2>"$work/man.err")
[ ! -s "$work/man.err" ] || { cat "$work/man.err"; fail "man page warnings"; }
subcommands=$("$program" --help | sed -n '/^Subcommands:/,/^$/ s/^  \([a-z][a-z-]*\) .*/\1/p')
[ -n "$subcommands" ] || fail "no subcommands read from --help"
for sub in "" $subcommands; do
    if [ -n "$sub" ]; then
        grep -qE "^   $sub\$" <<<"$man_text" || fail "the man page has no section for '$sub'"
    fi
    for flag in $("$program" $sub --help | grep -oE -- '^ +(-[a-zA-Z],)?--[a-z-]+' | sed 's/.*,//'); do
        grep -qF -- "$flag" <<<"$man_text" || fail "the man page lacks $sub $flag"
    done
done

# 6. Bash completion, as installed: subcommands, flags, and the choices of --screen and --format.
completions=$(PATH="$root/usr/bin:$PATH" bash -c '
    source "$1"
    complete_line() { COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); COMPREPLY=(); _statecraft
                      echo "$*: ${COMPREPLY[*]}"; }
    complete_line statecraft expo
    complete_line statecraft --screen pod
    complete_line statecraft import --f
    complete_line statecraft stats --format ""' _ "$root/usr/share/bash-completion/completions/statecraft")
for want in "statecraft expo: export export-results" "statecraft --screen pod: podium" \
    "statecraft import --f: --format --force" "statecraft stats --format : text json csv"; do
    grep -qxF "$want" <<<"$completions" || fail "completion: wanted '$want', got: $completions"
done

# 7. The unpacked program runs with the source tree out of reach. The binary has the source
#    folder compiled in as a developer fallback for the banks; to show that the package does not
#    need it, the run happens in a private mount namespace where an empty read-only tmpfs is
#    mounted over the source tree (the build tree inside it goes too). Nothing is moved or
#    renamed, and other processes still see the tree. Without root, a user namespace maps us to
#    root inside it; if neither is allowed here the test fails rather than pass without proof.
cp "$here/run_unpacked.sh" "$work/"
unshare_cmd=(unshare --mount --propagation private)
[ "$(id -u)" -eq 0 ] || unshare_cmd+=(--map-root-user)
"${unshare_cmd[@]}" true 2>/dev/null || fail "cannot make a mount namespace (unshare) here"
# Our own X server: -displayfd lets Xvfb pick a free display number itself (xvfb-run -a can race
# with other X servers starting at the same moment).
Xvfb -displayfd 3 -screen 0 1280x720x24 -nolisten tcp 3>"$work/display" 2>"$work/xvfb.log" &
xvfb=$!
trap 'kill "$xvfb" 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 100); do [ -s "$work/display" ] && break; sleep 0.1; done
[ -s "$work/display" ] || { cat "$work/xvfb.log"; fail "Xvfb did not start"; }
DISPLAY=:$(cat "$work/display") "${unshare_cmd[@]}" \
    bash "$work/run_unpacked.sh" "$root" "$src" "$work" || fail "the unpacked program"
echo "PASS: $(basename "$deb"): lintian without errors, desktop file, metainfo, MIME type, man page, completion; runs unpacked without the source tree"
