import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { AccountMenu } from "@/components/auth/account-menu";
import { MyWorkNavLink } from "@/components/my-work/my-work-nav-link";
import "./globals.css";
import "./responsive.css";

export const metadata: Metadata = {
  title: "Claimgraph",
  description: "Argument mapping and fact-checking: claims anchored in articles, linked to evidence.",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <header className="app-header">
          <Link className="brand" href="/">
            Claimgraph
          </Link>
          <nav aria-label="Site" className="app-nav">
            <Link href="/search">Search</Link>
            <MyWorkNavLink />
          </nav>
          <AccountMenu />
        </header>
        {children}
      </body>
    </html>
  );
}
