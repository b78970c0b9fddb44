import { DATA_LICENCE, WIKIPEDIA_TEXT_LICENCE } from "@dyad/core/licence";
import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { routes } from "../lib/routes";
import { absoluteUrl, SITE_NAME, siteUrl } from "../lib/site";
import "./globals.css";
import "../components/relation.css";
import "../components/pages.css";

// Metadata is built at render time, not build time, so DYAD_PUBLIC_URL is read when served.
export async function generateMetadata(): Promise<Metadata> {
  return {
    metadataBase: siteUrl(),
    title: { default: "Dyad: relations between countries", template: `%s · ${SITE_NAME}` },
    description: "Dated, sourced and versioned facts about relations between countries.",
    applicationName: SITE_NAME,
    alternates: {
      types: { "application/atom+xml": [{ url: absoluteUrl(routes.feed()), title: "Dyad: recent changes" }] },
    },
    openGraph: { siteName: SITE_NAME, type: "website", locale: "en" },
  };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#0b5cad" };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#content">
          Skip to content
        </a>
        <header className="site">
          <a href={routes.home()} className="brand">
            Dyad
          </a>
          <span className="tagline muted">relations between countries, fact by fact</span>
          <nav aria-label="Site">
            <ul className="flat-list">
              <li>
                <a href={routes.countries()}>Countries</a>
              </li>
              <li>
                <a href={routes.search()}>Search</a>
              </li>
            </ul>
          </nav>
        </header>
        <main id="content">{children}</main>
        <footer className="site">
          <p>
            Every fact is dated, sourced and versioned: nothing published is ever lost. Any page can be read as it was
            published at a past date.
          </p>
          <p className="licence">
            Dyad's structured data is available under{" "}
            <a href={DATA_LICENCE.url} rel="license">
              {DATA_LICENCE.name}
            </a>
            . Statement text taken from Wikipedia articles is available under{" "}
            <a href={WIKIPEDIA_TEXT_LICENCE.url}>{WIKIPEDIA_TEXT_LICENCE.name}</a> and is attributed to its article on
            each page that shows it.
          </p>
          <p>
            <a href={routes.feed()} type="application/atom+xml">
              Recent changes (Atom feed)
            </a>
            {" · "}
            <a href={routes.apiDocs()}>Data API and releases</a>
          </p>
        </footer>
      </body>
    </html>
  );
}
