#!/bin/sh
# termfreq counting with threads (-j 2, -j 3, -j 5) writes exactly (byte for
# byte) what it writes with one (-j 1), in every mode: the corpus's files as
# raw text (documents dealt to threads in batches), and as a TSV of rows of
# every document shuffled together (one document's rows counted by several
# threads), with counting, report, keyness and --partial options.
[ -d "$CORPUS" ] || { echo "CORPUS ($CORPUS) absent"; exit 77; }
t=$(mktemp -d)
trap 'rm -rf "$t"' EXIT
# every second file: the property needs variety, not volume (the suite stays quick)
find "$CORPUS" -name '*.txt' | LC_ALL=C sort | awk 'NR % 2 == 1' >"$t/files"
[ -s "$t/files" ] || { echo "no .txt files in $CORPUS"; exit 77; }
fail=0

# doc, family (the file's directory), text: one row per non-empty line, shuffled
xargs awk 'NF {
		n = split(FILENAME, p, "/"); gsub(/\\/, "\\\\"); gsub(/\t/, "\\t"); sub(/\r$/, "")
		print p[n] "\t" p[n - 1] "\t" $0 }' <"$t/files" | awk 'BEGIN { srand(7) } { print rand() "\t" $0 }' | LC_ALL=C sort |
	cut -f2- >"$t/rows"
{ printf 'doc\tfamily\ttext\n'; cat "$t/rows"; } >"$t/rows.tsv"
[ "$(wc -l <"$t/rows.tsv")" -gt 1000 ] || { echo "FAIL: the TSV has too few rows"; exit 1; }

check() { # NAME INPUT-COMMAND-ARGS...
	name=$1
	shift
	"$@" -j 1 >"$t/one" 2>"$t/one.err"
	rc1=$?
	[ -s "$t/one" ] || { echo "FAIL $name: -j 1 wrote nothing"; fail=1; return; }
	for j in 2 3; do
		"$@" -j $j >"$t/many" 2>"$t/many.err"
		rc=$?
		if [ $rc -ne $rc1 ] || ! cmp -s "$t/one" "$t/many" || ! cmp -s "$t/one.err" "$t/many.err"; then
			echo "FAIL $name -j $j (status $rc1 vs $rc)"; diff "$t/one" "$t/many" | head -6; fail=1
		fi
	done
}

tf_files() { xargs termfreq "$@" <"$t/files"; }
while IFS='|' read -r opts; do
	check "files [$opts]" tf_files $opts
	check "rows [$opts]" termfreq $opts "$t/rows.tsv"
done <<EOF2

--by doc --tfidf -n 5
-s --stem --summary
--no-numbers --split-hyphens -m 3
--keep-case --tfidf
--partial
--partial --by doc -s
--reference ref.tsv -n 40
--only=only.txt --by doc
EOF2
check "rows by family, target" termfreq --by family --target scio "$t/rows.tsv"
check "rows by family, summary" termfreq --by family,doc --summary "$t/rows.tsv"
check "rows from stdin" sh -c 'termfreq --by family --tfidf "$@" <"$0"' "$t/rows.tsv"
check "raw from stdin" sh -c 'xargs cat <"$0" | termfreq --stem "$@"' "$t/files"
# the merge of threaded partials is the threaded (and the one-thread) report
xargs termfreq --partial --by doc -j 3 <"$t/files" >"$t/p"
termfreq --merge --tfidf "$t/p" >"$t/merged"
xargs termfreq --by doc --tfidf -j 1 <"$t/files" >"$t/one"
cmp -s "$t/one" "$t/merged" || { echo "FAIL merge of a -j 3 partial"; fail=1; }
# an input error in the middle: the same message and status
printf 'doc\ttext\na\tok\nb\n' >"$t/ragged.tsv"
check "ragged TSV after good files" sh -c 'termfreq "$@" "$0" "$1"' "$t/rows.tsv" "$t/ragged.tsv"
exit $fail
