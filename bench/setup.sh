#!/bin/sh
# bench/setup.sh - installs the peer tools the benchmarks compare against
# (apt-get when root; npm packages into bench/node_modules).
need=""
dpkg -s python3-icu python3-nltk python3-sklearn ucto liblingua-en-sentence-perl parallel hyperfine >/dev/null 2>&1 ||
	need="python3-icu python3-nltk python3-sklearn ucto liblingua-en-sentence-perl parallel hyperfine miller"
if [ -n "$need" ]; then
	if [ "$(id -u)" = 0 ]; then
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $need >/dev/null 2>&1 ||
			{ apt-get update -qq >/dev/null 2>&1 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $need >/dev/null 2>&1; }
	else
		echo "bench: peers missing; run: sudo apt-get install -y $need" >&2
	fi
fi
if command -v npm >/dev/null 2>&1 && [ ! -d bench/node_modules/sbd ]; then
	(cd bench && npm install --silent --no-audit --no-fund sbd compromise @microsoft/recognizers-text-number >/dev/null 2>&1) ||
		echo "bench: npm install of sbd, compromise, recognizers-text-number failed" >&2
fi
exit 0
