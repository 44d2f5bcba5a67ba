#!/usr/bin/env bash
# Installs what the build and the tests need, only what is missing:
#   scripts/setup.sh build   Debian packages for the WebAssembly build, the Dear ImGui sources, and
#                            the npm packages (npm ci, committed lock; the site bundles qrcode,
#                            the tests use playwright-core and eslint)
#   scripts/setup.sh test    the above, plus Chromium, nginx and clang-format-14 (the C++ style in
#                            .clang-format; not yet enforced by a test)
#   scripts/setup.sh fuzz    the build's packages, plus clang (libFuzzer) for make fuzz
# Everything comes from Debian's archive or the npm registry; nothing else is downloaded.
set -euo pipefail
cd "$(dirname "$0")/.."
what=${1:-build}

build_packages=(emscripten cmake make g++ nlohmann-json3-dev doctest-dev fonts-inter python3-fonttools nodejs)
test_packages=(chromium nginx clang-format-14)
fuzz_packages=(clang)
packages=("${build_packages[@]}")
[ "$what" = test ] && packages+=("${test_packages[@]}")
[ "$what" = fuzz ] && packages+=("${fuzz_packages[@]}")

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# The machine may bring its own node; Debian's nodejs is then not needed.
if command -v node >/dev/null && command -v npm >/dev/null; then
  missing=("${missing[@]/nodejs}")
fi
missing=($(printf '%s\n' "${missing[@]}" | grep -v '^$' || true))
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  sudo_cmd=""; [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

scripts/fetch-imgui.sh >/dev/null

if [ ! -d node_modules/playwright-core ] || [ ! -d node_modules/qrcode ] || [ ! -d node_modules/eslint ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "setup: npm ci"
  npm ci --no-audit --no-fund --loglevel=error
fi
