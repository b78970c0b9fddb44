// The structured fields of each fact kind. These shapes are stored as JSON in
// fact_revision.data: changing one needs a data migration for existing revisions.
import { z } from "zod";
import { ZPartialDate } from "./partial-date";
import { ZText } from "./text";

export const ZCountryCode = z
  .string()
  .regex(/^[A-Z]{2}$/, "An ISO 3166-1 alpha-2 code, e.g. AZ")
  .describe("ISO 3166-1 alpha-2 country code");

const text = ZText;

export const ZPerson = z.strictObject({
  name: text(200),
  role: text(300).optional().describe("Office or role at the time, as reported"),
  country: ZCountryCode.optional(),
});
export type TPerson = z.infer<typeof ZPerson>;

export const ZAmount = z.strictObject({
  value: z
    .number()
    .finite()
    .nonnegative()
    .nullable()
    .describe("The figure in `unit`s; null when the reported text could not be read as a number"),
  currency: z.string().regex(/^[A-Z]{3}$/, "An ISO 4217 code, e.g. USD"),
  unit: z.enum(["ONE", "THOUSAND", "MILLION", "BILLION"]),
  asReported: text(200).describe("The amount exactly as the source wrote it"),
});
export type TAmount = z.infer<typeof ZAmount>;

export const ZRecognitionData = z.strictObject({
  recognizer: ZCountryCode,
  recognized: ZCountryCode,
  subject: text(200).default("independence"),
});

export const ZDiplomaticRelationsData = z.strictObject({
  event: z.enum(["ESTABLISHED", "SUSPENDED", "SEVERED", "RESTORED"]),
});

export const ZAgreementData = z.strictObject({
  title: text(500),
  agreementType: text(100).optional().describe("convention, treaty, memorandum, ..."),
  signedOn: ZPartialDate.optional(),
  inForceOn: ZPartialDate.optional(),
  parties: z.array(ZCountryCode).min(2).max(200),
});

export const ZTradeFigureData = z.strictObject({
  reporter: ZCountryCode.describe("The country whose imports or exports these are"),
  partner: ZCountryCode,
  flow: z.enum(["IMPORTS", "EXPORTS", "TURNOVER"]),
  amount: ZAmount,
  reportedBy: text(300).optional().describe("The body that published the figure"),
});

export const ZVisitData = z.strictObject({
  type: z.enum(["VISIT", "MEETING"]),
  people: z.array(ZPerson).max(50).default([]),
  fromCountry: ZCountryCode.optional(),
  toCountry: ZCountryCode.optional(),
  place: text(300).optional(),
  occasion: text(500).optional(),
});

export const ZMissionData = z.strictObject({
  owner: ZCountryCode.describe("The country that keeps the mission"),
  missionType: z.enum(["EMBASSY", "CONSULATE", "HONORARY_CONSULATE", "VISA_CENTRE", "OTHER"]),
  hostCountry: ZCountryCode.describe("The country the mission is in"),
  city: text(200).optional(),
  accreditedTo: ZCountryCode.optional().describe("Set when the mission also covers another country"),
});

export const ZParliamentaryGroupData = z.strictObject({
  name: text(300),
  parliamentOf: ZCountryCode,
  event: z.enum(["ESTABLISHED", "MEETING", "LEADERSHIP"]),
  people: z.array(ZPerson).max(50).default([]),
});

export const ZEducationData = z.strictObject({
  programme: text(300).optional(),
  studentCount: z.number().int().nonnegative().optional(),
  people: z.array(ZPerson).max(50).default([]),
});

export const ZCultureData = z.strictObject({
  title: text(300).optional(),
  eventType: text(100).optional().describe("festival, concert, play, commemoration, ..."),
  place: text(300).optional(),
  people: z.array(ZPerson).max(50).default([]),
  organisations: z.array(text(300)).max(50).default([]),
});

export const ZGeneralData = z.strictObject({
  topic: text(200).optional(),
});

export const FACT_DATA_SCHEMAS = {
  RECOGNITION: ZRecognitionData,
  DIPLOMATIC_RELATIONS: ZDiplomaticRelationsData,
  AGREEMENT: ZAgreementData,
  TRADE_FIGURE: ZTradeFigureData,
  VISIT: ZVisitData,
  MISSION: ZMissionData,
  PARLIAMENTARY_GROUP: ZParliamentaryGroupData,
  EDUCATION: ZEducationData,
  CULTURE: ZCultureData,
  GENERAL: ZGeneralData,
} as const;

export type FactKind = keyof typeof FACT_DATA_SCHEMAS;
export const FACT_KINDS = Object.keys(FACT_DATA_SCHEMAS) as FactKind[];
export const ZFactKind = z.enum(FACT_KINDS as [FactKind, ...FactKind[]]);
