#!/bin/sh
# make demo: the main job on the shipped example briefing.
set -e
ex=examples/briefing.txt
for p in segment speakers termfreq ngrams numbers; do
	[ -x bin/$p ] || continue
	case $p in
	segment)  echo "== segment $ex (first sentences)"; bin/segment $ex | head -8 ;;
	speakers) echo "== speakers --summary $ex (who talked how much)"; bin/speakers --summary $ex
	          echo "== speakers $ex"; bin/speakers $ex | cut -f 2-8 | head -20 ;;
	termfreq) if [ -x bin/speakers ]; then
	              echo "== speakers --speech $ex | termfreq --by speaker -s --top 5"
	              bin/speakers --speech $ex | bin/termfreq --by speaker -s --top 5
	          else
	              echo "== termfreq -s --top 15 $ex"; bin/termfreq -s --top 15 $ex
	          fi ;;
	ngrams)   echo "== ngrams -n 2-4 --trim-stopwords --min-count 2 $ex"
	          bin/ngrams -n 2-4 --trim-stopwords --min-count 2 $ex | head -15 ;;
	numbers)  echo "== numbers $ex"; bin/numbers $ex | cut -f 2-14 ;;
	esac
	echo
done
