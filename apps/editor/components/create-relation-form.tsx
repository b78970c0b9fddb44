"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useActionState, useEffect } from "react";
import { createRelationAction } from "../app/relations/actions";
import type { CountryOption } from "../lib/countries";

/** Two countries; the server gives the relation its canonical slug and opens it. */
export function CreateRelationForm({ countries }: { countries: CountryOption[] }) {
  const [state, action, pending] = useActionState(createRelationAction, null);
  const router = useRouter();
  useEffect(() => {
    if (state?.ok) router.push(`/relations/${state.data.slug}`);
  }, [state, router]);
  const error = state && !state.ok ? state.error : null;
  const existing = typeof error?.details?.slug === "string" ? error.details.slug : null;
  return (
    <form action={action}>
      <div className="row">
        {(["countryA", "countryB"] as const).map((name, i) => (
          <div className="field" key={name}>
            <label htmlFor={name}>{i === 0 ? "First country" : "Second country"}</label>
            <select id={name} name={name} required defaultValue="">
              <option value="" disabled>
                Choose a country
              </option>
              {countries.map((c) => (
                <option key={c.code} value={c.code}>
                  {c.name}
                </option>
              ))}
            </select>
          </div>
        ))}
        <div className="field" style={{ flex: "0 0 auto" }}>
          <button type="submit" disabled={pending}>
            {pending ? "Creating…" : "Create relation"}
          </button>
        </div>
      </div>
      {error && (
        <p className="notice error" role="alert">
          {error.message}
          {existing && (
            <>
              {" "}
              <Link href={`/relations/${existing}`}>Open it</Link>.
            </>
          )}
        </p>
      )}
    </form>
  );
}
