#!/usr/bin/env bash
# Installs the Debian 12 packages the lab needs to build, run and test, if any are missing.
# Extra packages given as arguments are installed too (scripts/fuzz.sh passes clang's).
set -euo pipefail

packages=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-translations-l10n libqt6opengl6-dev libgl-dev
    # The fonts the lab embeds (views/CMakeLists.txt): regular, bold and the real italic faces.
    fonts-dejavu-core fonts-dejavu-extra fontconfig
    # What tests/tst_install checks the installed files and the .deb with; cpack's dependency
    # scan (dpkg-shlibdeps) needs `file`.
    desktop-file-utils appstream shared-mime-info libxml2-utils man-db dpkg-dev binutils file
    librsvg2-bin
    libeigen3-dev
    poppler-utils
)
packages+=("$@")

missing=()
for package in "${packages[@]}"; do
    status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)
    [[ "$status" == "install ok installed" ]] || missing+=("$package")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

echo "Installing: ${missing[*]}"
sudo=()
[[ $(id -u) -eq 0 ]] || sudo=(sudo)
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update
"${sudo[@]}" apt-get install -y --no-install-recommends "${missing[@]}"
