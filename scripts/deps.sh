#!/bin/sh
# Checks that the C libraries briefkit builds against are present.  When one is
# missing it installs them with apt-get if we run as root, and otherwise stops
# with the exact command to run: the first `make` on a fresh machine must either
# work or say precisely what to do.
CC=${CC:-cc}
packages="libunistring-dev libutf8proc-dev libstemmer-dev pkg-config"
missing=""
have_header() {
	printf '#include <%s>\nint main(void){return 0;}\n' "$1" |
		$CC -x c -o /dev/null - $2 >/dev/null 2>&1
}
command -v "$CC" >/dev/null 2>&1 || missing="$missing gcc make"
have_header unistr.h -lunistring || missing="$missing libunistring-dev"
have_header utf8proc.h -lutf8proc || missing="$missing libutf8proc-dev"
have_header libstemmer.h -lstemmer || missing="$missing libstemmer-dev"
command -v pkg-config >/dev/null 2>&1 || missing="$missing pkg-config"
[ -z "$missing" ] && exit 0

if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
	echo "deps: installing$missing" >&2
	export DEBIAN_FRONTEND=noninteractive
	apt-get update -qq >&2 && apt-get install -y -qq gcc make $packages >&2 && exit 0
	echo "deps: apt-get failed; install by hand: apt-get install gcc make $packages" >&2
	exit 1
fi
echo "deps: missing$missing" >&2
echo "deps: run this, then make again:" >&2
echo "    sudo apt-get install -y gcc make $packages" >&2
exit 1
