import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Dyad: relations between countries", template: "%s · Dyad" },
  description: "Dated, sourced and versioned facts about relations between countries.",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <header className="site">
          <Link href="/" className="brand">
            Dyad
          </Link>
          <span className="muted">relations between countries, fact by fact</span>
        </header>
        <main>{children}</main>
        <footer className="site">Every fact is versioned: nothing published is ever lost.</footer>
      </body>
    </html>
  );
}
