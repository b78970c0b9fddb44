import type { TRelatedLink } from "@dyad/db";
import { routes } from "../lib/routes";

/**
 * The imported article's navigation ("See also", external links, categories), kept as links of
 * the relation rather than facts. A link with an address goes there; a title alone is searched
 * for on Dyad (e.g. "Foreign relations of Canada" finds Canada and its relations).
 */
export function RelatedLinks({ links }: { links: TRelatedLink[] }) {
  if (links.length === 0) return null;
  return (
    <section aria-labelledby="see-also">
      <h2 id="see-also">See also</h2>
      <ul className="flat-list related-links">
        {links.map((link) => (
          <li key={`${link.kind}:${link.title}`}>
            <a href={link.url ?? routes.search(link.title)} rel={link.url ? "nofollow" : undefined}>
              {link.title}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
