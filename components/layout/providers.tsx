"use client";
import { SessionProvider } from "next-auth/react";
import type { ReactNode } from "react";

// Public pages stay static; the header learns who is signed in from the session endpoint in the browser.
export function Providers({ children }: { children: ReactNode }) {
  return <SessionProvider refetchOnWindowFocus={false}>{children}</SessionProvider>;
}
