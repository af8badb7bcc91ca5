// Writes docs/api.md from the contract: `npm run docs:api`.
import { writeFileSync } from "node:fs";
import { renderApiDoc } from "@callboard/contract/api-doc";

writeFileSync(new URL("../docs/api.md", import.meta.url), renderApiDoc());
console.log("docs/api.md written");
