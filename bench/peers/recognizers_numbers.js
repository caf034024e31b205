// The numbers of a text with Microsoft's Recognizers-Text: the number model
// (with "all" as second argument also ordinal and percent), paragraph by paragraph.
const R = require('@microsoft/recognizers-text-number');
const fs = require('fs');
const text = fs.readFileSync(process.argv[2], 'utf8');
const models = process.argv[3] === "all" ? [R.recognizeNumber, R.recognizeOrdinal, R.recognizePercentage] : [R.recognizeNumber];
const out = [];
for (const para of text.split(/\n\s*\n/)) {
	for (const m of models)
		for (const r of m(para, R.Culture.English))
			out.push(r.typeName + '\t' + r.resolution.value + '\t' + r.text);
	if (out.length > 10000) { process.stdout.write(out.join('\n') + '\n'); out.length = 0; }
}
process.stdout.write(out.join('\n') + '\n');
