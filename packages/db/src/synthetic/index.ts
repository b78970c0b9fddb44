export { seedCountries } from "../countries/seed-countries";
export { generateSynthetic, type LoadStats, type SyntheticScale } from "./generate-synthetic";
