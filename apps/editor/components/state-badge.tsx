import { STATE_LABELS } from "../lib/labels";

export function StateBadge({ state }: { state: string }) {
  return <span className={`badge ${state}`}>{STATE_LABELS[state] ?? state}</span>;
}
