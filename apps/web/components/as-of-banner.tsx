import type { VersionPosition } from "@dyad/db";
import { formatInstant } from "../lib/format";

/**
 * Marks a page shown as it was published at a past instant, with links to the neighbouring
 * versions and to the current page. `href(version)` builds the address of a version.
 */
export function AsOfBanner({
  asOf,
  position,
  subject,
  href,
  currentHref,
}: {
  asOf: string;
  position: VersionPosition;
  subject: string;
  href: (version: string) => string;
  currentHref: string;
}) {
  return (
    <div className="banner" role="status">
      <p>
        <strong>Archived view.</strong> You are reading this page as it was published on{" "}
        <time dateTime={asOf}>{formatInstant(asOf)}</time>.{" "}
        {position.current ? (
          <>
            This version dates from <time dateTime={position.current}>{formatInstant(position.current)}</time>.
          </>
        ) : (
          <>Nothing about {subject} had been published by then.</>
        )}
      </p>
      <ul className="flat-list version-nav">
        {position.previous && (
          <li>
            <a href={href(position.previous)} rel="prev">
              ← Earlier version
            </a>
          </li>
        )}
        {position.next && (
          <li>
            <a href={href(position.next)} rel="next">
              Later version →
            </a>
          </li>
        )}
        <li>
          <a href={currentHref}>See the current version</a>
        </li>
      </ul>
    </div>
  );
}
