// npm sbd: one sentence a line.  Usage: node sbd_sentences.js FILE
const fs = require("fs");
const path = require("path");
const sbd = require(path.join(__dirname, "..", "node_modules", "sbd"));
const text = fs.readFileSync(process.argv[2], "utf8");
const out = sbd.sentences(text, { newline_boundaries: false });
process.stdout.write(out.join("\n") + "\n");
