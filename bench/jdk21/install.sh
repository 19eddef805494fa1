#!/usr/bin/env bash
# A JDK 21 for bin/bench's Lambda start-up rows on a machine without one (Debian 12 has no openjdk-21
# package): Debian 13's openjdk-21-jdk-headless .deb, downloaded with apt from a sources list of its
# own (nothing is installed or added to the system's apt configuration), unpacked into $1 (default
# /opt/jdk21). Its binaries ask for glibc 2.38 only for the C23 strtol/scanf names and fmod; on
# glibc 2.36 those version needs are marked weak (weaken-glibc238.py) and libisoc23.so (isoc23.c),
# preloaded by bin/bench, maps them to the older functions. The JVM itself is Debian's 21.0.x build.
# Usage: bench/jdk21/install.sh [/opt/jdk21]; then bin/bench finds /opt/jdk21/jdk (or BENCH_JDK21).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
dest="${1:-/opt/jdk21}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/lists/partial" "$work/debs" "$work/x"
# the Debian mirror the system's apt already uses, asked for Debian 13 (trixie) instead of its own suite
mirror="$(grep -h -m1 -oE '^URIs: *[^ ]+' /etc/apt/sources.list.d/*.sources 2>/dev/null | head -1 | sed 's/^URIs: *//')"
[ -n "$mirror" ] || mirror="$(grep -h -m1 -oE '^deb +(\[[^]]*\] +)?[^ ]+' /etc/apt/sources.list 2>/dev/null | awk '{print $NF}' | head -1)"
[ -n "$mirror" ] || { echo "bench/jdk21/install.sh: no Debian mirror in the apt sources" >&2; exit 1; }
echo "deb [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] $mirror trixie main" > "$work/sources.list"
apt_opts=(-o "Dir::Etc::sourcelist=$work/sources.list" -o Dir::Etc::sourceparts=/nonexistent -o "Dir::State::Lists=$work/lists")
apt-get "${apt_opts[@]}" update >/dev/null
(cd "$work/debs" && apt-get "${apt_opts[@]}" download openjdk-21-jre-headless openjdk-21-jdk-headless >/dev/null)
for deb in "$work"/debs/*.deb; do dpkg-deb -x "$deb" "$work/x"; done
jdk="$work/x/usr/lib/jvm/java-21-openjdk-amd64"
# Debian links the JDK's conf files to /etc/java-21-openjdk: take the package's own copies
find "$jdk" -type l | while read -r link; do
  target="$(readlink "$link")"
  case "$target" in /etc/java-21-openjdk/*) rm "$link"; cp -r "$work/x$target" "$link" ;; esac
done
python3 "$here/weaken-glibc238.py" $(find "$jdk" -name '*.so') "$jdk"/bin/*
rm -rf "$dest"
mkdir -p "$dest"
cp -a "$jdk" "$dest/jdk"
gcc -O2 -shared -fPIC -o "$dest/libisoc23.so" "$here/isoc23.c" -lm -ldl
LD_PRELOAD="$dest/libisoc23.so" "$dest/jdk/bin/java" -version 2>&1 | grep -v 'weak version'
