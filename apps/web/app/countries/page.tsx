import type { Metadata } from "next";
import { plural } from "@/lib/format";
import { pageMetadata } from "@/lib/metadata";
import { publicCountries } from "@/lib/public-data";
import { routes } from "@/lib/routes";

// Per request from a cached read (tag "relations"), like the home page.
export const dynamic = "force-dynamic";

export const metadata: Metadata = pageMetadata({
  title: "Countries",
  description: "Every country with published facts about its relations, with how many relations each has.",
  path: routes.countries(),
});

export default async function CountriesPage() {
  const countries = await publicCountries();
  return (
    <>
      <h1>Countries</h1>
      <p>Countries with published facts about at least one of their relations.</p>
      {countries.length === 0 ? (
        <p>No country has published relations yet.</p>
      ) : (
        <ul className="country-list">
          {countries.map((c) => (
            <li key={c.code}>
              <a href={routes.country(c.slug)}>{c.name}</a>{" "}
              <span className="muted">({plural(c.relations, "relation")})</span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
