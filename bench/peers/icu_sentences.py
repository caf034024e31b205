"""ICU's sentence iterator (python3-icu): one sentence a line.
Usage: /usr/bin/python3 icu_sentences.py FILE"""
import sys
from icu import BreakIterator, Locale, UnicodeString

def main():
    text = open(sys.argv[1], encoding="utf-8").read()
    u = UnicodeString(text)
    bi = BreakIterator.createSentenceInstance(Locale("en_US"))
    bi.setText(u)
    out = []
    start = bi.first()
    for end in bi:
        out.append(str(u[start:end]).strip().replace("\n", " "))
        start = end
        if len(out) >= 4096:
            sys.stdout.write("\n".join(out) + "\n")
            out = []
    sys.stdout.write("\n".join(out) + "\n")

main()
