"use client";

/** Shown when something failed on our side (never for a bad address: that is a 404). */
export default function ErrorPage() {
  return (
    <>
      {/* A client component cannot export metadata; React puts this <title> in the head. */}
      <title>Something went wrong · Dyad</title>
      <h1>Something went wrong</h1>
      <p>
        This page could not be shown just now. Please try again in a moment, or <a href="/">go to the home page</a>.
      </p>
    </>
  );
}
