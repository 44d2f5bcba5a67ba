#!/usr/bin/env bash
# Fetches the Dear ImGui sources from Debian's source package (imgui 1.90.1, trixie),
# verifies the orig tarball by sha256 and unpacks it into .cache/imgui (git-ignored).
# apt is pointed at a private deb-src list, so the system's apt configuration is untouched.
# Prints the unpacked directory. Skips all work when it is already there.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cache="$root/.cache"
dest="$cache/imgui"
want_sha=ecce377df0f90b292f15dcbd83d438bddc162b2388c881132bde18c787572a1c
tarball=imgui_1.90.1+ds.orig.tar.xz

if [ -f "$dest/imgui.h" ]; then echo "$dest"; exit 0; fi

apt_dir="$cache/apt"
mkdir -p "$apt_dir/parts" "$apt_dir/lists/partial" "$cache/dl"
cat > "$apt_dir/parts/imgui-src.sources" <<SRC
Types: deb-src
URIs: http://deb.debian.org/debian
Suites: trixie
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SRC
apt_opts=(-o Dir::Etc::SourceList=/dev/null -o "Dir::Etc::SourceParts=$apt_dir/parts"
          -o "Dir::State::Lists=$apt_dir/lists" -o APT::Sandbox::User=root)
if [ ! -f "$cache/dl/$tarball" ]; then
  apt-get "${apt_opts[@]}" update >&2
  (cd "$cache/dl" && apt-get "${apt_opts[@]}" source --download-only imgui=1.90.1+ds-1 >&2 ||
                     apt-get "${apt_opts[@]}" source --download-only imgui >&2)
fi
got_sha=$(sha256sum "$cache/dl/$tarball" | cut -d' ' -f1)
if [ "$got_sha" != "$want_sha" ]; then
  echo "fetch-imgui: sha256 mismatch for $tarball: got $got_sha, want $want_sha" >&2
  exit 1
fi
tmp=$(mktemp -d "$cache/unpack.XXXX")
tar -xJf "$cache/dl/$tarball" -C "$tmp"
src=$(dirname "$(find "$tmp" -maxdepth 2 -name imgui.h | head -1)")
rm -rf "$dest"; mv "$src" "$dest"; rm -rf "$tmp"
echo "$dest"
