#!/bin/sh
# fetch-go.sh — unpack Debian's golang-1.27 into ~/.cache/memlab-go so that
# tests/lang/regen-expected.sh can produce the corpus expectations with the real
# toolchain.  The mirror is read from the host's own apt configuration at run
# time; no mirror host name is written into the repository.
set -eu

dest=${MEMLAB_GO_CACHE:-$HOME/.cache/memlab-go}
work=${TMPDIR:-/tmp}/memlab-gosrc

if [ -x "$dest/usr/lib/go-1.27/bin/go" ]; then
  echo "$dest/usr/lib/go-1.27/bin/go"
  exit 0
fi

mirror=
if [ -f /etc/apt/sources.list.d/debian.sources ]; then
  mirror=$(awk '/^URIs:/ { print $2; exit }' /etc/apt/sources.list.d/debian.sources)
fi
if [ -z "$mirror" ] && [ -f /etc/apt/sources.list ]; then
  mirror=$(awk '/^deb / { print $2; exit }' /etc/apt/sources.list)
fi
if [ -z "$mirror" ]; then
  echo "fetch-go.sh: no Debian mirror found in the host's apt configuration" >&2
  exit 1
fi

mkdir -p "$work/lists/partial" "$work/cache/archives/partial" "$dest"
echo "deb [trusted=yes] $mirror sid main" > "$work/sources.list"
aptopts="-o Dir::Etc::SourceList=$work/sources.list -o Dir::Etc::SourceParts=/dev/null \
  -o Dir::State::Lists=$work/lists -o Dir::Cache=$work/cache"
# shellcheck disable=SC2086
apt-get $aptopts update >&2
cd "$work"
# shellcheck disable=SC2086
apt-get $aptopts download golang-1.27-go golang-1.27-src >&2
for deb in "$work"/golang-1.27-*.deb; do
  dpkg -x "$deb" "$dest"
done
echo "$dest/usr/lib/go-1.27/bin/go"
