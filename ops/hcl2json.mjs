// Prints one JSON object: { "<file>": <parsed HCL> } for every .tf file given. Exit 1 on a syntax error.
import { parse } from "@cdktf/hcl2json";
import { readFileSync } from "node:fs";

const out = {};
for (const file of process.argv.slice(2)) {
  try {
    out[file] = await parse(file, readFileSync(file, "utf8"));
  } catch (e) {
    console.error(`${file}: ${e.message ?? e}`);
    process.exit(1);
  }
}
process.stdout.write(JSON.stringify(out));
