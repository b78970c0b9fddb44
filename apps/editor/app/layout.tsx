import type { Metadata } from "next";
import type { ReactNode } from "react";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Dyad editor", template: "%s · Dyad editor" },
  robots: { index: false, follow: false },
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <header className="site">
          <span className="brand">Dyad editor</span>
          <span className="muted">curate facts: draft, review, publish</span>
        </header>
        <main>{children}</main>
      </body>
    </html>
  );
}
