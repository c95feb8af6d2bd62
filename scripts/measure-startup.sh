#!/usr/bin/env bash
# Measures the lab's start on a virtual display (Xvfb): the time from launch until the main
# window is mapped, and the peak memory (maximum resident set size) of a session that starts,
# shows its window and settles for a few seconds. Runs `runs` times (default 5) and prints each.
#
#   scripts/measure-startup.sh [runs] [program] [window title]
#
# Needs an already built program (default build/app/relu-family-lab). Starts from an empty
# settings folder so every run is a first start. Another program measured the same way gives the
# comparison the speed budget asks for, e.g. `scripts/measure-startup.sh 9 /usr/bin/kmplot KmPlot`
# (the whole window name).
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
program=$(realpath "${2:-build/app/relu-family-lab}")
title=${3:-ReLU Family Lab}
arguments=()
[[ $# -ge 3 ]] || arguments=(--lang en) # the lab in English; another program as it starts
scripts/install-deps.sh xvfb xauth x11-utils time dbus-daemon

work=$(mktemp -d)
display=:$((90 + RANDOM % 100))
Xvfb "$display" -screen 0 1920x1080x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
xvfb=$!
trap 'kill "$xvfb" 2>/dev/null || true; rm -rf "$work"' EXIT
export DISPLAY=$display QT_QPA_PLATFORM=xcb XDG_RUNTIME_DIR=$work/runtime
mkdir -m 700 "$XDG_RUNTIME_DIR"
for _ in $(seq 100); do xwininfo -root >/dev/null 2>&1 && break; sleep 0.1; done
# A session bus, as on any desktop (KDE programs will not start without one).
bus=$(dbus-daemon --session --fork --print-address=1 --print-pid=1)
export DBUS_SESSION_BUS_ADDRESS=$(sed -n 1p <<<"$bus")
trap 'kill "$xvfb" "$(sed -n 2p <<<"$bus")" 2>/dev/null || true; rm -rf "$work"' EXIT

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
for run in $(seq "$runs"); do
    export XDG_CONFIG_HOME=$work/config-$run
    start=$(date +%s.%N)
    /usr/bin/time -v -o "$work/time-$run" "$program" "${arguments[@]}" &
    app=$!
    mapped=""
    for _ in $(seq 600); do
        # The program's own top-level window (one with a window class), not a helper of that name.
        window=$(xwininfo -root -tree 2>/dev/null | grep -F "\"$title\": (\"" | head -1 | awk '{print $1}' || true)
        if [[ -n "$window" ]] && xwininfo -id "$window" 2>/dev/null | grep -q 'Map State: IsViewable'; then
            mapped=$(date +%s.%N)
            break
        fi
        sleep 0.02
    done
    sleep 3 # let the first paints and deferred work settle before the memory peak is read
    pkill -TERM -P "$app" || true
    wait "$app" || true
    [[ -n "$mapped" ]] || { echo "run $run: no window within 12 s"; exit 1; }
    rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$work/time-$run")
    awk -v run="$run" -v start="$start" -v mapped="$mapped" -v rss="$rss" 'BEGIN {
        printf "run %d: mapped after %.0f ms, peak memory %.1f MiB\n", run, (mapped - start) * 1000, rss / 1024 }'
done
