#!/bin/sh
# bench/segment.sh - segment side by side with the sentence splitters a user
# would pick instead, in one run, on the King James Bible concatenated 10 times
# (43 MB): segment with its default threads (one a CPU) and with -j 1 (none);
# ICU's sentence iterator (python3-icu), npm's sbd, ucto and
# Lingua::EN::Sentence.  Every tool writes its sentences to /dev/null.  ucto
# and Lingua (about 0.3 and 0.15 MB/s) run on the first 1 MB only; speeds are
# MB/s of input either way, and the ratios compare speeds.  Then segment alone
# on a 1 GB input (peers would take hours), for speed and peak memory.
# Env: BENCHDIR, BENCH_OUT (from bench/run), REPS (default 5), BIG=0 skips 1 GB.
. bench/lib.sh
BENCHDIR=${BENCHDIR:-../shared/bench}
src=$BENCHDIR/kjvbible.txt
[ -f "$src" ] || { echo "segment bench: $src not found; skipping"; exit 0; }
bin=$(pwd)/bin
peers=$(pwd)/bench/peers
in43=$BENCH_OUT/kjv10.txt
in1=$BENCH_OUT/kjv-1mb.txt
make_input "$in43" 10 "$src"
[ -s "$in1" ] || head -c 1000000 "$in43" >"$in1"
b43=$(wc -c <"$in43")
b1=$(wc -c <"$in1")

echo "input: $in43 ($b43 bytes; kjvbible.txt x 10); slow peers: first $b1 bytes"
measure "segment" "$b43" "$bin/segment $in43"
measure "segment -j 1" "$b43" "$bin/segment -j 1 $in43"
if /usr/bin/python3 -c 'import icu' 2>/dev/null; then
	measure "icu (python3-icu)" "$b43" "/usr/bin/python3 $peers/icu_sentences.py $in43"
else
	echo "  icu: python3-icu missing (apt-get install python3-icu)"
fi
if [ -d bench/node_modules/sbd ] && command -v node >/dev/null; then
	measure "sbd (npm)" "$b43" "node $peers/sbd_sentences.js $in43"
else
	echo "  sbd: missing (cd bench && npm install sbd)"
fi
reps=$REPS
REPS=1
if command -v ucto >/dev/null; then
	measure "ucto (1 MB slice)" "$b1" "ucto -L eng -n $in1 /dev/stdout"
else
	echo "  ucto: missing (apt-get install ucto)"
fi
if perl -MLingua::EN::Sentence -e1 2>/dev/null; then
	measure "Lingua::EN::Sentence (1 MB slice)" "$b1" "perl $peers/lingua_sentences.pl $in1"
else
	echo "  Lingua::EN::Sentence: missing (apt-get install liblingua-en-sentence-perl)"
fi
REPS=$reps
speedup segment "$b43" "icu (python3-icu)" "$b43"
speedup "segment -j 1" "$b43" "icu (python3-icu)" "$b43"
speedup segment "$b43" "sbd (npm)" "$b43"
speedup segment "$b43" "ucto (1 MB slice)" "$b1"
speedup segment "$b43" "Lingua::EN::Sentence (1 MB slice)" "$b1"

if [ "${BIG:-1}" != 0 ]; then
	in1g=$BENCH_OUT/kjv-1gb.txt
	make_input "$in1g" 24 "$in43"
	b1g=$(wc -c <"$in1g")
	echo "1 GB input: $in1g ($b1g bytes); segment alone"
	REPS=${BIG_REPS:-3}
	measure "segment (1 GB)" "$b1g" "$bin/segment $in1g"
	measure "segment -j 1 (1 GB)" "$b1g" "$bin/segment -j 1 $in1g"
	measure "segment -u paragraph (1 GB)" "$b1g" "$bin/segment -u paragraph $in1g"
	REPS=$reps
fi
