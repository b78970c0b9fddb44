import { mkdirSync, writeFileSync } from "node:fs";
import { generateTypes, TYPES_FILE } from "../src/generate-types";

mkdirSync(new URL(".", TYPES_FILE), { recursive: true });
writeFileSync(TYPES_FILE, await generateTypes());
