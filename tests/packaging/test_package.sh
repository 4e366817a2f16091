#!/usr/bin/env bash
# Packaging checks, run by ctest (label "packaging"): test_package.sh BUILD_DIR
# Needs desktop-file-utils, appstream, groff-base, dpkg-dev and file (packaging/install-deps.sh).
set -euo pipefail

build=$(cd "$1" && pwd)
src=$(cd "$(dirname "$0")/../.." && pwd)
id=io.github.transferlab.TransferLab
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

fail() { echo "FAIL: $*" >&2; exit 1; }
step() { echo "== $*"; }

for tool in desktop-file-validate appstreamcli groff cpack dpkg-deb dpkg-shlibdeps file; do
  command -v "$tool" >/dev/null || fail "$tool is missing: run packaging/install-deps.sh"
done

# The validators print hints and warnings but exit 0 on them: any output counts as a failure.
step "desktop-file-validate $id.desktop"
out=$(desktop-file-validate "$src/packaging/$id.desktop" 2>&1) || fail "$out"
[ -z "$out" ] || fail "$out"

step "appstreamcli validate --no-net $id.metainfo.xml"
appstreamcli validate --no-net "$src/packaging/$id.metainfo.xml" || fail "metainfo does not validate"

for page in transferlab.1 transferlab-cli.1; do
  step "groff -man -ww $page"
  out=$(groff -man -Tutf8 -ww -z "$src/packaging/$page" 2>&1) || fail "$out"
  [ -z "$out" ] || fail "$page: $out"
done

# The files that every install must contain, under the prefix $1.
check_tree() {
  local prefix=$1 f
  for f in bin/transferlab bin/transferlab-cli; do
    [ -x "$prefix/$f" ] || fail "$prefix/$f is missing or not executable"
  done
  for f in share/applications/$id.desktop share/metainfo/$id.metainfo.xml \
           share/icons/hicolor/scalable/apps/$id.svg share/icons/hicolor/256x256/apps/$id.png \
           share/man/man1/transferlab.1 share/man/man1/transferlab-cli.1 \
           share/transferlab/sample-dataset/NOTICE share/doc/transferlab/examples/transferlab-cache-fill.sbatch; do
    [ -f "$prefix/$f" ] || fail "$prefix/$f is missing"
  done
  # Tests and the developer benchmark stay out.
  [ ! -e "$prefix/bin/transferlab-bench" ] || fail "transferlab-bench was installed"
}

step "cmake --install"
cmake --install "$build" --prefix "$scratch/prefix" >"$scratch/install.log" || { cat "$scratch/install.log"; fail "cmake --install"; }
check_tree "$scratch/prefix"

step "cpack"
start=$SECONDS
cpack --config "$build/CPackConfig.cmake" -B "$scratch/deb" >"$scratch/cpack.log" 2>&1 \
  || { cat "$scratch/cpack.log"; fail "cpack"; }
debs=("$scratch"/deb/*.deb)
[ ${#debs[@]} -eq 1 ] && [ -f "${debs[0]}" ] || fail "expected one .deb, got: ${debs[*]}"
deb=${debs[0]}
echo "$(basename "$deb"): $(du -k "$deb" | cut -f1) KiB in $((SECONDS - start)) s"
dpkg-deb -I "$deb"

depends=$(dpkg-deb -f "$deb" Depends)
for lib in 'libqt6core6' 'libqt6widgets6' 'libqt6network6' 'libtorch[0-9.]+' 'libopencv-core[0-9]+' \
           'libopencv-imgcodecs[0-9]+' 'libhdf5-[0-9-]+' 'libqcustomplot[0-9.]+-qt6'; do
  grep -Eq "(^|, )$lib( |,|$)" <<<"$depends" || fail "Depends lacks $lib: $depends"
done
[ "$(dpkg-deb -f "$deb" Section)" = science ] || fail "Section is not science"

step "dpkg -x"
dpkg -x "$deb" "$scratch/root"
check_tree "$scratch/root/usr"

step "installed transferlab-cli --help"
help=$(LC_ALL=C "$scratch/root/usr/bin/transferlab-cli" --help) || fail "transferlab-cli --help failed" # read in English
echo "$help"
commands=$(sed -n '/^commands:$/,/^$/{s/^  \([a-z]\+\) .*/\1/p}' <<<"$help")
for cmd in train evaluate predict features; do
  grep -qx "$cmd" <<<"$commands" || fail "transferlab-cli --help does not list $cmd"
done
# The man page must describe every command that the binary has.
for cmd in $commands; do
  grep -qx "\.B $cmd" "$src/packaging/transferlab-cli.1" || fail "transferlab-cli.1 does not describe '$cmd'"
done

step "installed transferlab --version and --help, without a display"
# No DISPLAY, WAYLAND_DISPLAY or QT_QPA_PLATFORM: a QApplication would abort on the missing platform.
no_display=(env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM LC_ALL=C)
version=$("${no_display[@]}" "$scratch/root/usr/bin/transferlab" --version 2>/dev/null) || fail "transferlab --version failed"
app_help=$("${no_display[@]}" "$scratch/root/usr/bin/transferlab" --help 2>/dev/null) || fail "transferlab --help failed without a display"
grep -q -- "--screenshot <file>" <<<"$app_help" || fail "transferlab --help does not list --screenshot: $app_help"
package_version=$(dpkg-deb -f "$deb" Version)
grep -q " $package_version\$" <<<"$version" || fail "transferlab --version says '$version', the package is $package_version"
echo "PASS"
