"use client";

import { useEffect } from "react";

const QUESTION = "You have unsaved changes in this form. Leave the page and lose them?";

/**
 * While the form holds unsaved input, leaving the page asks first: a reload, closing the tab or
 * typing an address (the browser's own beforeunload prompt) and a click on a link inside the app,
 * which Next.js follows without unloading the page.
 */
export function useLeaveGuard(unsaved: boolean) {
  useEffect(() => {
    if (!unsaved) return;
    const beforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = "";
    };
    const click = (event: MouseEvent) => {
      const link = (event.target as Element | null)?.closest?.("a[href]");
      if (!link || event.defaultPrevented || (link as HTMLAnchorElement).target === "_blank") return;
      if (!window.confirm(QUESTION)) {
        event.preventDefault();
        event.stopPropagation();
      }
    };
    window.addEventListener("beforeunload", beforeUnload);
    document.addEventListener("click", click, true);
    return () => {
      window.removeEventListener("beforeunload", beforeUnload);
      document.removeEventListener("click", click, true);
    };
  }, [unsaved]);
}
