// @dyad/db: the one owner of the Prisma client, the domain operations and the shared schemas.

export { findCountry } from "@dyad/core/countries/find-country";
export { ALPHA2_BY_NUMERIC, WORLD_COUNTRIES } from "@dyad/core/countries/world";
export { type TRelatedLink, ZRelatedLink } from "@dyad/core/schemas/related-link";
export type { Anomaly, ArticleAnalysis, ArticleBlock, ProposedFact } from "@dyad/importer";
export { analyzeArticle } from "@dyad/importer";
// Editor app: sign-in, accounts, review workflow, history, flags, relations, audit log.
// The one zod instance, for apps that parse their input with it (the editor has no zod dependency of its own).
export { z } from "zod";
export { type Actor, SYSTEM_ACTOR } from "./actor";
export { createDraftFact } from "./api/create-draft-fact";
export { diffApiRevisions } from "./api/diff-api-revisions";
export { getApiFact } from "./api/get-api-fact";
export { getApiRelation } from "./api/get-api-relation";
export { getApiSource } from "./api/get-api-source";
export { getDraftFact } from "./api/get-draft-fact";
export { listApiCountries } from "./api/list-api-countries";
export { listApiFacts, listApiFactsJson } from "./api/list-api-facts";
export { listApiRelationChanges } from "./api/list-api-relation-changes";
export { listApiRelations } from "./api/list-api-relations";
export { listApiSources } from "./api/list-api-sources";
export { currentAnswersBehind, publishedAfter, type ReadInstant, resolveReadInstant } from "./api/read-instant";
export { reviseDraftFact } from "./api/revise-draft-fact";
export { searchApi } from "./api/search-api";
export { listAuditEvents, listAuditLog, type TAuditLogFilter, ZAuditLogFilter } from "./audit/list-audit-events";
export { findUserForExternalSignIn, getSessionActor } from "./auth/get-session-actor";
export { type SignedInUser, signInWithPassword } from "./auth/sign-in-with-password";
export { THROTTLE } from "./auth/throttle-policy";
export { unlockSignIn } from "./auth/unlock-sign-in";
export { verifiedPrimaryEmail } from "./auth/verified-primary-email";
export { applyChangeSet, HeldError } from "./change-sets/apply-change-set";
export { type ChangeSetView, getChangeSet } from "./change-sets/get-change-set";
export { listChangeSets, listPendingChangeSetsOfFact } from "./change-sets/list-change-sets";
export { mergeStaleChange } from "./change-sets/merge-stale-change";
export { openChangeSet } from "./change-sets/open-change-set";
export { publishChangeSet } from "./change-sets/publish-change-set";
export { publishDueChangeSets, SCHEDULER } from "./change-sets/publish-due-change-sets";
export { revertChangeSet } from "./change-sets/revert-change-set";
export { reviewChangeSet } from "./change-sets/review-change-set";
export { stageFactEdit } from "./change-sets/stage-fact-edit";
export { stageSummaryEdit } from "./change-sets/stage-summary-edit";
export { stageWithdrawal } from "./change-sets/stage-withdrawal";
export { submitChangeSet } from "./change-sets/submit-change-set";
export { type ChangeEvent, toChangeEvent } from "./changes/change-events";
export { listApiChangeGroups, listApiChanges } from "./changes/list-api-changes";
export { listLatestApiChanges } from "./changes/list-latest-api-changes";
export {
  type Db,
  disconnectDb,
  getDb,
  getPrimaryDb,
  hasReplicas,
  primaryWalPosition,
  raiseReadFloor,
  readFloor,
  readPublished,
  replicaUrls,
  waitForReplicas,
} from "./client";
export { countryFromSegment, countryPairFromSegment } from "./countries/country-from-segment";
export { AppError, type AppErrorCode, parseInput, toProblem } from "./errors";
export { createFact } from "./facts/create-fact";
export { deleteFact } from "./facts/delete-fact";
export { getFact } from "./facts/get-fact";
export { listFactRevisions } from "./facts/list-fact-revisions";
export { listFactsValidDuring } from "./facts/list-facts-valid-during";
export { publishFact } from "./facts/publish-fact";
export { reviseFact } from "./facts/revise-fact";
export { reviseFactOnPg } from "./facts/revise-fact-on-pg";
export { unpublishFact } from "./facts/unpublish-fact";
export { heldDuring, heldOn } from "./facts/valid-during";
export { applySuggestion } from "./flags/apply-suggestion";
export { dismissFlag } from "./flags/dismiss-flag";
export { type FlagDecision, listFlagDecisions } from "./flags/list-flag-decisions";
export { listQualityWarnings } from "./flags/list-quality-warnings";
export { resolveFlag } from "./flags/resolve-flag";
export { diffRevisions } from "./history/diff-revisions";
export { applyMerge, type MergeField, type MergeStatus, planMerge } from "./history/plan-merge";
export { restoreRevision } from "./history/restore-revision";
export { addressBudget } from "./http/address-budget";
export { byteRange, type RangeAnswer } from "./http/byte-range";
export { clientAddress } from "./http/client-address";
export { type ProblemBody, problemBody, problemJson } from "./http/problem-json";
export {
  type Idempotency,
  pruneIdempotencyKeys,
  recordIdempotent,
  replayIdempotent,
  requestFingerprint,
} from "./idempotency/idempotent";
export { type TArticleOrigin, ZArticleOrigin } from "./import/article-source";
export { type ImportReport, importArticle } from "./import/import-article";
export { awaitEffectsAfterCommit, effectsSettled } from "./lib/after-commit";
export { spreadsheetSafe } from "./lib/csv-cell";
export { type DatabaseFailure, databaseFailure } from "./lib/database-error";
export { defineOperation, inTransaction, type OperationContext, type OperationOptions } from "./lib/define-operation";
export { formatValidTime } from "./lib/format-valid-time";
export { inSqlTransaction } from "./lib/sql-transaction";
export { bulkChangeSetAction } from "./lists/bulk-change-set-action";
export { bulkFactAction } from "./lists/bulk-fact-action";
export type { BulkItemResult } from "./lists/bulk-result";
export { listChangeSetPage } from "./lists/list-change-set-page";
export { type EditorFactRow, listEditorFacts } from "./lists/list-editor-facts";
export { hasRole, roleRefusal, type TMinRole } from "./permissions";
export { compareFactSets, type FactSetChanges } from "./public/compare-fact-sets";
export { compareRevisions, type RevisionComparison } from "./public/compare-revisions";
export { describeFact, type FactDetail } from "./public/describe-fact";
export { type FactChange, factAsOf, factChanges } from "./public/fact-history";
export { getPublicCountry, type PublicCountry } from "./public/get-public-country";
export { getPublicFact, type PublicFact } from "./public/get-public-fact";
export { getPublicSource, type PublicSource } from "./public/get-public-source";
export { getRelationPage, type RelationPage } from "./public/get-relation-page";
export { getSiteStats } from "./public/get-site-stats";
export { claimSummary, groupBySentence, type SentenceGroup } from "./public/group-by-sentence";
export {
  countryBySlug,
  countryName,
  formatAmount,
  formatMoney,
  KIND_LABELS,
  SECTION_TITLES,
  truncate,
} from "./public/labels";
export { listPublicChanges, type PublicChange, type PublicChangeGroup } from "./public/list-public-changes";
export { listPublicCountries } from "./public/list-public-countries";
export { listPublicRelations, type PublicRelationSummary } from "./public/list-public-relations";
export { listSitemapEntries } from "./public/list-sitemap-entries";
export { type SearchResults, searchPublic } from "./public/search-public";
export { buildTimeline, type TimelineEntry, timelineLabel } from "./public/timeline";
export { type TradeFigures, type TradeRow, type TradeSeries, tradeFigures } from "./public/trade-series";
export { locateVersion, type VersionPosition } from "./public/versions";
export { deliverRevalidations, outboxSweptHere, pruneRevalidations } from "./public-cache/deliver-revalidations";
export { notifyPublicSite } from "./public-cache/notify-public-site";
export { cacheTags, tagsForFactChange } from "./public-cache/tags";
export { hitRateLimit, type RateLimitResult } from "./rate-limit/hit-rate-limit";
export { diffRevisionViews, type FieldChange } from "./read-model/diff";
// The as-of SQL itself, for the benchmarks that time it against the operations built on it.
export { latestPublications, publicAt, relationIdOf } from "./read-model/public-at";
export { relationName } from "./read-model/relation-countries";
export { type RevisionView, toContentInput } from "./read-model/revision-view";
export { listFactRedactions } from "./redactions/list-fact-redactions";
export { redactFact } from "./redactions/redact-fact";
export { canonicalRelationSlug } from "./relations/canonical-relation-slug";
export { createRelation } from "./relations/create-relation";
export { getPublicRelation } from "./relations/get-public-relation";
export { getRelationForEditor } from "./relations/get-relation-for-editor";
export { listRelations } from "./relations/list-relations";
export { searchRelations } from "./relations/search-relations";
export { updateRelationSummary, ZRelationSummary } from "./relations/update-relation-summary";
export { createRelease } from "./releases/create-release";
export { getRelease } from "./releases/get-release";
export { listReleaseChanges } from "./releases/list-release-changes";
export { listReleases } from "./releases/list-releases";
export {
  canonicalJson,
  canonicalLine,
  type ReleaseLine,
  recordBatches,
  releasePairs,
} from "./releases/release-records";
export { RELEASE_TABLES, type ReleaseTable, type ReleaseTableName } from "./releases/release-tables";
export * from "./schemas";
export * from "./schemas/lists";
export { type TRedactFactRequest, ZRedactFactRequest, ZRedactionReason } from "./schemas/redaction";
export { hasFollowableSource, isFollowable } from "./sources/followable";
export { listSourceFacts } from "./sources/list-source-facts";
export { type ApiTokenAuth, authenticateApiToken, requireScope } from "./tokens/authenticate-api-token";
export { createApiToken } from "./tokens/create-api-token";
export { listApiTokens } from "./tokens/list-api-tokens";
export { revokeApiToken } from "./tokens/revoke-api-token";
export { SCOPE_MIN_ROLE, type TApiTokenView, ZApiTokenView } from "./tokens/token-view";
export type { AnyTx, SqlTx, Tx } from "./tx";
export { changePassword } from "./users/change-password";
export { changeUserRole } from "./users/change-user-role";
export { createUser } from "./users/create-user";
export { endUserSessions } from "./users/end-user-sessions";
export { listUsers } from "./users/list-users";
export { normalizeEmail } from "./users/normalize-email";
export { hashPassword, verifyPassword } from "./users/password";
export { type TCreateUserRequest, type TRole, ZCreateUserRequest, ZEmail, ZPassword, ZRole } from "./users/schemas";
export { setUserDisabled } from "./users/set-user-disabled";
export { signOutSession } from "./users/sign-out-session";
export { createWebhook } from "./webhooks/create-webhook";
export { deleteWebhook } from "./webhooks/delete-webhook";
export { type DeliverOptions, deliverDueWebhooks } from "./webhooks/deliver-webhooks";
export { getWebhook } from "./webhooks/get-webhook";
export { listWebhookDeliveries } from "./webhooks/list-webhook-deliveries";
export { listWebhooks } from "./webhooks/list-webhooks";
export { replayWebhook } from "./webhooks/replay-webhook";
export { newWebhookSecret, SIGNATURE_HEADER, signDelivery, verifyDelivery } from "./webhooks/sign-delivery";
export { type AcceptOutcome, acceptImportProposals } from "./workflow/accept-import";
export { approveFact } from "./workflow/approve-fact";
export { approveFactOnPg } from "./workflow/approve-fact-on-pg";
export { checkFactContent } from "./workflow/check-fact-content";
export { type FieldSpec, factFormSpec, type NamedField } from "./workflow/fact-form-spec";
export { type EditorFact, getFactForEditor } from "./workflow/get-fact-for-editor";
export { type FactSummary, listMyDrafts, listRecentChanges, listReviewQueue } from "./workflow/list-dashboard";
export { type ImportPreview, type ProposalStatus, previewImport } from "./workflow/preview-import";
export { checkPublishRules, type FieldIssue } from "./workflow/publish-rules";
export { rejectFact, ZRejectReason } from "./workflow/reject-fact";
export { submitFact } from "./workflow/submit-fact";
export { autosaveWorkingCopy } from "./working-copies/autosave-working-copy";
export { clearWorkingCopy } from "./working-copies/clear-working-copy";
export { discardWorkingCopy } from "./working-copies/discard-working-copy";
export { getWorkingCopy } from "./working-copies/get-working-copy";
export { autosaveWorkingDraft } from "./working-drafts/autosave-working-draft";
export { autosaveWorkingDraftOnPg } from "./working-drafts/autosave-working-draft-on-pg";
export { clearWorkingDraft } from "./working-drafts/clear-working-draft";
export { discardWorkingDraft } from "./working-drafts/discard-working-draft";
export { getWorkingDraft } from "./working-drafts/get-working-draft";
export { listOthersWorkingDrafts } from "./working-drafts/list-others-working-drafts";
