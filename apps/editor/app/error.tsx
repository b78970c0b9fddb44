"use client";

/** Any unexpected failure while rendering: a plain message, never a stack. */
export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return (
    <>
      <h1>Something went wrong</h1>
      <p>This page could not be shown. Try again; if it keeps failing, tell an administrator.</p>
      <button type="button" onClick={reset}>
        Try again
      </button>
    </>
  );
}
