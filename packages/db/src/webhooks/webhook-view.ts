import type { TWebhook } from "@dyad/api-contract";

export const webhookSelect = {
  id: true,
  url: true,
  relation: true,
  country: true,
  kind: true,
  cursor: true,
  attempts: true,
  nextAttemptAt: true,
  lastError: true,
  createdAt: true,
} as const;

interface WebhookRow {
  id: string;
  url: string;
  relation: string | null;
  country: string | null;
  kind: string | null;
  cursor: string;
  attempts: number;
  nextAttemptAt: Date;
  lastError: string | null;
  createdAt: Date;
}

export const toWebhookView = (row: WebhookRow): TWebhook => ({
  ...row,
  nextAttemptAt: row.nextAttemptAt.toISOString(),
  createdAt: row.createdAt.toISOString(),
});
