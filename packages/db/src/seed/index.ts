export { printSeedResult } from "./print-seed-result";
export { SEED_ARTICLE, SEED_ORIGIN, seed } from "./seed";
