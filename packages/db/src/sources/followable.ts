/**
 * A source a reader can follow: one with an http(s) address. A fact citing none is shown as
 * "unsourced", and publishing it needs a reviewer's explicit, audited override (publishFact).
 */
export const isFollowable = (source: { url: string | null | undefined }) =>
  typeof source.url === "string" && /^https?:\/\//i.test(source.url);

export const hasFollowableSource = (sources: { url: string | null | undefined }[]) => sources.some(isFollowable);
