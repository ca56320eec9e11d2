import type { Metadata } from "next";
import { cookies } from "next/headers";
import Link from "next/link";
import type { ReactNode } from "react";
import { AccountMenu } from "@/components/auth/account-menu";
import { KeyboardShortcuts } from "@/components/ui/keyboard-shortcuts";
import { ThemeSwitch } from "@/components/ui/theme-switch";
import { UndoToastProvider } from "@/components/ui/undo-toast";
import { parseThemePreference, THEME_COOKIE, themeAttribute } from "@/lib/display/theme-preference";
import { MyWorkNavLink } from "@/components/my-work/my-work-nav-link";
import "./globals.css";
import "./graph.css";
import "./board-views.css";
import "./features.css";
import "./responsive.css";

export const metadata: Metadata = {
  title: "Claimgraph",
  description: "Argument mapping and fact-checking: claims anchored in articles, linked to evidence.",
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Read on the server, so the first paint is already in the chosen theme: no script, no flash.
  const theme = parseThemePreference((await cookies()).get(THEME_COOKIE)?.value);
  return (
    <html lang="en" data-theme={themeAttribute(theme)}>
      <body>
        <header className="app-header">
          <Link className="brand" href="/">
            Claimgraph
          </Link>
          <nav aria-label="Site" className="app-nav">
            <Link href="/search">Search</Link>
            <MyWorkNavLink />
          </nav>
          <ThemeSwitch initial={theme} />
          <AccountMenu />
        </header>
        <UndoToastProvider>
          {children}
          <KeyboardShortcuts />
        </UndoToastProvider>
      </body>
    </html>
  );
}
