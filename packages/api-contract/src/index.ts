// @dyad/api-contract: the public API's requests, responses and OpenAPI paths, one file per
// resource. The document itself is built by "@dyad/api-contract/openapi".
export * from "./changes";
export * from "./countries";
export * from "./drafts";
export * from "./facts";
export { ZProblem } from "./openapi/responses";
export * from "./relations";
export * from "./release-files";
export * from "./releases";
export * from "./search";
export {
  containsNul,
  ZAnyCountryCode,
  ZInstant,
  ZKindList,
  ZReadQuery,
  ZSlug,
  ZValidReadQuery,
} from "./shared/requests";
export {
  type TApiFact,
  type TApiReadMeta,
  type TFactRecord,
  ZApiCitedSource,
  ZApiFact,
  ZApiLicence,
  ZApiReadMeta,
  ZApiReleaseRef,
  ZFactRecord,
  ZPageLinks,
  ZPageTotal,
} from "./shared/responses";
export * from "./sources";
export * from "./tokens";
export * from "./webhooks";
