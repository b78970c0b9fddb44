"use client";

/** Ticks or clears every row checkbox of one bulk form on this page. */
export function SelectAll({ form }: { form: string }) {
  return (
    <input
      type="checkbox"
      aria-label="Select all on this page"
      onChange={(event) => {
        const boxes = document.querySelectorAll<HTMLInputElement>(`input[type=checkbox][form="${form}"]`);
        for (const box of boxes) box.checked = event.currentTarget.checked;
      }}
    />
  );
}
