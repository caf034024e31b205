#!/bin/sh
# The scale-out recipe of the README: count the corpus with GNU parallel in
# pieces (--partial), reduce with --merge, and get byte for byte what one run
# writes.  Skips when parallel or the corpus is absent.
[ -d "$CORPUS" ] || { echo "no corpus at $CORPUS"; exit 77; }
command -v parallel >/dev/null 2>&1 || { echo "GNU parallel not installed"; exit 77; }
t=$(mktemp -d)
trap 'rm -rf "$t"' EXIT
find "$CORPUS" -name '*.txt' -type f | sort >"$t/list"
fail=0
# Counting options go to every --partial run, report options to --merge.
while IFS='|' read -r p count report; do
	[ -x "$BIN/$p" ] || continue
	"$p" $count $report --files-from="$t/list" >"$t/one" || { fail=1; continue; }
	rm -rf "$t/parts" && mkdir "$t/parts"
	# one job per 40 files, two at a time; each job writes its own partial
	parallel --will-cite -j 2 -N 40 "$p $count --partial {} > $t/parts/{#}.tsv" <"$t/list" ||
		{ echo "FAIL parallel $p $count"; fail=1; continue; }
	"$p" $report --merge "$t"/parts/*.tsv >"$t/merged" || { fail=1; continue; }
	if cmp -s "$t/one" "$t/merged"; then
		echo "ok $p $count | $report: $(ls "$t/parts" | wc -l) partials merge to one run's $(wc -l <"$t/one") lines"
	else
		echo "FAIL $p $count | $report: merged differs from one run"; diff "$t/one" "$t/merged" | head -5; fail=1
	fi
	# the same from one stream of partials, as parallel --pipe or a reducer gets them
	parallel --will-cite -j 2 -N 60 "$p $count --partial {}" <"$t/list" | "$p" $report --merge >"$t/merged2"
	cmp -s "$t/one" "$t/merged2" || { echo "FAIL $p $count | $report: merged stream differs"; fail=1; }
done <<'RECIPES'
termfreq||
termfreq|--by doc -s|--top 20
termfreq|--by doc|--tfidf --min-count 3
ngrams||
ngrams|-n 1-3 --by doc|--top 10
RECIPES
exit $fail
