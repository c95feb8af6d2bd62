#!/usr/bin/env bash
# Renders the application icon's PNG sizes from its SVG drawings into resources/icons/.
# Sizes up to 24 px come from the simplified drawing, larger ones from the full one.
# Needs rsvg-convert (Debian package librsvg2-bin). Run it after editing either SVG, and commit
# the PNGs: the build does not need rsvg-convert.
set -euo pipefail
cd "$(dirname "$0")/../resources/icons"
for size in 16 22 24 32 48 64 128 256; do
    source=relu-family-lab.svg
    (( size <= 24 )) && source=relu-family-lab-small.svg
    rsvg-convert --width "$size" --height "$size" --output "relu-family-lab-$size.png" "$source"
done
