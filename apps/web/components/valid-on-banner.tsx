import { plural } from "../lib/format";
import { onPhrase } from "../lib/time-params";

/** Marks a page filtered by valid time (`?on=`): which facts it keeps and how to see them all. */
export function ValidOnBanner({
  on,
  shown,
  undated,
  allHref,
}: {
  on: string;
  shown: number;
  undated: number;
  allHref: string;
}) {
  return (
    <div className="banner valid-on">
      <p>
        <strong>What was true {onPhrase(on)}.</strong> Showing the {plural(shown, "fact")} that held at some time{" "}
        {onPhrase(on)}
        {undated > 0 && <>; {plural(undated, "fact")} without a date are left out</>}.
      </p>
      <p>
        <a href={allHref}>Show every fact, whatever its date</a>
      </p>
    </div>
  );
}
