#!/usr/bin/env python3
"""Scores `numbers` on the Recognizers-Text English specs.

Each case's input goes through `numbers --tsv` as one record.  A row is a
(text, value) pair: text lower-cased (as the specs are), value compared as a
number to 12 significant digits.  Per suite, the rows that answer it:

  number      kinds cardinal, fraction, year with no unit, and money with
              its currency sign or word taken off the span; the span without
              its hedge words (the spec's number model has neither)
  ordinal     kind ordinal (a second line runs with --relative)
  percent     kind percent (spec values "100%" read as 100)
  numberrange rows with a bound or a hedge: cmp > >= < <= gives (low,) [low,) (,high)
              (,high]; a range [low,high]; endpoints compared, plus the
              bracket of one-sided bounds
  currency    kind money (span without hedge words, as for every suite
              but numberrange)
  dimension   rows with a unit of measurement

F1 = 2PR/(P+R) over all cases, true positives counted per case as the
multiset intersection of pairs.
"""
import json, re, subprocess, sys
from decimal import Decimal, InvalidOperation

suites_dir, prog = sys.argv[1], sys.argv[2]
verbose = '-v' in sys.argv[3:]

def esc(s):
    return s.replace('\\', '\\\\').replace('\t', '\\t').replace('\n', '\\n').replace('\r', '\\r')

def unesc(s):
    out, i = [], 0
    while i < len(s):
        c = s[i]
        if c == '\\' and i + 1 < len(s) and s[i + 1] in '\\tnr':
            out.append({'\\': '\\', 't': '\t', 'n': '\n', 'r': '\r'}[s[i + 1]])
            i += 2
        else:
            out.append(c)
            i += 1
    return ''.join(out)

def num(v):
    try:
        d = Decimal(v)
    except (InvalidOperation, TypeError):
        return None
    if d == 0:
        return '0'
    return '{:.11e}'.format(d)

def norm(v):
    if v is None:
        return 'null'
    v = v.strip().rstrip('%')
    n = num(v)
    return n if n is not None else v

def interval(lo, hi, lb, rb):
    return (lb, num(lo) if lo else '', num(hi) if hi else '', rb)

def norm_range(v):
    if not v or v[0] not in '[(':
        return norm(v)
    lb, rb = v[0], v[-1]
    lo, hi = v[1:-1].split(',')
    if lo and hi:
        lb = rb = '*'
    return repr(interval(lo, hi, lb, rb))

MONEY = {'CNY', 'USD', 'EUR', 'GBP', 'JPY', 'HKD', 'INR', 'CHF', 'CAD', 'AUD', 'RUB', 'KRW'}

def select(suite, r):
    kind, unit = r['kind'], r['unit']
    if suite == 'number':
        return kind in ('cardinal', 'fraction', 'year', 'money') and (unit == '' or kind == 'money')
    if suite == 'ordinal':
        return kind == 'ordinal'
    if suite == 'percent':
        return kind == 'percent'
    if suite == 'numberrange':
        return r['low'] != '' or r['high'] != '' or r['cmp'] != '=' or r['hedge'] != ''
    if suite == 'currency':
        return kind == 'money'
    if suite == 'dimension':
        return unit not in ('', '%', 'pp') and unit not in MONEY
    return False

def pair(suite, r):
    text = r['text'].lower()
    if suite == 'number' and r['kind'] == 'money':
        text = re.sub(r'^(us\$|hk\$|\$|€|£|¥|rmb|usd|cny|eur)\s*', '', text)
        text = re.sub(r'\s*(yuan|dollars?|euros?|us dollars|rmb|pounds|yen)$', '', text)
    if suite != 'numberrange' and r['hedge']:
        h = r['hedge']
        if text.startswith(h):
            text = text[len(h):].lstrip()
        elif text.endswith(h):
            text = text[:-len(h)].rstrip()
    if suite == 'numberrange':
        c = r['cmp']
        if r['value'] == '' and r['low'] and r['high']:
            v = interval(r['low'], r['high'], '*', '*')
        elif c in ('>', '>='):
            v = interval(r['low'], '', '(' if c == '>' else '[', ')')
        elif c in ('<', '<='):
            v = interval('', r['high'], '(', ')' if c == '<' else ']')
        else:
            v = interval(r['value'], r['value'], '[', ']')
        return (text, repr(v))
    return (text, norm(r['value']))

def run(cases, extra):
    inp = 'id\ttext\n' + ''.join('%d\t%s\n' % (c['id'], esc(c['input'])) for c in cases)
    out = subprocess.run([prog, '--tsv'] + extra, input=inp.encode(), capture_output=True, check=True).stdout.decode()
    lines = out.split('\n')
    head = lines[0].split('\t')
    rows = {}
    for ln in lines[1:]:
        if not ln:
            continue
        r = dict(zip(head, (unesc(f) for f in ln.split('\t'))))
        rows.setdefault(int(r['id']), []).append(r)
    return rows

def score(suite, extra=()):
    cases = [json.loads(l) for l in open('%s/numbers-%s-en.jsonl' % (suites_dir, suite))]
    rows = run(cases, list(extra))
    tp = npred = ngold = 0
    for c in cases:
        gold = [((g['text'] or '').lower(), norm_range(g['value']) if suite == 'numberrange' else norm(g['value']))
                for g in c['results']]
        pred = [pair(suite, r) for r in rows.get(c['id'], []) if select(suite, r)]
        left = list(gold)
        hit = 0
        for p in pred:
            if p in left:
                left.remove(p)
                hit += 1
        tp += hit
        npred += len(pred)
        ngold += len(gold)
        if verbose and (hit != len(gold) or hit != len(pred)):
            print('  %s %d %r\n     want %s\n     got  %s' % (suite, c['id'], c['input'][:90], gold, pred))
    p = tp / npred if npred else 0.0
    r = tp / ngold if ngold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f, len(cases)

for suite, extra, label in [('number', (), 'number'), ('ordinal', (), 'ordinal'),
                            ('ordinal', ('--relative',), 'ordinal --relative'),
                            ('percent', (), 'percent'), ('numberrange', (), 'numberrange'),
                            ('currency', (), 'currency'), ('dimension', (), 'dimension')]:
    p, r, f, n = score(suite, extra)
    print('%-20s %4d cases  P %.3f  R %.3f  F1 %.3f' % (label, n, p, r, f))
