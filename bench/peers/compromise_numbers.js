// The numbers of a text with compromise (nlp(text).numbers()), paragraph by
// paragraph; prints one line per number.
const nlp = require('compromise');
const fs = require('fs');
const text = fs.readFileSync(process.argv[2], 'utf8');
const out = [];
for (const para of text.split(/\n\s*\n/)) {
	for (const n of nlp(para).numbers().json())
		out.push(String(n.number && n.number.num) + '\t' + n.text);
	if (out.length > 10000) { process.stdout.write(out.join('\n') + '\n'); out.length = 0; }
}
process.stdout.write(out.join('\n') + '\n');
