import type { Metadata, Viewport } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { NavLinks } from "../components/nav-links";
import { SignOutButton } from "../components/sign-out-button";
import { currentUser, hasRole } from "../lib/auth/session";
import { ROLE_LABELS } from "../lib/labels";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Dyad editor", template: "%s · Dyad editor" },
  robots: { index: false, follow: false },
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const user = await currentUser();
  const links = user
    ? [
        { href: "/", label: "Dashboard" },
        { href: "/relations", label: "Relations" },
        { href: "/facts", label: "Facts" },
        { href: "/change-sets", label: "Change-sets" },
        { href: "/import", label: "Import" },
        ...(hasRole(user.actor, "ADMIN")
          ? [
              { href: "/audit", label: "Audit log" },
              { href: "/users", label: "Users" },
            ]
          : []),
      ]
    : [];
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#content">
          Skip to content
        </a>
        <header className="site">
          <div className="inner">
            <Link className="brand" href="/">
              Dyad editor
            </Link>
            {user && <NavLinks links={links} />}
            {user && (
              <div className="account">
                <Link href="/account">
                  {user.actor.name} <span className="muted">({ROLE_LABELS[user.actor.role]})</span>
                </Link>
                <SignOutButton />
              </div>
            )}
          </div>
        </header>
        <main id="content" tabIndex={-1}>
          {children}
        </main>
      </body>
    </html>
  );
}
