import type { seed } from "./seed";

/** Print what the seed did and, the first time, the admin account's password (shown only then). */
export function printSeedResult(result: Awaited<ReturnType<typeof seed>>) {
  const { report, admin } = result;
  console.log(
    `Seed: ${result.countries} countries added; ${report.relationSlug}: ${report.created.length} facts created, ` +
      `${report.unchanged.length} unchanged, ${report.revised.length} revised, ${report.conflicts.length} conflicts.`,
  );
  if (admin.created) {
    console.log("\n  Admin account created. Its password is shown this once:");
    console.log(`    email:    ${admin.email}`);
    console.log(`    password: ${admin.password}\n`);
  }
}
