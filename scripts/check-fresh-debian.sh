#!/usr/bin/env bash
# Proves the README's quick start on a machine as a new user has it. Builds a throwaway Debian 12
# root (debootstrap --variant=minbase bookworm, from this machine's Debian mirror), clones the
# project's committed HEAD into it and, inside it with chroot:
#   1. runs the README's test command, scripts/test.sh: every test must pass;
#   2. runs the README's run command, scripts/run.sh: with no display it must build, then say in
#      one line that the window needs a desktop session, and exit 1.
# Then it unmounts and removes the root, also when a step fails. Needs root (debootstrap, mount,
# chroot); it installs debootstrap on this machine if it is missing.
#
# Downloads are cached in $RELULAB_FRESH_CACHE (default /var/cache/relulab-fresh-debian): the
# bootstrap tarball and the .deb files the quick start installs, so a second run only unpacks
# and installs. The root itself is new every run. `--refresh` makes a new bootstrap tarball.
set -euo pipefail
cd "$(dirname "$0")/.."
project=$PWD

if [[ $(id -u) -ne 0 ]]; then
    echo "check-fresh-debian: needs root (debootstrap, mount and chroot); try: sudo $0 $*" >&2
    exit 2
fi
refresh=0
case "${1:-}" in
    "") ;;
    --refresh) refresh=1 ;;
    *) echo "check-fresh-debian: unknown option '$1'; valid: --refresh" >&2; exit 2 ;;
esac

cache=${RELULAB_FRESH_CACHE:-/var/cache/relulab-fresh-debian}
mkdir -p "$cache/apt-archives/partial"
tarball=$cache/bookworm-minbase.tgz

stage_start=$SECONDS
stage() { # prints how long the previous stage took, then names the next
    echo "check-fresh-debian: [$(( SECONDS - stage_start )) s] $*"
    stage_start=$SECONDS
}

# The first Debian mirror and security mirror this machine's apt uses (deb822 or one-line form).
mirror_for() { # suite pattern
    local pattern=$1 file uri
    for file in /etc/apt/sources.list.d/*.sources; do
        [[ -f $file ]] || continue
        uri=$(awk -v pat="$pattern" '
            /^URIs:/ { uri = $2 } /^Suites:/ { for (i = 2; i <= NF; i++) if ($i ~ pat) found = uri }
            /^$/ { uri = "" } END { print found }' "$file")
        [[ -n $uri ]] && { echo "$uri"; return; }
    done
    for file in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
        [[ -f $file ]] || continue
        uri=$(awk -v pat="$pattern" '$1 == "deb" && $3 ~ pat { print $2; exit }' "$file")
        [[ -n $uri ]] && { echo "$uri"; return; }
    done
}
mirror=$(mirror_for '^bookworm$')
mirror=${mirror:-http://deb.debian.org/debian}
security=$(mirror_for '^bookworm-security$')

if ! command -v debootstrap >/dev/null; then
    stage "installing debootstrap on this machine"
    DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends debootstrap >/dev/null
fi

if [[ $refresh -eq 1 || ! -s $tarball ]]; then
    stage "downloading a Debian 12 minbase bootstrap from $mirror into $tarball"
    rm -f "$tarball.new"
    workdir=$(mktemp -d)
    debootstrap --variant=minbase --make-tarball="$tarball.new" bookworm "$workdir" "$mirror" >/dev/null
    rm -rf "$workdir"
    mv "$tarball.new" "$tarball"
fi

root=$(mktemp -d /var/tmp/relulab-fresh-debian.XXXXXX)
mounted=()
# Everything still running inside the root (a build, apt) is stopped before the root is unmounted.
stop_processes_in_root() {
    local proc pids=()
    for proc in /proc/[0-9]*; do
        [[ $(readlink "$proc/root" 2>/dev/null) == "$root" ]] && pids+=("${proc#/proc/}")
    done
    [[ ${#pids[@]} -eq 0 ]] && return 0 # (a bare return in a trap handler returns the failed status)
    kill -TERM "${pids[@]}" 2>/dev/null || true
    sleep 2
    kill -KILL "${pids[@]}" 2>/dev/null || true
}
cleanup() {
    local status=$? point
    set +e # cleaning up goes on whatever fails
    stop_processes_in_root
    for (( i = ${#mounted[@]} - 1; i >= 0; i-- )); do
        point=${mounted[i]}
        umount -R "$point" 2>/dev/null || umount -R -l "$point" || true
    done
    # Never remove a root that still has something mounted in it (the host's /dev, the cache).
    if findmnt -rn -o TARGET | grep -q "^$root"; then
        echo "check-fresh-debian: $root still has mounts; left in place, remove it by hand" >&2
    else
        rm -rf --one-file-system "$root"
    fi
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

stage "making a fresh root in $root"
debootstrap --variant=minbase --unpack-tarball="$tarball" bookworm "$root" "$mirror" >/dev/null
{
    echo "deb $mirror bookworm main"
    echo "deb $mirror bookworm-updates main"
    [[ -n $security ]] && echo "deb $security bookworm-security main"
} > "$root/etc/apt/sources.list"
cp /etc/resolv.conf "$root/etc/resolv.conf"

bind() { # source target
    mkdir -p "$2"
    mount --rbind "$1" "$2"
    mount --make-rslave "$2"
    mounted+=("$2")
}
bind /dev "$root/dev"
mount -t proc proc "$root/proc"
mounted+=("$root/proc")
bind "$cache/apt-archives" "$root/var/cache/apt/archives"

git clone --quiet "$project" "$root/src"
echo "check-fresh-debian: testing commit $(git -C "$root/src" log -1 --format='%h %s')"
in_root() { # command, run as a new user's login shell would: no display, English messages
    # In the background and waited for, so that an interrupt is handled at once (cleanup).
    chroot "$root" /usr/bin/env -i HOME=/root LANG=C.UTF-8 TERM=dumb \
        PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
        bash -c "cd /src && $1" &
    wait $!
}

stage "the README's test command: ./scripts/test.sh"
log=$root/test.log
if ! in_root ./scripts/test.sh > "$log" 2>&1; then
    tail -n 60 "$log"
    echo "check-fresh-debian: FAILED: ./scripts/test.sh on a fresh Debian 12" >&2
    exit 1
fi
grep -E '^[0-9]+% tests passed|tests failed out of|^Total Test time' "$log"

stage "the README's run command: ./scripts/run.sh (no display)"
set +e
in_root ./scripts/run.sh > "$root/run.out" 2> "$root/run.err"
run_status=$?
set -e
needs_display=$(grep -c "no display: the lab's window needs a desktop session" "$root/run.err" || true)
if [[ $run_status -ne 1 || $needs_display -ne 1 ]]; then
    tail -n 30 "$root/run.err"
    echo "check-fresh-debian: FAILED: ./scripts/run.sh exited $run_status without saying it needs a display" >&2
    exit 1
fi
grep "no display" "$root/run.err"

stage "done: both quick-start commands pass on a fresh Debian 12"
