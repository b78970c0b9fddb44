// Generated from the OpenAPI document by openapi-typescript: do not edit.
// Regenerate with `pnpm --filter @dyad/client types`; a test fails while this file is stale.

export interface paths {
    "/api/v1/countries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Countries
         * @description Every ISO 3166-1 country, by name. Reference data: the same at every instant.
         */
        get: operations["listCountries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/relations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Relations
         * @description Relations with at least one fact public at asOf, in slug order, with how many.
         */
        get: operations["listRelations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/relations/{slug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A relation
         * @description A relation at asOf: its countries, its public facts counted by kind, and its related links (the article's further reading, never facts). With on (valid time), only the facts that held on that date are counted.
         */
        get: operations["getRelation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/relations/{slug}/facts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A relation's facts
         * @description The facts public at asOf, oldest valid time first (undated first), optionally filtered by kind, by valid time (on: true at some point of that day, month or year; or overlap with validFrom..validTo; undated facts then drop out) and by words of the statement. on and asOf together: what Dyad said at asOf about on.
         */
        get: operations["listRelationFacts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/relations/{slug}/changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What changed in a relation between two instants
         * @description Facts added, changed (with the field-by-field diff) and withdrawn between the public state at since and at asOf (or now). A since after asOf, or in the future, is a 400.
         */
        get: operations["getRelationChanges"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search published facts, relations and countries
         * @description Facts by statement text, kind (trade, embassy, visit), structured fields (years, amounts, people, places, agreement titles), with typo tolerance; facets kind, relation and from..to (years of valid time), each counted without its own filter. One result per sentence with its number of claims; paged.
         */
        get: operations["search"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/facts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A fact and its public revisions
         * @description What the public saw of a fact at asOf, every revision public at some time up to asOf, and each publication and withdrawal. 404 if the fact was not public by then; drafts never show. With on (valid time), heldOn says whether what the public saw held on that date.
         */
        get: operations["getFact"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Revise a draft
         * @description Save a new draft revision: the draft named by If-Match with the given content fields replaced (scope facts:write). Saving what the draft already says creates nothing (changed: false).
         */
        patch: operations["reviseFactDraft"];
        trace?: never;
    };
    "/api/v1/facts/{id}/diff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Compare two revisions
         * @description Two public revisions of a fact compared field by field, and the statement word by word.
         */
        get: operations["diffFactRevisions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sources": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Sources
         * @description Sources cited by the facts public at asOf (all, or one relation's), in id order.
         */
        get: operations["listSources"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sources/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A source and the facts citing it
         * @description A source and up to 1,000 facts whose public revision cited it at asOf.
         */
        get: operations["getSource"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Changes feed
         * @description Every publication and withdrawal, oldest first, with the content made public. Apply the events in order (published: put the fact; withdrawn: remove it) and, on the last page (hasMore false), you hold exactly the public state at meta.asOf. Keep nextCursor and poll it later for what follows. A full page never changes.
         */
        get: operations["listChanges"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/changes/grouped": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Changes feed, one entry per publish
         * @description The changes feed's pages grouped: each entry is one publish, either one fact's publication or withdrawal, or an editorial change-set's publish (or revert) with all its events, which share one instant. Same query, same cursors (interchangeable with /api/v1/changes) and same events; limit counts events, and a page never ends inside an entry.
         */
        get: operations["listChangeGroups"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/changes.atom": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Changes feed (Atom)
         * @description The latest 50 events as an Atom feed, for feed readers: a change-set's publish (or revert) is one entry naming and linking each fact.
         */
        get: operations["getChangesAtom"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/releases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Releases
         * @description Named, frozen states of everything public, newest first.
         */
        get: operations["listReleases"];
        put?: never;
        /**
         * Cut a release
         * @description Freeze everything public now under a name. Reviewers and admins (scope releases:write).
         */
        post: operations["createRelease"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/releases/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A release
         * @description Its manifest (counts, instant, notes, changes), content hash and downloads. latest: 302 to the newest.
         */
        get: operations["getRelease"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/releases/{name}/changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A release's changelog
         * @description Facts added, changed (another revision) or removed since the previous release, in fact id order.
         */
        get: operations["listReleaseChanges"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/releases/{name}/{file}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download a release
         * @description facts.ndjson is the canonical serialization: one RFC 8785 JSON line per fact, in fact id order, each ending in \n; its SHA-256 is the release's contentHash (see /docs/api#releases). facts.json and facts.csv carry the same records; revisions.csv, sources.csv and citations.csv the same data as normalised tables, described with their schemas by datapackage.json (Frictionless Data Package). CITATION.cff says how to cite the release. Each data file is also served gzipped (.gz) and brotli-compressed (.br), with its exact Content-Length and one byte range on request (Range: 206; 416 past the end), so a broken download resumes. Link names the licence (rel=license) and the package (rel=describedby). Immutable.
         */
        get: operations["downloadReleaseFile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/facts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a draft fact
         * @description A new fact, saved as a draft for review, with the same rules as the editor app (scope facts:write).
         */
        post: operations["createFact"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/facts/{id}/draft": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A fact's latest draft
         * @description The draft an edit starts from; its ETag is the If-Match of the edit (scope facts:write).
         */
        get: operations["getFactDraft"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/facts/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit a draft for review
         * @description Send the draft named by If-Match to the reviewers; refused with its issues if it could not be published.
         */
        post: operations["submitFactDraft"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Your webhooks
         * @description The subscriptions of the token making the request.
         */
        get: operations["listWebhooks"];
        put?: never;
        /**
         * Subscribe to changes
         * @description Matching publications and withdrawals (by relation, country, kind) are POSTed to url in feed order, one page per request, signed: Dyad-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of `<t>.<body>` with the secret>. A 2xx moves the subscription past them; anything else is retried with backoff (10 s doubling to 1 h), so a receiver that was down gets every change after its cursor, once. The secret is in this answer only.
         */
        post: operations["createWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A webhook
         * @description Its filters, its cursor in the changes feed and its retry state.
         */
        get: operations["getWebhook"];
        put?: never;
        post?: never;
        /**
         * Stop a webhook
         * @description Nothing more is sent; the delivery log stays.
         */
        delete: operations["deleteWebhook"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/{id}/replay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Replay from a cursor
         * @description Deliver again every matching change after a changes-feed cursor (meta.nextCursor of /api/v1/changes).
         */
        post: operations["replayWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Delivery log
         * @description Every attempt, newest first (the latest 100): the events sent and the receiver's answer.
         */
        get: operations["listWebhookDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        Country: {
            /** @description ISO 3166-1 alpha-2 */
            code: string;
            /** @description ISO 3166-1 alpha-3 */
            alpha3: string;
            slug: string;
            name: string;
            officialName: string;
            region: string;
            /** @description ISO 3166-1 numeric, three digits (null for Kosovo) */
            numeric: string | null;
            /** @description UN M49 (the ISO numeric code; null where M49 has none) */
            m49: string | null;
            /** @description Wikidata item id, e.g. Q227 */
            wikidata: string | null;
            /** @description Correlates of War state number and abbreviation (null: not in the COW state system) */
            cow: {
                code: number;
                letter: string | null;
            } | null;
            /** @description The same country elsewhere: its Wikidata item and ISO's entry */
            sameAs: string[];
        };
        ReadMeta: {
            /** @description The instant this answer is exactly right for. Pass it as asOf to get the same answer again. */
            asOf: string;
            /** @description True for an answer about now (no asOf, or one in the future): later publications change it */
            current: boolean;
            /** @description True when this answer can never change (a settled instant): it is served with Cache-Control immutable */
            final: boolean;
            /** @description The latest release cut at or before asOf */
            release: {
                name: string;
                /** @description An instant in UTC with microseconds, e.g. 2026-11-29T18:57:11.814123Z */
                asOf: string;
                contentHash: string;
                url: string;
            } | null;
            /** @description Under which terms this answer may be reused */
            licence: {
                /** @description Dyad's structured data (kinds, dates, amounts, parties, sources, history) */
                data: {
                    name: string;
                    url: string;
                };
                /** @description Statement text taken from Wikipedia articles; the cited article (title and address) is its attribution */
                text: {
                    name: string;
                    url: string;
                    appliesTo: string;
                };
            };
        };
        /** @description RFC 9457 problem details; never a stack trace */
        Problem: {
            /** @description about:blank */
            type: string;
            /** @description What went wrong, in a few words for people, e.g. "This relation does not exist" */
            title: string;
            /** @description The machine-readable kind of problem to branch on: INVALID, NOT_FOUND, CONFLICT, RATE_LIMITED, ... */
            code: string;
            status: number;
            /** @description What went wrong, for a person to read */
            detail: string;
            /** @description The path that was requested */
            instance: string;
            issues?: {
                path: string;
                message: string;
            }[];
        } & {
            [key: string]: unknown;
        };
        Relation: {
            slug: string;
            name: string;
            countries: {
                code: string;
                name: string;
                slug: string;
            }[];
            /** @description Facts public at asOf (with on: of those, the facts that held on that date) */
            factCount: number;
            /** @description The latest publication or withdrawal at or before asOf */
            lastPublishedAt: string;
            links: {
                self: string;
                facts: string;
                page: string;
            };
        };
        Fact: {
            /**
             * Format: uuid
             * @description The fact's stable id
             */
            factId: string;
            /**
             * Format: uuid
             * @description The immutable revision this content comes from
             */
            revisionId: string;
            /** @description The revision's number within the fact, from 1 */
            revision: number;
            /** @description The relation's slug */
            relation: string;
            /** @description The two countries (ISO 3166-1 alpha-2) */
            countries: string[];
            /** @enum {string} */
            kind: "RECOGNITION" | "DIPLOMATIC_RELATIONS" | "AGREEMENT" | "TRADE_FIGURE" | "VISIT" | "MISSION" | "PARLIAMENTARY_GROUP" | "EDUCATION" | "CULTURE" | "GENERAL";
            /** @enum {string} */
            section: "background" | "missions" | "agreements" | "visits" | "parliament" | "economy" | "education" | "culture" | "other";
            statement: string;
            /** @description The kind's structured fields */
            data: {
                [key: string]: unknown;
            };
            /** @description When the fact held in the world: YYYY, YYYY-MM or YYYY-MM-DD; end null = still holds or unknown */
            validTime: {
                start: string | null;
                end: string | null;
            };
            sources: components["schemas"]["CitedSource"][];
            /** @description SHA-256 of the revision's content (kind, section, data, statement, time, citations) */
            contentHash: string;
            /** @description When the revision was written */
            createdAt: string;
            /** @description Why the revision was made */
            note: string;
            /** @description When this revision became what the public sees (the latest such time) */
            publishedAt: string;
        };
        CitedSource: {
            /** Format: uuid */
            id: string;
            url: string | null;
            title: string;
            publisher: string | null;
            /** @enum {string} */
            kind: "ARTICLE" | "WEBSITE" | "GOVERNMENT" | "NEWS" | "BOOK" | "DATASET" | "OTHER";
            /** @description YYYY-MM-DD */
            publishedOn: string | null;
            /** @description YYYY-MM-DD */
            accessedOn: string | null;
            /** @description Where in the source: section, page or paragraph */
            locator: string | null;
        };
        /** @description A fact as one revision says it: one line of a release download */
        FactRecord: {
            /**
             * Format: uuid
             * @description The fact's stable id
             */
            factId: string;
            /**
             * Format: uuid
             * @description The immutable revision this content comes from
             */
            revisionId: string;
            /** @description The revision's number within the fact, from 1 */
            revision: number;
            /** @description The relation's slug */
            relation: string;
            /** @description The two countries (ISO 3166-1 alpha-2) */
            countries: string[];
            /** @enum {string} */
            kind: "RECOGNITION" | "DIPLOMATIC_RELATIONS" | "AGREEMENT" | "TRADE_FIGURE" | "VISIT" | "MISSION" | "PARLIAMENTARY_GROUP" | "EDUCATION" | "CULTURE" | "GENERAL";
            /** @enum {string} */
            section: "background" | "missions" | "agreements" | "visits" | "parliament" | "economy" | "education" | "culture" | "other";
            statement: string;
            /** @description The kind's structured fields */
            data: {
                [key: string]: unknown;
            };
            /** @description When the fact held in the world: YYYY, YYYY-MM or YYYY-MM-DD; end null = still holds or unknown */
            validTime: {
                start: string | null;
                end: string | null;
            };
            sources: components["schemas"]["CitedSource"][];
            /** @description SHA-256 of the revision's content (kind, section, data, statement, time, citations) */
            contentHash: string;
            /** @description When the revision was written */
            createdAt: string;
            /** @description Why the revision was made */
            note: string;
        };
        Source: {
            /** Format: uuid */
            id: string;
            url: string | null;
            title: string;
            publisher: string | null;
            /** @enum {string} */
            kind: "ARTICLE" | "WEBSITE" | "GOVERNMENT" | "NEWS" | "BOOK" | "DATASET" | "OTHER";
            /** @description YYYY-MM-DD */
            publishedOn: string | null;
            /** @description YYYY-MM-DD */
            accessedOn: string | null;
            /** @description Public facts citing it at asOf */
            citedBy: number;
        };
        ChangeEvent: {
            /** @description The event's position in the publication log */
            id: string;
            /** @description An instant in UTC with microseconds, e.g. 2026-11-29T18:57:11.814123Z */
            at: string;
            /** @enum {string} */
            type: "published" | "withdrawn";
            /** Format: uuid */
            factId: string;
            relation: string;
            /** @description published: the content now public; withdrawn or redacted: null */
            fact: {
                /**
                 * Format: uuid
                 * @description The fact's stable id
                 */
                factId: string;
                /**
                 * Format: uuid
                 * @description The immutable revision this content comes from
                 */
                revisionId: string;
                /** @description The revision's number within the fact, from 1 */
                revision: number;
                /** @description The relation's slug */
                relation: string;
                /** @description The two countries (ISO 3166-1 alpha-2) */
                countries: string[];
                /** @enum {string} */
                kind: "RECOGNITION" | "DIPLOMATIC_RELATIONS" | "AGREEMENT" | "TRADE_FIGURE" | "VISIT" | "MISSION" | "PARLIAMENTARY_GROUP" | "EDUCATION" | "CULTURE" | "GENERAL";
                /** @enum {string} */
                section: "background" | "missions" | "agreements" | "visits" | "parliament" | "economy" | "education" | "culture" | "other";
                statement: string;
                /** @description The kind's structured fields */
                data: {
                    [key: string]: unknown;
                };
                /** @description When the fact held in the world: YYYY, YYYY-MM or YYYY-MM-DD; end null = still holds or unknown */
                validTime: {
                    start: string | null;
                    end: string | null;
                };
                sources: components["schemas"]["CitedSource"][];
                /** @description SHA-256 of the revision's content (kind, section, data, statement, time, citations) */
                contentHash: string;
                /** @description When the revision was written */
                createdAt: string;
                /** @description Why the revision was made */
                note: string;
            } | null;
            /** @description Set when the revision this event published was later taken down */
            redacted: {
                /** @description An instant in UTC with microseconds, e.g. 2026-11-29T18:57:11.814123Z */
                at: string;
                by: string;
                reason: string;
            } | null;
            /** @description Set when the event is part of an editorial change-set: all its events share one instant and are never split across pages */
            changeSet: {
                /** Format: uuid */
                id: string;
                title: string;
                /** @description What the change-set is about, as its editors wrote it (may be empty) */
                description: string;
                /**
                 * @description The change-set's publish, or its revert
                 * @enum {string}
                 */
                action: "published" | "reverted";
            } | null;
        };
        ReleaseSummary: {
            name: string;
            /** @description An instant in UTC with microseconds */
            asOf: string;
            /** @description An instant in UTC with microseconds */
            createdAt: string;
            factCount: number;
            contentHash: string;
            url: string;
        };
        Release: {
            name: string;
            /** @description An instant in UTC with microseconds */
            asOf: string;
            /** @description An instant in UTC with microseconds */
            createdAt: string;
            factCount: number;
            contentHash: string;
            url: string;
            notes: string;
            manifest: components["schemas"]["ReleaseManifest"];
            /** @description Entries whose text was taken down since the cut, by factId: downloads leave them out, so only a copy taken before can be checked against contentHash (docs/releases.md, Takedowns) */
            redactions: {
                /** Format: uuid */
                factId: string;
                /** Format: uuid */
                revisionId: string;
                /** @description When its text was withdrawn from public view */
                at: string;
                reason: string;
            }[];
            previous: {
                name: string;
                url: string;
            } | null;
            links: {
                changes: string;
                json: string;
                /** @description The canonical serialization: its SHA-256 is contentHash */
                ndjson: string;
                csv: string;
                /** @description Frictionless Data Package: the release's tables and their schemas */
                datapackage: string;
                /** @description CITATION.cff: how to cite the release */
                citation: string;
                /** @description revisions.csv */
                revisions: string;
                /** @description sources.csv */
                sources: string;
                /** @description citations.csv: which revision cites which source */
                citations: string;
            };
        };
        ReleaseManifest: {
            /**
             * @description The serialization rules the hash follows (docs/releases.md)
             * @enum {string}
             */
            format: "dyad-release/1";
            name: string;
            /** @description The instant frozen: the release holds exactly what was public then */
            asOf: string;
            notes: string;
            factCount: number;
            relationCount: number;
            /** @description Facts by kind */
            kinds: {
                RECOGNITION?: number;
                DIPLOMATIC_RELATIONS?: number;
                AGREEMENT?: number;
                TRADE_FIGURE?: number;
                VISIT?: number;
                MISSION?: number;
                PARLIAMENTARY_GROUP?: number;
                EDUCATION?: number;
                CULTURE?: number;
                GENERAL?: number;
            };
            /** @enum {string} */
            hashAlgorithm: "sha256";
            /** @description Lowercase hex SHA-256 of facts.ndjson, byte for byte */
            contentHash: string;
            previous: {
                name: string;
                /** @description An instant in UTC with microseconds */
                asOf: string;
                contentHash: string;
            } | null;
            /** @description Against the previous release: facts new in this one, with another revision, or gone */
            changes: {
                added: number;
                changed: number;
                removed: number;
            };
            /** @description Under which terms the release may be reused (absent in releases cut before it was stated) */
            licence?: string;
        };
        ReleaseChange: {
            /** Format: uuid */
            factId: string;
            /** @enum {string} */
            change: "added" | "changed" | "removed";
            relation: string;
            /** @description The revision in the previous release */
            from: {
                /** Format: uuid */
                revisionId: string;
                revision: number;
            } | null;
            /** @description The revision in this release */
            to: {
                /** Format: uuid */
                revisionId: string;
                revision: number;
            } | null;
            /** @description The statement in this release (removed: in the previous one); a placeholder when taken down since */
            statement: string;
        };
        Draft: {
            data: {
                /** Format: uuid */
                factId: string;
                relation: string;
                /**
                 * Format: uuid
                 * @description Send it back as If-Match to revise this draft
                 */
                revisionId: string;
                revision: number;
                /** @enum {string} */
                reviewState: "DRAFT" | "SUBMITTED" | "REJECTED" | "PUBLISHED";
                /**
                 * Format: uuid
                 * @description What the public sees now; null: not public
                 */
                publishedRevisionId: string | null;
                kind: string;
                section: string;
                statement: string;
                data: {
                    [key: string]: unknown;
                };
                validTime: {
                    start: string | null;
                    end: string | null;
                };
                sources: components["schemas"]["CitedSource"][];
                note: string;
                createdAt: string;
                /** @description What must change before a reviewer can publish it (empty: ready) */
                publishIssues: {
                    path: string;
                    message: string;
                }[];
            };
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listCountries: {
        parameters: {
            query?: {
                /** @description Answer with exactly what was public at this instant. Omitted: now (the response says which instant that was). */
                asOf?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The countries */
            200: {
                headers: {
                    /** @description Requests allowed in the window */
                    "RateLimit-Limit": string;
                    /** @description Requests left in the window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    /** @description Send it back as If-None-Match to get 304 Not Modified */
                    ETag: string;
                    /** @description Immutable for a settled asOf; short for answers about now */
                    "Cache-Control": string;
                    /** @description Accept: the representation follows it */
                    Vary: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Country"][];
                        meta: components["schemas"]["ReadMeta"];
                    };
                    "application/ld+json": {
                        "@context": string;
                        "@type": string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Not modified (If-None-Match matched the ETag) */
            304: {
                headers: {
                    /** @description Requests allowed in the window */
                    "RateLimit-Limit": string;
                    /** @description Requests left in the window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    /** @description Send it back as If-None-Match to get 304 Not Modified */
                    ETag: string;
                    /** @description Immutable for a settled asOf; short for answers about now */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad parameters: the detail names which and why */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The path does not answer this method; Allow lists those it does */
            405: {
                headers: {
                    /** @description The methods this path answers, e.g. GET, HEAD, OPTIONS */
                    Allow: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Accept excludes every representation this path serves (q-values honoured; none or *\/* is fine) */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client */
            429: {
                headers: {
                    /** @description Requests allowed in the window */
                    "RateLimit-Limit": string;
                    /** @description Requests left in the window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    /** @description Seconds to wait */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listRelations: {
        parameters: {
            query?: {
                /** @description Answer with exactly what was public at this instant. Omitted: now (the response says which instant that was). */
                asOf?: string;
                /** @description Only relations of this country: ISO 3166-1 alpha-2 (AZ), alpha-3 (AZE) or numeric (031), a Wikidata QID (Q227), m49:031, or cow:373 / cow:AZE (Correlates of War) */
                country?: string;
                /** @description Where to continue: the nextCursor of the previous page. A cursor keeps the instant of its first page. */
                cursor?: string;
                /** @description Items per page (1 to 1000) */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of relations */
            200: {
                headers: {
                    /** @description Requests allowed in the window */
                    "RateLimit-Limit": string;
                    /** @description Requests left in the window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    /** @description Send it back as If-None-Match to get 304 Not Modified */
                    ETag: string;
                    /** @description Immutable for a settled asOf; short for answers about now */
                    "Cache-Control": string;
                    /** @description RFC 8288 links of the page, as in the body's links: rel="next" (not on the last page), rel="prev" (where the list can go back), rel="first" */
                    Link: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Relation"][];
                        meta: {
                            /** @description The instant this answer is exactly right for. Pass it as asOf to get the same answer again. */
                            asOf: string;
                            /** @description True for an answer about now (no asOf, or one in the future): later publications change it */
                            current: boolean;
                            /** @description True when this answer can never change (a settled instant): it is served with Cache-Control immutable */
                            final: boolean;
                            /** @description The latest release cut at or before asOf */
                            release: {
                                name: string;
                                /** @description An instant in UTC with microseconds, e.g. 2026-11-29T18:57:11.814123Z */
                                asOf: string;
                                contentHash: string;
                                url: string;
                            } | null;
                            /** @description Under which terms this answer may be reused */
                            licence: {
                                /** @description Dyad's structured data (kinds, dates, amounts, parties, sources, history) */
                                data: {
                                    name: string;
                                    url: string;
                                };
                                /** @description Statement text taken from Wikipedia articles; the cited article (title and address) is its attribution */
                                text: {
                                    name: string;
                                    url: string;
                                    appliesTo: string;
                                };
                            };
                            limit: number;
                            nextCursor: string | null;
                            /** @description Items in the whole list at asOf, over every page */
                            total: number;
                        };
                        links: {
                            self: string;
                            next: string | null;
                            /** @description The list's first page, at the same instant */
                            first: string;
                        };
                    };
                };
            };
            /** @description Not modified (If-None-Match matched the ETag) */
            304: {
                headers: {
                    /** @description Requests allowed in the window */
                    "RateLimit-Limit": string;
                    /** @description Requests left in the window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    /** @description Send it back as If-None-Match to get 304 Not Modified */
                    ETag: string;
                    /** @description Immutable for a settled asOf; short for answers about now */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad parameters: the detail names which and why */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The path does not answer this method; Allow lists those it does */
            405: {
                headers: {
                    /** @description The methods this path answers, e.g. GET, HEAD, OPTIONS */
                    Allow: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Accept excludes every representation this path serves (q-values honoured; none or *\/* is fine) */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client */
            429: {
                headers: {
                    /** @description Requests allowed in the window */
                    "RateLimit-Limit": string;
                    /** @description Requests left in the window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    /** @description Seconds to wait */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getRelation: {
        parameters: {
            query?: {
                /** @description Answer with exactly what was public at this instant. Omitted: now (the response says which instant that was). */
                asOf?: string;
                /** @description Valid time: only facts that were true at some point of this day, month or year (YYYY, YYYY-MM or YYYY-MM-DD), not after today */
                on?: string;
            };
            header?: never;
            path: {
                /** @description A relation's slug, e.g. azerbaijan-canada */
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The relation */
            200: {
                headers: {
                    /** @description Requests allowed in the window */
                    "RateLimit-Limit": string;
                    /** @description Requests left in the window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    /** @description Send it back as If-None-Match to get 304 Not Modified */
                    ETag: string;
                    /** @description Immutable for a settled asOf; short for answers about now */
                    "Cache-Control": string;
                    /** @description Accept: the representation follows it */
                    Vary: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            slug: string;
                            name: string;
                            countries: {
                                code: string;
                                name: string;
                                slug: string;
                            }[];
                            /** @description Facts public at asOf (with on: of those, the facts that held on that date) */
                            factCount: number;
                            /** @description The latest publication or withdrawal at or before asOf */
                            lastPublishedAt: string;
                            links: {
                                self: string;
                                facts: string;
                                page: string;
                            };
                            /** @description Public facts by kind */
                            kinds: {
                                RECOGNITION?: number;
                                DIPLOMATIC_RELATIONS?: number;
                                AGREEMENT?: number;
                                TRADE_FIGURE?: number;
                                VISIT?: number;
                                MISSION?: number;
                                PARLIAMENTARY_GROUP?: number;
                                EDUCATION?: number;
                                CULTURE?: number;
                                GENERAL?: number;
                            };
                            /** @description Further reading the imported article gives (See also, external links, categories): navigation, not facts. The latest import's, whatever asOf (links are not versioned) */
                            relatedLinks: {
                                /** @description The linked page's title, as the article gives it */
                                title: string;
                                /**
                                 * @description The list the article gives it in
                                 * @enum {string}
                                 */
                                kind: "SEE_ALSO" | "EXTERNAL" | "CATEGORY";
                                /**
                                 * Format: uri
                                 * @description Its address, when the article gives one
                                 */
                                url?: string;
                            }[];
                        };
                        meta: components["schemas"]["ReadMeta"];
                    };
                    "application/ld+json": {
                        "@context": string;
                        "@type": string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Not modified (If-None-Match matched the ETag) */
            304: {
                headers: {
                    /** @description Requests allowed in the window */
                    "RateLimit-Limit": string;
                    /** @description Requests left in the window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    /** @description Send it back as If-None-Match to get 304 Not Modified */
                    ETag: string;
                    /** @description Immutable for a settled asOf; short for answers about now */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad parameters: the detail names which and why */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (at that instant) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The path does not answer this method; Allow lists those it does */
            405: {
                headers: {
                    /** @description The methods this path answers, e.g. GET, HEAD, OPTIONS */
                    Allow: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Accept excludes every representation this path serves (q-values honoured; none or *\/* is fine) */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client */
            429: {
                headers: {
                    /** @description Requests allowed in the window */
                    "RateLimit-Limit": string;
                    /** @description Requests left in the window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    /** @description Seconds to wait */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listRelationFacts: {
        parameters: {
            query?: {
                /** @description Answer with exactly what was public at this instant. Omitted: now (the response says which instant that was). */
                asOf?: string;
                /** @description Valid time: only facts that were true at some point of this day, month or year (YYYY, YYYY-MM or YYYY-MM-DD), not after today */
                on?: string;
                /** @description One fact kind, or several separated by commas (AGREEMENT,VISIT) */
                kind?: string;
                /** @description Only facts that held on or after this date (valid time) */
                validFrom?: string;
                /** @description Only facts that held on or before this date (valid time) */
                validTo?: string;
                /** @description Words the statement contains (web search syntax: quotes, -word) */
                q?: string;
                /** @description Where to continue: the nextCursor of the previous page. A cursor keeps the instant of its first page. */
                cursor?: string;
                /** @description Items per page (1 to 1000) */
                limit?: number;
            };
            header?: never;
            path: {
                /** @description A relation's slug, e.g. azerbaijan-canada */
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of facts */
            200: {
                headers: {
                    /** @description Requests allowed in the window */
                    "RateLimit-Limit": string;
                    /** @description Requests left in the window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    /** @description Send it back as If-None-Match to get 304 Not Modified */
                    ETag: string;
                    /** @description Immutable for a settled asOf; short for answers about now */
                    "Cache-Control": string;
                    /** @description RFC 8288 links of the page, as in the body's links: rel="next" (not on the last page), rel="prev" (where the list can go back), rel="first" */
                    Link: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Fact"][];
                        meta: {
                            /** @description The instant this answer is exactly right for. Pass it as asOf to get the same answer again. */
                            asOf: string;
                            /** @description True for an answer about now (no asOf, or one in the future): later publications change it */
                            current: boolean;
                            /** @description True when this answer can never change (a settled instant): it is served with Cache-Control immutable */
                            final: boolean;
                            /** @description The latest release cut at or before asOf */
                            release: {
                                name: string;
                                /** @description An instant in UTC with microseconds, e.g. 2026-11-29T18:57:11.814123Z */
                                asOf: string;
                                contentHash: string;
                                url: string;
                            } | null;
                            /** @description Under which terms this answer may be reused */
                            licence: {
                                /** @description Dyad's structured data (kinds, dates, amounts, parties, sources, history) */
                                data: {
                                    name: string;
                                    url: string;
                                };
                                /** @description Statement text taken from Wikipedia articles; the cited article (title and address) is its attribution */
                                text: {
                                    name: string;
                                    url: string;
                                    appliesTo: string;
                                };
                            };
                            limit: number;
                            nextCursor: string | null;
                            /** @description Items in the whole list at asOf, over every page */
                            total: number;
                        };
                        links: {
                            self: string;
                            next: string | null;
                            /** @description The list's first page, at the same instant */
                            first: string;
                        };
                    };
                };
            };
            /** @description Not modified (If-None-Match matched the ETag) */
            304: {
                headers: {
                    /** @description Requests allowed in the window */
                    "RateLimit-Limit": string;
                    /** @description Requests left in the window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    /** @description Send it back as If-None-Match to get 304 Not Modified */
                    ETag: string;
                    /** @description Immutable for a settled asOf; short for answers about now */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad parameters: the detail names which and why */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (at that instant) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The path does not answer this method; Allow lists those it does */
            405: {
                headers: {
                    /** @description The methods this path answers, e.g. GET, HEAD, OPTIONS */
                    Allow: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Accept excludes every representation this path serves (q-values honoured; none or *\/* is fine) */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client */
            429: {
                headers: {
                    /** @description Requests allowed in the window */
                    "RateLimit-Limit": string;
                    /** @description Requests left in the window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    /** @description Seconds to wait */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getRelationChanges: {
        parameters: {
            query: {
                /** @description Start: compare with what was public at this instant (e.g. your last visit) */
                since: string;
                /** @description End: what was public at this instant. Omitted: now */
                asOf?: string;
            };
            header?: never;
            path: {
                /** @description A relation's slug, e.g. azerbaijan-canada */
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The changes */
            200: {
                headers: {
                    /** @description Requests allowed in the window */
                    "RateLimit-Limit": string;
                    /** @description Requests left in the window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    /** @description Send it back as If-None-Match to get 304 Not Modified */
                    ETag: string;
                    /** @description Immutable for a settled asOf; short for answers about now */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** @description The relation's slug */
                            relation: string;
                            /** @description The start instant compared with meta.asOf (the end) */
                            since: string;
                            /** @description Public at the end, not at the start */
                            added: components["schemas"]["FactRecord"][];
                            /** @description Public at both instants in different revisions, with the field-by-field diff */
                            changed: {
                                before: components["schemas"]["FactRecord"];
                                after: components["schemas"]["FactRecord"];
                                changes: {
                                    /** @description Where, e.g. ["data", "amount", "value"] */
                                    path: (string | number)[];
                                    /** @enum {string} */
                                    type: "added" | "removed" | "changed";
                                    before?: unknown;
                                    after?: unknown;
                                    /** @description For changed text: the words removed and added, in order */
                                    words?: {
                                        value: string;
                                        added?: boolean;
                                        removed?: boolean;
                                    }[];
                                }[];
                            }[];
                            /** @description Public at the start, not at the end (unpublished or deleted) */
                            withdrawn: components["schemas"]["FactRecord"][];
                        };
                        meta: components["schemas"]["ReadMeta"];
                        links: {
                            self: string;
                            /** @description The same changes as a web page */
                            page: string;
                        };
                    };
                };
            };
            /** @description Not modified (If-None-Match matched the ETag) */
            304: {
                headers: {
                    /** @description Requests allowed in the window */
                    "RateLimit-Limit": string;
                    /** @description Requests left in the window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    /** @description Send it back as If-None-Match to get 304 Not Modified */
                    ETag: string;
                    /** @description Immutable for a settled asOf; short for answers about now */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad parameters: the detail names which and why */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (at that instant) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The path does not answer this method; Allow lists those it does */
            405: {
                headers: {
                    /** @description The methods this path answers, e.g. GET, HEAD, OPTIONS */
                    Allow: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Accept excludes every representation this path serves (q-values honoured; none or *\/* is fine) */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client */
            429: {
                headers: {
                    /** @description Requests allowed in the window */
                    "RateLimit-Limit": string;
                    /** @description Requests left in the window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    /** @description Seconds to wait */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    search: {
        parameters: {
            query?: {
                /** @description Words: statement text, fact kinds (trade, embassy, visit), fields (years, amounts, people, places, agreement titles); typos are tolerated */
                q?: string;
                /** @description Facet: only facts of these kinds (comma-separated) */
                kind?: string;
                /** @description Facet: only facts of this relation */
                relation?: string;
                /** @description Only facts of this country's relations (ISO 3166-1 alpha-2) */
                country?: string;
                /** @description Facet: only facts that held in or after this year (valid time) */
                from?: string;
                /** @description Facet: only facts that held in or before this year (valid time) */
                to?: string;
                /** @description Page of fact results, from 1 */
                page?: number;
                /** @description Fact results per page (1 to 50) */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of results */
            200: {
                headers: {
                    /** @description Requests allowed in the window */
                    "RateLimit-Limit": string;
                    /** @description Requests left in the window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    /** @description Send it back as If-None-Match to get 304 Not Modified */
                    ETag: string;
                    /** @description Immutable for a settled asOf; short for answers about now */
                    "Cache-Control": string;
                    /** @description RFC 8288 links of the page, as in the body's links: rel="next" (not on the last page), rel="prev" (where the list can go back), rel="first" */
                    Link: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            query: string;
                            /** @description Relations whose name matches (first page of a words query only) */
                            relations: {
                                slug: string;
                                name: string;
                                facts: number;
                            }[];
                            /** @description Countries whose name, a variant or a demonym matches (first page of a words query only) */
                            countries: {
                                code: string;
                                slug: string;
                                name: string;
                            }[];
                            /** @description One result per sentence, best first */
                            facts: {
                                /**
                                 * Format: uuid
                                 * @description The best-ranked fact read from this sentence
                                 */
                                factId: string;
                                /** @enum {string} */
                                kind: "RECOGNITION" | "DIPLOMATIC_RELATIONS" | "AGREEMENT" | "TRADE_FIGURE" | "VISIT" | "MISSION" | "PARLIAMENTARY_GROUP" | "EDUCATION" | "CULTURE" | "GENERAL";
                                /** @description False for a near match (a misspelt word) */
                                exact: boolean;
                                statement: string;
                                /** @description How many facts were read from this sentence */
                                claims: number;
                                /** @description The sentence, matches marked */
                                snippet: {
                                    text: string;
                                    mark: boolean;
                                }[];
                                relation: {
                                    slug: string;
                                    name: string;
                                };
                            }[];
                            /** @description No fact contains the exact words: these are the closest */
                            onlyNearMatches: boolean;
                        };
                        meta: {
                            /** @description Sentences found over every page */
                            total: number;
                            page: number;
                            limit: number;
                            facets: {
                                /** @description Facts by kind, without the kind filter */
                                kinds: {
                                    /** @enum {string} */
                                    kind: "RECOGNITION" | "DIPLOMATIC_RELATIONS" | "AGREEMENT" | "TRADE_FIGURE" | "VISIT" | "MISSION" | "PARLIAMENTARY_GROUP" | "EDUCATION" | "CULTURE" | "GENERAL";
                                    count: number;
                                }[];
                                /** @description The ten relations with most matching facts, without the relation filter */
                                relations: {
                                    slug: string;
                                    name: string;
                                    count: number;
                                }[];
                                /** @description The first and last year the matching facts start in, without the year filter */
                                years: {
                                    from: number | null;
                                    to: number | null;
                                };
                            };
                            licence: {
                                /** @description Dyad's structured data (kinds, dates, amounts, parties, sources, history) */
                                data: {
                                    name: string;
                                    url: string;
                                };
                                /** @description Statement text taken from Wikipedia articles; the cited article (title and address) is its attribution */
                                text: {
                                    name: string;
                                    url: string;
                                    appliesTo: string;
                                };
                            };
                        };
                        links: {
                            self: string;
                            next: string | null;
                            /** @description The list's first page, at the same instant */
                            first: string;
                            /** @description The page before; null on the first */
                            prev: string | null;
                        };
                    };
                };
            };
            /** @description Not modified (If-None-Match matched the ETag) */
            304: {
                headers: {
                    /** @description Requests allowed in the window */
                    "RateLimit-Limit": string;
                    /** @description Requests left in the window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    /** @description Send it back as If-None-Match to get 304 Not Modified */
                    ETag: string;
                    /** @description Immutable for a settled asOf; short for answers about now */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad parameters: the detail names which and why */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The path does not answer this method; Allow lists those it does */
            405: {
                headers: {
                    /** @description The methods this path answers, e.g. GET, HEAD, OPTIONS */
                    Allow: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Accept excludes every representation this path serves (q-values honoured; none or *\/* is fine) */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client */
            429: {
                headers: {
                    /** @description Requests allowed in the window */
                    "RateLimit-Limit": string;
                    /** @description Requests left in the window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    /** @description Seconds to wait */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getFact: {
        parameters: {
            query?: {
                /** @description Answer with exactly what was public at this instant. Omitted: now (the response says which instant that was). */
                asOf?: string;
                /** @description Valid time: only facts that were true at some point of this day, month or year (YYYY, YYYY-MM or YYYY-MM-DD), not after today */
                on?: string;
            };
            header?: never;
            path: {
                /** @description A fact's id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The fact */
            200: {
                headers: {
                    /** @description Requests allowed in the window */
                    "RateLimit-Limit": string;
                    /** @description Requests left in the window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    /** @description Send it back as If-None-Match to get 304 Not Modified */
                    ETag: string;
                    /** @description Immutable for a settled asOf; short for answers about now */
                    "Cache-Control": string;
                    /** @description Accept: the representation follows it */
                    Vary: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            factId: string;
                            relation: string;
                            /**
                             * @description withdrawn: public before asOf, not at asOf; redacted: what was public at asOf was taken down
                             * @enum {string}
                             */
                            status: "public" | "withdrawn" | "redacted";
                            /** @description What the public saw at asOf; null when withdrawn or redacted */
                            current: {
                                /**
                                 * Format: uuid
                                 * @description The fact's stable id
                                 */
                                factId: string;
                                /**
                                 * Format: uuid
                                 * @description The immutable revision this content comes from
                                 */
                                revisionId: string;
                                /** @description The revision's number within the fact, from 1 */
                                revision: number;
                                /** @description The relation's slug */
                                relation: string;
                                /** @description The two countries (ISO 3166-1 alpha-2) */
                                countries: string[];
                                /** @enum {string} */
                                kind: "RECOGNITION" | "DIPLOMATIC_RELATIONS" | "AGREEMENT" | "TRADE_FIGURE" | "VISIT" | "MISSION" | "PARLIAMENTARY_GROUP" | "EDUCATION" | "CULTURE" | "GENERAL";
                                /** @enum {string} */
                                section: "background" | "missions" | "agreements" | "visits" | "parliament" | "economy" | "education" | "culture" | "other";
                                statement: string;
                                /** @description The kind's structured fields */
                                data: {
                                    [key: string]: unknown;
                                };
                                /** @description When the fact held in the world: YYYY, YYYY-MM or YYYY-MM-DD; end null = still holds or unknown */
                                validTime: {
                                    start: string | null;
                                    end: string | null;
                                };
                                sources: components["schemas"]["CitedSource"][];
                                /** @description SHA-256 of the revision's content (kind, section, data, statement, time, citations) */
                                contentHash: string;
                                /** @description When the revision was written */
                                createdAt: string;
                                /** @description Why the revision was made */
                                note: string;
                                /** @description When this revision became what the public sees (the latest such time) */
                                publishedAt: string;
                            } | null;
                            /** @description Only with on: whether `current` held at some point of that date (valid time), as the facts list with the same on would include it; null when nothing is public */
                            heldOn?: boolean | null;
                            /** @description Every revision that was public at some time up to asOf and not taken down, oldest first */
                            revisions: components["schemas"]["FactRecord"][];
                            /** @description Publications and withdrawals up to asOf, oldest first */
                            history: {
                                /** @description An instant in UTC with microseconds, e.g. 2026-11-29T18:57:11.814123Z */
                                at: string;
                                /** @enum {string} */
                                type: "published" | "withdrawn";
                                /** Format: uuid */
                                revisionId: string | null;
                                revision: number | null;
                                /** @description Set when the revision published here was later taken down */
                                redacted: {
                                    /** @description An instant in UTC with microseconds, e.g. 2026-11-29T18:57:11.814123Z */
                                    at: string;
                                    by: string;
                                    reason: string;
                                } | null;
                            }[];
                        };
                        meta: components["schemas"]["ReadMeta"];
                    };
                    "application/ld+json": {
                        "@context": string;
                        "@type": string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Not modified (If-None-Match matched the ETag) */
            304: {
                headers: {
                    /** @description Requests allowed in the window */
                    "RateLimit-Limit": string;
                    /** @description Requests left in the window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    /** @description Send it back as If-None-Match to get 304 Not Modified */
                    ETag: string;
                    /** @description Immutable for a settled asOf; short for answers about now */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad parameters: the detail names which and why */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (at that instant) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The path does not answer this method; Allow lists those it does */
            405: {
                headers: {
                    /** @description The methods this path answers, e.g. GET, HEAD, OPTIONS */
                    Allow: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Accept excludes every representation this path serves (q-values honoured; none or *\/* is fine) */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client */
            429: {
                headers: {
                    /** @description Requests allowed in the window */
                    "RateLimit-Limit": string;
                    /** @description Requests left in the window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    /** @description Seconds to wait */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    reviseFactDraft: {
        parameters: {
            query?: never;
            header: {
                /** @description The draft revision you started from, quoted: "<revisionId>" (the draft's ETag) */
                "If-Match": string;
                /** @description Idempotency-Key: one per logical write; a retry with the same key replays the first result */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description A fact's id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The fields to change; the others keep the draft's value. A fact's kind never changes. */
                    content: {
                        /** @enum {string} */
                        section?: "background" | "missions" | "agreements" | "visits" | "parliament" | "economy" | "education" | "culture" | "other";
                        statement?: string;
                        /** @description Replaces the draft's data object as a whole */
                        data?: {
                            [key: string]: unknown;
                        };
                        validTime?: {
                            /** @description First period the fact held; null if unknown */
                            start: string | null;
                            /** @description Last period the fact held; omitted = same as start; null = still holds */
                            end?: string | null;
                        };
                        /** @description Replaces the draft's citations as a whole */
                        sources?: {
                            /** Format: uuid */
                            sourceId?: string;
                            source?: {
                                /**
                                 * Format: uri
                                 * @description An http(s) address
                                 * @default null
                                 */
                                url?: string | null;
                                title: string;
                                /** @default null */
                                publisher?: string | null;
                                /**
                                 * Format: date
                                 * @default null
                                 */
                                publishedOn?: string | null;
                                /**
                                 * Format: date
                                 * @default null
                                 */
                                accessedOn?: string | null;
                                /**
                                 * @default WEBSITE
                                 * @enum {string}
                                 */
                                kind?: "ARTICLE" | "WEBSITE" | "GOVERNMENT" | "NEWS" | "BOOK" | "DATASET" | "OTHER";
                            };
                            /** @description Section, page or paragraph */
                            locator?: string;
                        }[];
                    };
                    /** @description Why this revision was made */
                    note: string;
                };
            };
        };
        responses: {
            /** @description The new draft */
            200: {
                headers: {
                    /** @description "<revisionId>" of the draft: the next If-Match */
                    ETag: string;
                    /** @description Present when this answers a retry whose Idempotency-Key had already written: nothing was written again */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Draft"];
                };
            };
            /** @description No API token, or an unknown, expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks the scope, or its owner the role, or the account is disabled */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (at that instant) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Someone saved the draft since: currentRevisionId names the revision to start from */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is missing */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    diffFactRevisions: {
        parameters: {
            query: {
                /** @description A revision's id, or its number within the fact (1, 2, ...) */
                from: string;
                /** @description A revision's id, or its number within the fact (1, 2, ...) */
                to: string;
                /** @description Answer with exactly what was public at this instant. Omitted: now (the response says which instant that was). */
                asOf?: string;
            };
            header?: never;
            path: {
                /** @description A fact's id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The differences */
            200: {
                headers: {
                    /** @description Requests allowed in the window */
                    "RateLimit-Limit": string;
                    /** @description Requests left in the window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    /** @description Send it back as If-None-Match to get 304 Not Modified */
                    ETag: string;
                    /** @description Immutable for a settled asOf; short for answers about now */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            factId: string;
                            from: components["schemas"]["FactRecord"];
                            to: components["schemas"]["FactRecord"];
                            /** @description Field by field, ignoring who wrote the revisions, when and why */
                            changes: {
                                /** @description Dotted path of the changed field, e.g. data.amount.value or sources.0.title */
                                path: string;
                                /** @enum {string} */
                                type: "added" | "removed" | "changed";
                                from?: unknown;
                                to?: unknown;
                            }[];
                            /** @description The statement compared word by word */
                            statement: {
                                /** @enum {string} */
                                type: "same" | "added" | "removed";
                                text: string;
                            }[];
                        };
                        meta: components["schemas"]["ReadMeta"];
                    };
                };
            };
            /** @description Not modified (If-None-Match matched the ETag) */
            304: {
                headers: {
                    /** @description Requests allowed in the window */
                    "RateLimit-Limit": string;
                    /** @description Requests left in the window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    /** @description Send it back as If-None-Match to get 304 Not Modified */
                    ETag: string;
                    /** @description Immutable for a settled asOf; short for answers about now */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad parameters: the detail names which and why */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (at that instant) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The path does not answer this method; Allow lists those it does */
            405: {
                headers: {
                    /** @description The methods this path answers, e.g. GET, HEAD, OPTIONS */
                    Allow: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Accept excludes every representation this path serves (q-values honoured; none or *\/* is fine) */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client */
            429: {
                headers: {
                    /** @description Requests allowed in the window */
                    "RateLimit-Limit": string;
                    /** @description Requests left in the window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    /** @description Seconds to wait */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listSources: {
        parameters: {
            query?: {
                /** @description Answer with exactly what was public at this instant. Omitted: now (the response says which instant that was). */
                asOf?: string;
                /** @description Only sources cited by this relation's facts */
                relation?: string;
                /** @description Where to continue: the nextCursor of the previous page. A cursor keeps the instant of its first page. */
                cursor?: string;
                /** @description Items per page (1 to 1000) */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of sources */
            200: {
                headers: {
                    /** @description Requests allowed in the window */
                    "RateLimit-Limit": string;
                    /** @description Requests left in the window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    /** @description Send it back as If-None-Match to get 304 Not Modified */
                    ETag: string;
                    /** @description Immutable for a settled asOf; short for answers about now */
                    "Cache-Control": string;
                    /** @description RFC 8288 links of the page, as in the body's links: rel="next" (not on the last page), rel="prev" (where the list can go back), rel="first" */
                    Link: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Source"][];
                        meta: {
                            /** @description The instant this answer is exactly right for. Pass it as asOf to get the same answer again. */
                            asOf: string;
                            /** @description True for an answer about now (no asOf, or one in the future): later publications change it */
                            current: boolean;
                            /** @description True when this answer can never change (a settled instant): it is served with Cache-Control immutable */
                            final: boolean;
                            /** @description The latest release cut at or before asOf */
                            release: {
                                name: string;
                                /** @description An instant in UTC with microseconds, e.g. 2026-11-29T18:57:11.814123Z */
                                asOf: string;
                                contentHash: string;
                                url: string;
                            } | null;
                            /** @description Under which terms this answer may be reused */
                            licence: {
                                /** @description Dyad's structured data (kinds, dates, amounts, parties, sources, history) */
                                data: {
                                    name: string;
                                    url: string;
                                };
                                /** @description Statement text taken from Wikipedia articles; the cited article (title and address) is its attribution */
                                text: {
                                    name: string;
                                    url: string;
                                    appliesTo: string;
                                };
                            };
                            limit: number;
                            nextCursor: string | null;
                            /** @description Items in the whole list at asOf, over every page */
                            total: number;
                        };
                        links: {
                            self: string;
                            next: string | null;
                            /** @description The list's first page, at the same instant */
                            first: string;
                        };
                    };
                };
            };
            /** @description Not modified (If-None-Match matched the ETag) */
            304: {
                headers: {
                    /** @description Requests allowed in the window */
                    "RateLimit-Limit": string;
                    /** @description Requests left in the window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    /** @description Send it back as If-None-Match to get 304 Not Modified */
                    ETag: string;
                    /** @description Immutable for a settled asOf; short for answers about now */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad parameters: the detail names which and why */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (at that instant) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The path does not answer this method; Allow lists those it does */
            405: {
                headers: {
                    /** @description The methods this path answers, e.g. GET, HEAD, OPTIONS */
                    Allow: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Accept excludes every representation this path serves (q-values honoured; none or *\/* is fine) */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client */
            429: {
                headers: {
                    /** @description Requests allowed in the window */
                    "RateLimit-Limit": string;
                    /** @description Requests left in the window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    /** @description Seconds to wait */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSource: {
        parameters: {
            query?: {
                /** @description Answer with exactly what was public at this instant. Omitted: now (the response says which instant that was). */
                asOf?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The source */
            200: {
                headers: {
                    /** @description Requests allowed in the window */
                    "RateLimit-Limit": string;
                    /** @description Requests left in the window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    /** @description Send it back as If-None-Match to get 304 Not Modified */
                    ETag: string;
                    /** @description Immutable for a settled asOf; short for answers about now */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            url: string | null;
                            title: string;
                            publisher: string | null;
                            /** @enum {string} */
                            kind: "ARTICLE" | "WEBSITE" | "GOVERNMENT" | "NEWS" | "BOOK" | "DATASET" | "OTHER";
                            /** @description YYYY-MM-DD */
                            publishedOn: string | null;
                            /** @description YYYY-MM-DD */
                            accessedOn: string | null;
                            /** @description Public facts citing it at asOf */
                            citedBy: number;
                            /** @description The facts citing it at asOf, by relation (the first 1,000; citedBy counts them all) */
                            facts: {
                                /** Format: uuid */
                                factId: string;
                                /** Format: uuid */
                                revisionId: string;
                                relation: string;
                                statement: string;
                                locator: string | null;
                            }[];
                        };
                        meta: components["schemas"]["ReadMeta"];
                    };
                };
            };
            /** @description Not modified (If-None-Match matched the ETag) */
            304: {
                headers: {
                    /** @description Requests allowed in the window */
                    "RateLimit-Limit": string;
                    /** @description Requests left in the window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    /** @description Send it back as If-None-Match to get 304 Not Modified */
                    ETag: string;
                    /** @description Immutable for a settled asOf; short for answers about now */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad parameters: the detail names which and why */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (at that instant) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The path does not answer this method; Allow lists those it does */
            405: {
                headers: {
                    /** @description The methods this path answers, e.g. GET, HEAD, OPTIONS */
                    Allow: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Accept excludes every representation this path serves (q-values honoured; none or *\/* is fine) */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client */
            429: {
                headers: {
                    /** @description Requests allowed in the window */
                    "RateLimit-Limit": string;
                    /** @description Requests left in the window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    /** @description Seconds to wait */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listChanges: {
        parameters: {
            query?: {
                /** @description Start after this instant (e.g. a release's asOf) instead of the beginning */
                since?: string;
                /** @description Stop at this instant: replaying up to the last page then gives exactly the public state at asOf */
                asOf?: string;
                /** @description Where to continue: the nextCursor of the previous page. A cursor keeps the instant of its first page. */
                cursor?: string;
                /** @description Items per page (1 to 1000) */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of events */
            200: {
                headers: {
                    /** @description Requests allowed in the window */
                    "RateLimit-Limit": string;
                    /** @description Requests left in the window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    /** @description Send it back as If-None-Match to get 304 Not Modified */
                    ETag: string;
                    /** @description Immutable for a settled asOf; short for answers about now */
                    "Cache-Control": string;
                    /** @description RFC 8288 links of the page, as in the body's links: rel="next" (not on the last page), rel="prev" (where the list can go back), rel="first" */
                    Link: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["ChangeEvent"][];
                        meta: {
                            limit: number;
                            /** @description More events follow now; when false, poll nextCursor later */
                            hasMore: boolean;
                            /** @description Where to continue, now or later */
                            nextCursor: string;
                            /** @description On the last page: applying every event so far gives exactly the public state at this instant */
                            asOf: string | null;
                        };
                        links: {
                            self: string;
                            next: string;
                            /** @description The feed's first page */
                            first: string;
                        };
                    };
                };
            };
            /** @description Not modified (If-None-Match matched the ETag) */
            304: {
                headers: {
                    /** @description Requests allowed in the window */
                    "RateLimit-Limit": string;
                    /** @description Requests left in the window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    /** @description Send it back as If-None-Match to get 304 Not Modified */
                    ETag: string;
                    /** @description Immutable for a settled asOf; short for answers about now */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad parameters: the detail names which and why */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The path does not answer this method; Allow lists those it does */
            405: {
                headers: {
                    /** @description The methods this path answers, e.g. GET, HEAD, OPTIONS */
                    Allow: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Accept excludes every representation this path serves (q-values honoured; none or *\/* is fine) */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client */
            429: {
                headers: {
                    /** @description Requests allowed in the window */
                    "RateLimit-Limit": string;
                    /** @description Requests left in the window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    /** @description Seconds to wait */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listChangeGroups: {
        parameters: {
            query?: {
                /** @description Start after this instant (e.g. a release's asOf) instead of the beginning */
                since?: string;
                /** @description Stop at this instant: replaying up to the last page then gives exactly the public state at asOf */
                asOf?: string;
                /** @description Where to continue: the nextCursor of the previous page. A cursor keeps the instant of its first page. */
                cursor?: string;
                /** @description Items per page (1 to 1000) */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of entries */
            200: {
                headers: {
                    /** @description Requests allowed in the window */
                    "RateLimit-Limit": string;
                    /** @description Requests left in the window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    /** @description Send it back as If-None-Match to get 304 Not Modified */
                    ETag: string;
                    /** @description Immutable for a settled asOf; short for answers about now */
                    "Cache-Control": string;
                    /** @description RFC 8288 links of the page, as in the body's links: rel="next" (not on the last page), rel="prev" (where the list can go back), rel="first" */
                    Link: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** @description The position of its first event in the publication log */
                            id: string;
                            /** @description An instant in UTC with microseconds, e.g. 2026-11-29T18:57:11.814123Z */
                            at: string;
                            /** @description Set when the event is part of an editorial change-set: all its events share one instant and are never split across pages */
                            changeSet: {
                                /** Format: uuid */
                                id: string;
                                title: string;
                                /** @description What the change-set is about, as its editors wrote it (may be empty) */
                                description: string;
                                /**
                                 * @description The change-set's publish, or its revert
                                 * @enum {string}
                                 */
                                action: "published" | "reverted";
                            } | null;
                            /** @description One event for a single fact; every event of the change-set's publish or revert */
                            events: components["schemas"]["ChangeEvent"][];
                        }[];
                        meta: {
                            limit: number;
                            /** @description More events follow now; when false, poll nextCursor later */
                            hasMore: boolean;
                            /** @description Where to continue, now or later */
                            nextCursor: string;
                            /** @description On the last page: applying every event so far gives exactly the public state at this instant */
                            asOf: string | null;
                        };
                        links: {
                            self: string;
                            next: string;
                            /** @description The feed's first page */
                            first: string;
                        };
                    };
                };
            };
            /** @description Not modified (If-None-Match matched the ETag) */
            304: {
                headers: {
                    /** @description Requests allowed in the window */
                    "RateLimit-Limit": string;
                    /** @description Requests left in the window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    /** @description Send it back as If-None-Match to get 304 Not Modified */
                    ETag: string;
                    /** @description Immutable for a settled asOf; short for answers about now */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad parameters: the detail names which and why */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The path does not answer this method; Allow lists those it does */
            405: {
                headers: {
                    /** @description The methods this path answers, e.g. GET, HEAD, OPTIONS */
                    Allow: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Accept excludes every representation this path serves (q-values honoured; none or *\/* is fine) */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client */
            429: {
                headers: {
                    /** @description Requests allowed in the window */
                    "RateLimit-Limit": string;
                    /** @description Requests left in the window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    /** @description Seconds to wait */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getChangesAtom: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An Atom feed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/atom+xml": string;
                };
            };
            /** @description Bad parameters: the detail names which and why */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The path does not answer this method; Allow lists those it does */
            405: {
                headers: {
                    /** @description The methods this path answers, e.g. GET, HEAD, OPTIONS */
                    Allow: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Accept excludes every representation this path serves (q-values honoured; none or *\/* is fine) */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client */
            429: {
                headers: {
                    /** @description Requests allowed in the window */
                    "RateLimit-Limit": string;
                    /** @description Requests left in the window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    /** @description Seconds to wait */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listReleases: {
        parameters: {
            query?: {
                /** @description Only releases cut at or before this instant (they existed then) */
                asOf?: string;
                /** @description Where to continue: the nextCursor of the previous page. A cursor keeps the instant of its first page. */
                cursor?: string;
                /** @description Items per page (1 to 1000) */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of releases */
            200: {
                headers: {
                    /** @description Requests allowed in the window */
                    "RateLimit-Limit": string;
                    /** @description Requests left in the window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    /** @description Send it back as If-None-Match to get 304 Not Modified */
                    ETag: string;
                    /** @description Immutable for a settled asOf; short for answers about now */
                    "Cache-Control": string;
                    /** @description RFC 8288 links of the page, as in the body's links: rel="next" (not on the last page), rel="prev" (where the list can go back), rel="first" */
                    Link: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["ReleaseSummary"][];
                        meta: {
                            limit: number;
                            nextCursor: string | null;
                            /** @description Items in the whole list at asOf, over every page */
                            total: number;
                        };
                        links: {
                            self: string;
                            next: string | null;
                            /** @description The list's first page, at the same instant */
                            first: string;
                        };
                    };
                };
            };
            /** @description Not modified (If-None-Match matched the ETag) */
            304: {
                headers: {
                    /** @description Requests allowed in the window */
                    "RateLimit-Limit": string;
                    /** @description Requests left in the window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    /** @description Send it back as If-None-Match to get 304 Not Modified */
                    ETag: string;
                    /** @description Immutable for a settled asOf; short for answers about now */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad parameters: the detail names which and why */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The path does not answer this method; Allow lists those it does */
            405: {
                headers: {
                    /** @description The methods this path answers, e.g. GET, HEAD, OPTIONS */
                    Allow: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Accept excludes every representation this path serves (q-values honoured; none or *\/* is fine) */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client */
            429: {
                headers: {
                    /** @description Requests allowed in the window */
                    "RateLimit-Limit": string;
                    /** @description Requests left in the window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    /** @description Seconds to wait */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createRelease: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description A release name, e.g. 2026.11.0 */
                    name: string;
                    /**
                     * @description What this release is, for the people who cite it
                     * @default
                     */
                    notes?: string;
                };
            };
        };
        responses: {
            /** @description The release */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Release"];
                    };
                };
            };
            /** @description Bad parameters: the detail names which and why */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API token, or an unknown, expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks the scope, or its owner the role, or the account is disabled */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The path does not answer this method; Allow lists those it does */
            405: {
                headers: {
                    /** @description The methods this path answers, e.g. GET, HEAD, OPTIONS */
                    Allow: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Accept excludes every representation this path serves (q-values honoured; none or *\/* is fine) */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The name is taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client */
            429: {
                headers: {
                    /** @description Requests allowed in the window */
                    "RateLimit-Limit": string;
                    /** @description Requests left in the window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    /** @description Seconds to wait */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getRelease: {
        parameters: {
            query?: {
                /** @description Only releases cut at or before this instant (they existed then) */
                asOf?: string;
            };
            header?: never;
            path: {
                name: "latest" | string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The release */
            200: {
                headers: {
                    /** @description Requests allowed in the window */
                    "RateLimit-Limit": string;
                    /** @description Requests left in the window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    /** @description Send it back as If-None-Match to get 304 Not Modified */
                    ETag: string;
                    /** @description Immutable for a settled asOf; short for answers about now */
                    "Cache-Control": string;
                    /** @description Accept: the representation follows it */
                    Vary: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Release"];
                    };
                    "application/ld+json": {
                        "@context": string;
                        "@type": string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description For latest: where the newest release is (Location); a 404 when there is none yet */
            302: {
                headers: {
                    /** @description Requests allowed in the window */
                    "RateLimit-Limit": string;
                    /** @description Requests left in the window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    /** @description The newest release's URL */
                    Location: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not modified (If-None-Match matched the ETag) */
            304: {
                headers: {
                    /** @description Requests allowed in the window */
                    "RateLimit-Limit": string;
                    /** @description Requests left in the window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    /** @description Send it back as If-None-Match to get 304 Not Modified */
                    ETag: string;
                    /** @description Immutable for a settled asOf; short for answers about now */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad parameters: the detail names which and why */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (at that instant) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The path does not answer this method; Allow lists those it does */
            405: {
                headers: {
                    /** @description The methods this path answers, e.g. GET, HEAD, OPTIONS */
                    Allow: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Accept excludes every representation this path serves (q-values honoured; none or *\/* is fine) */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client */
            429: {
                headers: {
                    /** @description Requests allowed in the window */
                    "RateLimit-Limit": string;
                    /** @description Requests left in the window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    /** @description Seconds to wait */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listReleaseChanges: {
        parameters: {
            query?: {
                /** @description Only releases cut at or before this instant (they existed then) */
                asOf?: string;
                /** @description Only this kind of change */
                change?: "added" | "changed" | "removed";
                /** @description Where to continue: the nextCursor of the previous page. A cursor keeps the instant of its first page. */
                cursor?: string;
                /** @description Items per page (1 to 1000) */
                limit?: number;
            };
            header?: never;
            path: {
                name: "latest" | string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of changes */
            200: {
                headers: {
                    /** @description Requests allowed in the window */
                    "RateLimit-Limit": string;
                    /** @description Requests left in the window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    /** @description Send it back as If-None-Match to get 304 Not Modified */
                    ETag: string;
                    /** @description Immutable for a settled asOf; short for answers about now */
                    "Cache-Control": string;
                    /** @description RFC 8288 links of the page, as in the body's links: rel="next" (not on the last page), rel="prev" (where the list can go back), rel="first" */
                    Link: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["ReleaseChange"][];
                        meta: {
                            limit: number;
                            nextCursor: string | null;
                            previous: string | null;
                            /** @description Items in the whole list at asOf, over every page */
                            total: number;
                        };
                        links: {
                            self: string;
                            next: string | null;
                            /** @description The list's first page, at the same instant */
                            first: string;
                        };
                    };
                };
            };
            /** @description Not modified (If-None-Match matched the ETag) */
            304: {
                headers: {
                    /** @description Requests allowed in the window */
                    "RateLimit-Limit": string;
                    /** @description Requests left in the window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    /** @description Send it back as If-None-Match to get 304 Not Modified */
                    ETag: string;
                    /** @description Immutable for a settled asOf; short for answers about now */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad parameters: the detail names which and why */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (at that instant) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The path does not answer this method; Allow lists those it does */
            405: {
                headers: {
                    /** @description The methods this path answers, e.g. GET, HEAD, OPTIONS */
                    Allow: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Accept excludes every representation this path serves (q-values honoured; none or *\/* is fine) */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client */
            429: {
                headers: {
                    /** @description Requests allowed in the window */
                    "RateLimit-Limit": string;
                    /** @description Requests left in the window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    /** @description Seconds to wait */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    downloadReleaseFile: {
        parameters: {
            query?: {
                /** @description Only releases cut at or before this instant (they existed then) */
                asOf?: string;
            };
            header?: {
                /** @description One byte range, e.g. bytes=1048576- to resume a download */
                range?: string;
                /** @description The ETag the partial copy came from; another gets the whole file */
                "if-range"?: string;
            };
            path: {
                name: "latest" | string;
                /** @description A data file, optionally .gz or .br, or datapackage.json or CITATION.cff */
                file: "datapackage.json" | "CITATION.cff" | "facts.ndjson" | "facts.ndjson.gz" | "facts.ndjson.br" | "facts.json" | "facts.json.gz" | "facts.json.br" | "facts.csv" | "facts.csv.gz" | "facts.csv.br" | "revisions.csv" | "revisions.csv.gz" | "revisions.csv.br" | "sources.csv" | "sources.csv.gz" | "sources.csv.br" | "citations.csv" | "citations.csv.gz" | "citations.csv.br";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/x-ndjson": string;
                    "application/json": string;
                    "text/csv": string;
                    "application/gzip": string;
                    "application/x-br": string;
                    "application/x-yaml": string;
                };
            };
            /** @description The byte range asked for (Content-Range says which) */
            206: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description For latest: where the newest release is (Location); a 404 when there is none yet */
            302: {
                headers: {
                    /** @description Requests allowed in the window */
                    "RateLimit-Limit": string;
                    /** @description Requests left in the window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    /** @description The newest release's URL */
                    Location: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad parameters: the detail names which and why */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (at that instant) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The path does not answer this method; Allow lists those it does */
            405: {
                headers: {
                    /** @description The methods this path answers, e.g. GET, HEAD, OPTIONS */
                    Allow: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Accept excludes every representation this path serves (q-values honoured; none or *\/* is fine) */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The range starts after the last byte (Content-Range: bytes *\/<size>) */
            416: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Too many requests from this client */
            429: {
                headers: {
                    /** @description Requests allowed in the window */
                    "RateLimit-Limit": string;
                    /** @description Requests left in the window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    /** @description Seconds to wait */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createFact: {
        parameters: {
            query?: never;
            header?: {
                /** @description Idempotency-Key: one per logical write; a retry with the same key replays the first result */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description A relation's slug, e.g. azerbaijan-canada */
                    relation: string;
                    content: {
                        /** @enum {string} */
                        kind: "RECOGNITION";
                        data: {
                            /** @description ISO 3166-1 alpha-2 country code */
                            recognizer: string;
                            /** @description ISO 3166-1 alpha-2 country code */
                            recognized: string;
                            /** @default independence */
                            subject?: string;
                        };
                        /** @enum {string} */
                        section: "background" | "missions" | "agreements" | "visits" | "parliament" | "economy" | "education" | "culture" | "other";
                        /** @description The fact as a readable sentence (for imports: the text as reported) */
                        statement: string;
                        /**
                         * @default {
                         *       "start": null,
                         *       "end": null
                         *     }
                         */
                        validTime?: {
                            /** @description First period the fact held; null if unknown */
                            start: string | null;
                            /** @description Last period the fact held; omitted = same as start; null = still holds */
                            end?: string | null;
                        };
                        /** @default [] */
                        sources?: {
                            /** Format: uuid */
                            sourceId?: string;
                            source?: {
                                /**
                                 * Format: uri
                                 * @description An http(s) address
                                 * @default null
                                 */
                                url?: string | null;
                                title: string;
                                /** @default null */
                                publisher?: string | null;
                                /**
                                 * Format: date
                                 * @default null
                                 */
                                publishedOn?: string | null;
                                /**
                                 * Format: date
                                 * @default null
                                 */
                                accessedOn?: string | null;
                                /**
                                 * @default WEBSITE
                                 * @enum {string}
                                 */
                                kind?: "ARTICLE" | "WEBSITE" | "GOVERNMENT" | "NEWS" | "BOOK" | "DATASET" | "OTHER";
                            };
                            /** @description Section, page or paragraph */
                            locator?: string;
                        }[];
                    } | {
                        /** @enum {string} */
                        kind: "DIPLOMATIC_RELATIONS";
                        data: {
                            /** @enum {string} */
                            event: "ESTABLISHED" | "SUSPENDED" | "SEVERED" | "RESTORED";
                        };
                        /** @enum {string} */
                        section: "background" | "missions" | "agreements" | "visits" | "parliament" | "economy" | "education" | "culture" | "other";
                        /** @description The fact as a readable sentence (for imports: the text as reported) */
                        statement: string;
                        /**
                         * @default {
                         *       "start": null,
                         *       "end": null
                         *     }
                         */
                        validTime?: {
                            /** @description First period the fact held; null if unknown */
                            start: string | null;
                            /** @description Last period the fact held; omitted = same as start; null = still holds */
                            end?: string | null;
                        };
                        /** @default [] */
                        sources?: {
                            /** Format: uuid */
                            sourceId?: string;
                            source?: {
                                /**
                                 * Format: uri
                                 * @description An http(s) address
                                 * @default null
                                 */
                                url?: string | null;
                                title: string;
                                /** @default null */
                                publisher?: string | null;
                                /**
                                 * Format: date
                                 * @default null
                                 */
                                publishedOn?: string | null;
                                /**
                                 * Format: date
                                 * @default null
                                 */
                                accessedOn?: string | null;
                                /**
                                 * @default WEBSITE
                                 * @enum {string}
                                 */
                                kind?: "ARTICLE" | "WEBSITE" | "GOVERNMENT" | "NEWS" | "BOOK" | "DATASET" | "OTHER";
                            };
                            /** @description Section, page or paragraph */
                            locator?: string;
                        }[];
                    } | {
                        /** @enum {string} */
                        kind: "AGREEMENT";
                        data: {
                            title: string;
                            /** @description convention, treaty, memorandum, ... */
                            agreementType?: string;
                            /** @description A date of year, month or day precision: YYYY, YYYY-MM or YYYY-MM-DD */
                            signedOn?: string;
                            /** @description A date of year, month or day precision: YYYY, YYYY-MM or YYYY-MM-DD */
                            inForceOn?: string;
                            parties: string[];
                        };
                        /** @enum {string} */
                        section: "background" | "missions" | "agreements" | "visits" | "parliament" | "economy" | "education" | "culture" | "other";
                        /** @description The fact as a readable sentence (for imports: the text as reported) */
                        statement: string;
                        /**
                         * @default {
                         *       "start": null,
                         *       "end": null
                         *     }
                         */
                        validTime?: {
                            /** @description First period the fact held; null if unknown */
                            start: string | null;
                            /** @description Last period the fact held; omitted = same as start; null = still holds */
                            end?: string | null;
                        };
                        /** @default [] */
                        sources?: {
                            /** Format: uuid */
                            sourceId?: string;
                            source?: {
                                /**
                                 * Format: uri
                                 * @description An http(s) address
                                 * @default null
                                 */
                                url?: string | null;
                                title: string;
                                /** @default null */
                                publisher?: string | null;
                                /**
                                 * Format: date
                                 * @default null
                                 */
                                publishedOn?: string | null;
                                /**
                                 * Format: date
                                 * @default null
                                 */
                                accessedOn?: string | null;
                                /**
                                 * @default WEBSITE
                                 * @enum {string}
                                 */
                                kind?: "ARTICLE" | "WEBSITE" | "GOVERNMENT" | "NEWS" | "BOOK" | "DATASET" | "OTHER";
                            };
                            /** @description Section, page or paragraph */
                            locator?: string;
                        }[];
                    } | {
                        /** @enum {string} */
                        kind: "TRADE_FIGURE";
                        data: {
                            /** @description The country whose imports or exports these are */
                            reporter: string;
                            /** @description ISO 3166-1 alpha-2 country code */
                            partner: string;
                            /** @enum {string} */
                            flow: "IMPORTS" | "EXPORTS" | "TURNOVER";
                            amount: {
                                /** @description The figure in `unit`s; null when the reported text could not be read as a number */
                                value: number | null;
                                currency: string;
                                /** @enum {string} */
                                unit: "ONE" | "THOUSAND" | "MILLION" | "BILLION";
                                /** @description The amount exactly as the source wrote it */
                                asReported: string;
                            };
                            /** @description The body that published the figure */
                            reportedBy?: string;
                        };
                        /** @enum {string} */
                        section: "background" | "missions" | "agreements" | "visits" | "parliament" | "economy" | "education" | "culture" | "other";
                        /** @description The fact as a readable sentence (for imports: the text as reported) */
                        statement: string;
                        /**
                         * @default {
                         *       "start": null,
                         *       "end": null
                         *     }
                         */
                        validTime?: {
                            /** @description First period the fact held; null if unknown */
                            start: string | null;
                            /** @description Last period the fact held; omitted = same as start; null = still holds */
                            end?: string | null;
                        };
                        /** @default [] */
                        sources?: {
                            /** Format: uuid */
                            sourceId?: string;
                            source?: {
                                /**
                                 * Format: uri
                                 * @description An http(s) address
                                 * @default null
                                 */
                                url?: string | null;
                                title: string;
                                /** @default null */
                                publisher?: string | null;
                                /**
                                 * Format: date
                                 * @default null
                                 */
                                publishedOn?: string | null;
                                /**
                                 * Format: date
                                 * @default null
                                 */
                                accessedOn?: string | null;
                                /**
                                 * @default WEBSITE
                                 * @enum {string}
                                 */
                                kind?: "ARTICLE" | "WEBSITE" | "GOVERNMENT" | "NEWS" | "BOOK" | "DATASET" | "OTHER";
                            };
                            /** @description Section, page or paragraph */
                            locator?: string;
                        }[];
                    } | {
                        /** @enum {string} */
                        kind: "VISIT";
                        data: {
                            /** @enum {string} */
                            type: "VISIT" | "MEETING";
                            /** @default [] */
                            people?: {
                                name: string;
                                /** @description Office or role at the time, as reported */
                                role?: string;
                                /** @description ISO 3166-1 alpha-2 country code */
                                country?: string;
                            }[];
                            /** @description ISO 3166-1 alpha-2 country code */
                            fromCountry?: string;
                            /** @description ISO 3166-1 alpha-2 country code */
                            toCountry?: string;
                            place?: string;
                            occasion?: string;
                        };
                        /** @enum {string} */
                        section: "background" | "missions" | "agreements" | "visits" | "parliament" | "economy" | "education" | "culture" | "other";
                        /** @description The fact as a readable sentence (for imports: the text as reported) */
                        statement: string;
                        /**
                         * @default {
                         *       "start": null,
                         *       "end": null
                         *     }
                         */
                        validTime?: {
                            /** @description First period the fact held; null if unknown */
                            start: string | null;
                            /** @description Last period the fact held; omitted = same as start; null = still holds */
                            end?: string | null;
                        };
                        /** @default [] */
                        sources?: {
                            /** Format: uuid */
                            sourceId?: string;
                            source?: {
                                /**
                                 * Format: uri
                                 * @description An http(s) address
                                 * @default null
                                 */
                                url?: string | null;
                                title: string;
                                /** @default null */
                                publisher?: string | null;
                                /**
                                 * Format: date
                                 * @default null
                                 */
                                publishedOn?: string | null;
                                /**
                                 * Format: date
                                 * @default null
                                 */
                                accessedOn?: string | null;
                                /**
                                 * @default WEBSITE
                                 * @enum {string}
                                 */
                                kind?: "ARTICLE" | "WEBSITE" | "GOVERNMENT" | "NEWS" | "BOOK" | "DATASET" | "OTHER";
                            };
                            /** @description Section, page or paragraph */
                            locator?: string;
                        }[];
                    } | {
                        /** @enum {string} */
                        kind: "MISSION";
                        data: {
                            /** @description The country that keeps the mission */
                            owner: string;
                            /** @enum {string} */
                            missionType: "EMBASSY" | "CONSULATE" | "HONORARY_CONSULATE" | "VISA_CENTRE" | "OTHER";
                            /** @description The country the mission is in */
                            hostCountry: string;
                            city?: string;
                            /** @description Set when the mission also covers another country */
                            accreditedTo?: string;
                        };
                        /** @enum {string} */
                        section: "background" | "missions" | "agreements" | "visits" | "parliament" | "economy" | "education" | "culture" | "other";
                        /** @description The fact as a readable sentence (for imports: the text as reported) */
                        statement: string;
                        /**
                         * @default {
                         *       "start": null,
                         *       "end": null
                         *     }
                         */
                        validTime?: {
                            /** @description First period the fact held; null if unknown */
                            start: string | null;
                            /** @description Last period the fact held; omitted = same as start; null = still holds */
                            end?: string | null;
                        };
                        /** @default [] */
                        sources?: {
                            /** Format: uuid */
                            sourceId?: string;
                            source?: {
                                /**
                                 * Format: uri
                                 * @description An http(s) address
                                 * @default null
                                 */
                                url?: string | null;
                                title: string;
                                /** @default null */
                                publisher?: string | null;
                                /**
                                 * Format: date
                                 * @default null
                                 */
                                publishedOn?: string | null;
                                /**
                                 * Format: date
                                 * @default null
                                 */
                                accessedOn?: string | null;
                                /**
                                 * @default WEBSITE
                                 * @enum {string}
                                 */
                                kind?: "ARTICLE" | "WEBSITE" | "GOVERNMENT" | "NEWS" | "BOOK" | "DATASET" | "OTHER";
                            };
                            /** @description Section, page or paragraph */
                            locator?: string;
                        }[];
                    } | {
                        /** @enum {string} */
                        kind: "PARLIAMENTARY_GROUP";
                        data: {
                            name: string;
                            /** @description ISO 3166-1 alpha-2 country code */
                            parliamentOf: string;
                            /** @enum {string} */
                            event: "ESTABLISHED" | "MEETING" | "LEADERSHIP";
                            /** @default [] */
                            people?: {
                                name: string;
                                /** @description Office or role at the time, as reported */
                                role?: string;
                                /** @description ISO 3166-1 alpha-2 country code */
                                country?: string;
                            }[];
                        };
                        /** @enum {string} */
                        section: "background" | "missions" | "agreements" | "visits" | "parliament" | "economy" | "education" | "culture" | "other";
                        /** @description The fact as a readable sentence (for imports: the text as reported) */
                        statement: string;
                        /**
                         * @default {
                         *       "start": null,
                         *       "end": null
                         *     }
                         */
                        validTime?: {
                            /** @description First period the fact held; null if unknown */
                            start: string | null;
                            /** @description Last period the fact held; omitted = same as start; null = still holds */
                            end?: string | null;
                        };
                        /** @default [] */
                        sources?: {
                            /** Format: uuid */
                            sourceId?: string;
                            source?: {
                                /**
                                 * Format: uri
                                 * @description An http(s) address
                                 * @default null
                                 */
                                url?: string | null;
                                title: string;
                                /** @default null */
                                publisher?: string | null;
                                /**
                                 * Format: date
                                 * @default null
                                 */
                                publishedOn?: string | null;
                                /**
                                 * Format: date
                                 * @default null
                                 */
                                accessedOn?: string | null;
                                /**
                                 * @default WEBSITE
                                 * @enum {string}
                                 */
                                kind?: "ARTICLE" | "WEBSITE" | "GOVERNMENT" | "NEWS" | "BOOK" | "DATASET" | "OTHER";
                            };
                            /** @description Section, page or paragraph */
                            locator?: string;
                        }[];
                    } | {
                        /** @enum {string} */
                        kind: "EDUCATION";
                        data: {
                            programme?: string;
                            studentCount?: number;
                            /** @default [] */
                            people?: {
                                name: string;
                                /** @description Office or role at the time, as reported */
                                role?: string;
                                /** @description ISO 3166-1 alpha-2 country code */
                                country?: string;
                            }[];
                        };
                        /** @enum {string} */
                        section: "background" | "missions" | "agreements" | "visits" | "parliament" | "economy" | "education" | "culture" | "other";
                        /** @description The fact as a readable sentence (for imports: the text as reported) */
                        statement: string;
                        /**
                         * @default {
                         *       "start": null,
                         *       "end": null
                         *     }
                         */
                        validTime?: {
                            /** @description First period the fact held; null if unknown */
                            start: string | null;
                            /** @description Last period the fact held; omitted = same as start; null = still holds */
                            end?: string | null;
                        };
                        /** @default [] */
                        sources?: {
                            /** Format: uuid */
                            sourceId?: string;
                            source?: {
                                /**
                                 * Format: uri
                                 * @description An http(s) address
                                 * @default null
                                 */
                                url?: string | null;
                                title: string;
                                /** @default null */
                                publisher?: string | null;
                                /**
                                 * Format: date
                                 * @default null
                                 */
                                publishedOn?: string | null;
                                /**
                                 * Format: date
                                 * @default null
                                 */
                                accessedOn?: string | null;
                                /**
                                 * @default WEBSITE
                                 * @enum {string}
                                 */
                                kind?: "ARTICLE" | "WEBSITE" | "GOVERNMENT" | "NEWS" | "BOOK" | "DATASET" | "OTHER";
                            };
                            /** @description Section, page or paragraph */
                            locator?: string;
                        }[];
                    } | {
                        /** @enum {string} */
                        kind: "CULTURE";
                        data: {
                            title?: string;
                            /** @description festival, concert, play, commemoration, ... */
                            eventType?: string;
                            place?: string;
                            /** @default [] */
                            people?: {
                                name: string;
                                /** @description Office or role at the time, as reported */
                                role?: string;
                                /** @description ISO 3166-1 alpha-2 country code */
                                country?: string;
                            }[];
                            /** @default [] */
                            organisations?: string[];
                        };
                        /** @enum {string} */
                        section: "background" | "missions" | "agreements" | "visits" | "parliament" | "economy" | "education" | "culture" | "other";
                        /** @description The fact as a readable sentence (for imports: the text as reported) */
                        statement: string;
                        /**
                         * @default {
                         *       "start": null,
                         *       "end": null
                         *     }
                         */
                        validTime?: {
                            /** @description First period the fact held; null if unknown */
                            start: string | null;
                            /** @description Last period the fact held; omitted = same as start; null = still holds */
                            end?: string | null;
                        };
                        /** @default [] */
                        sources?: {
                            /** Format: uuid */
                            sourceId?: string;
                            source?: {
                                /**
                                 * Format: uri
                                 * @description An http(s) address
                                 * @default null
                                 */
                                url?: string | null;
                                title: string;
                                /** @default null */
                                publisher?: string | null;
                                /**
                                 * Format: date
                                 * @default null
                                 */
                                publishedOn?: string | null;
                                /**
                                 * Format: date
                                 * @default null
                                 */
                                accessedOn?: string | null;
                                /**
                                 * @default WEBSITE
                                 * @enum {string}
                                 */
                                kind?: "ARTICLE" | "WEBSITE" | "GOVERNMENT" | "NEWS" | "BOOK" | "DATASET" | "OTHER";
                            };
                            /** @description Section, page or paragraph */
                            locator?: string;
                        }[];
                    } | {
                        /** @enum {string} */
                        kind: "GENERAL";
                        data: {
                            topic?: string;
                        };
                        /** @enum {string} */
                        section: "background" | "missions" | "agreements" | "visits" | "parliament" | "economy" | "education" | "culture" | "other";
                        /** @description The fact as a readable sentence (for imports: the text as reported) */
                        statement: string;
                        /**
                         * @default {
                         *       "start": null,
                         *       "end": null
                         *     }
                         */
                        validTime?: {
                            /** @description First period the fact held; null if unknown */
                            start: string | null;
                            /** @description Last period the fact held; omitted = same as start; null = still holds */
                            end?: string | null;
                        };
                        /** @default [] */
                        sources?: {
                            /** Format: uuid */
                            sourceId?: string;
                            source?: {
                                /**
                                 * Format: uri
                                 * @description An http(s) address
                                 * @default null
                                 */
                                url?: string | null;
                                title: string;
                                /** @default null */
                                publisher?: string | null;
                                /**
                                 * Format: date
                                 * @default null
                                 */
                                publishedOn?: string | null;
                                /**
                                 * Format: date
                                 * @default null
                                 */
                                accessedOn?: string | null;
                                /**
                                 * @default WEBSITE
                                 * @enum {string}
                                 */
                                kind?: "ARTICLE" | "WEBSITE" | "GOVERNMENT" | "NEWS" | "BOOK" | "DATASET" | "OTHER";
                            };
                            /** @description Section, page or paragraph */
                            locator?: string;
                        }[];
                    };
                    /** @description Why this revision was made */
                    note: string;
                };
            };
        };
        responses: {
            /** @description The draft */
            201: {
                headers: {
                    /** @description "<revisionId>" of the draft: the next If-Match */
                    ETag: string;
                    /** @description Present when this answers a retry whose Idempotency-Key had already written: nothing was written again */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Draft"];
                };
            };
            /** @description Bad parameters: the detail names which and why */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API token, or an unknown, expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks the scope, or its owner the role, or the account is disabled */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (at that instant) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The path does not answer this method; Allow lists those it does */
            405: {
                headers: {
                    /** @description The methods this path answers, e.g. GET, HEAD, OPTIONS */
                    Allow: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Accept excludes every representation this path serves (q-values honoured; none or *\/* is fine) */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client */
            429: {
                headers: {
                    /** @description Requests allowed in the window */
                    "RateLimit-Limit": string;
                    /** @description Requests left in the window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    /** @description Seconds to wait */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getFactDraft: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A fact's id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The draft */
            200: {
                headers: {
                    /** @description "<revisionId>" of the draft: the next If-Match */
                    ETag: string;
                    /** @description Present when this answers a retry whose Idempotency-Key had already written: nothing was written again */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Draft"];
                };
            };
            /** @description Bad parameters: the detail names which and why */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API token, or an unknown, expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks the scope, or its owner the role, or the account is disabled */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (at that instant) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The path does not answer this method; Allow lists those it does */
            405: {
                headers: {
                    /** @description The methods this path answers, e.g. GET, HEAD, OPTIONS */
                    Allow: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Accept excludes every representation this path serves (q-values honoured; none or *\/* is fine) */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client */
            429: {
                headers: {
                    /** @description Requests allowed in the window */
                    "RateLimit-Limit": string;
                    /** @description Requests left in the window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    /** @description Seconds to wait */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    submitFactDraft: {
        parameters: {
            query?: never;
            header: {
                /** @description The draft revision you started from, quoted: "<revisionId>" (the draft's ETag) */
                "If-Match": string;
            };
            path: {
                /** @description A fact's id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The submitted draft */
            200: {
                headers: {
                    /** @description "<revisionId>" of the draft: the next If-Match */
                    ETag: string;
                    /** @description Present when this answers a retry whose Idempotency-Key had already written: nothing was written again */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Draft"];
                };
            };
            /** @description No API token, or an unknown, expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks the scope, or its owner the role, or the account is disabled */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Someone saved the draft since: currentRevisionId names the revision to start from */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is missing */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listWebhooks: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The subscriptions */
            200: {
                headers: {
                    /** @description Requests allowed in the window */
                    "RateLimit-Limit": string;
                    /** @description Requests left in the window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    /** @description Send it back as If-None-Match to get 304 Not Modified */
                    ETag: string;
                    /** @description Immutable for a settled asOf; short for answers about now */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            url: string;
                            relation: string | null;
                            /** @description ISO 3166-1 alpha-2 */
                            country: string | null;
                            kind: string | null;
                            /** @description The changes-feed position delivered (and acknowledged) up to */
                            cursor: string;
                            /** @description Failed attempts in a row; 0 when the last delivery succeeded */
                            attempts: number;
                            nextAttemptAt: string;
                            lastError: string | null;
                            createdAt: string;
                        }[];
                    };
                };
            };
            /** @description Not modified (If-None-Match matched the ETag) */
            304: {
                headers: {
                    /** @description Requests allowed in the window */
                    "RateLimit-Limit": string;
                    /** @description Requests left in the window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    /** @description Send it back as If-None-Match to get 304 Not Modified */
                    ETag: string;
                    /** @description Immutable for a settled asOf; short for answers about now */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad parameters: the detail names which and why */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API token, or an unknown, expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks the scope, or its owner the role, or the account is disabled */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The path does not answer this method; Allow lists those it does */
            405: {
                headers: {
                    /** @description The methods this path answers, e.g. GET, HEAD, OPTIONS */
                    Allow: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Accept excludes every representation this path serves (q-values honoured; none or *\/* is fine) */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client */
            429: {
                headers: {
                    /** @description Requests allowed in the window */
                    "RateLimit-Limit": string;
                    /** @description Requests left in the window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    /** @description Seconds to wait */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: uri
                     * @description Where deliveries are POSTed (http or https)
                     */
                    url: string;
                    /** @description Only changes to this relation's facts */
                    relation?: string;
                    /** @description Only changes in relations of this country (any code the API accepts) */
                    country?: string;
                    /**
                     * @description Only changes to facts of this kind (a withdrawal matches the kind it had)
                     * @enum {string}
                     */
                    kind?: "RECOGNITION" | "DIPLOMATIC_RELATIONS" | "AGREEMENT" | "TRADE_FIGURE" | "VISIT" | "MISSION" | "PARLIAMENTARY_GROUP" | "EDUCATION" | "CULTURE" | "GENERAL";
                    /** @description Start after this changes-feed cursor (meta.nextCursor of /api/v1/changes); default: from now on */
                    cursor?: string;
                };
            };
        };
        responses: {
            /** @description The subscription and its secret */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            url: string;
                            relation: string | null;
                            /** @description ISO 3166-1 alpha-2 */
                            country: string | null;
                            kind: string | null;
                            /** @description The changes-feed position delivered (and acknowledged) up to */
                            cursor: string;
                            /** @description Failed attempts in a row; 0 when the last delivery succeeded */
                            attempts: number;
                            nextAttemptAt: string;
                            lastError: string | null;
                            createdAt: string;
                            /** @description Signs every delivery (Dyad-Signature): shown only now, keep it */
                            secret: string;
                        };
                    };
                };
            };
            /** @description Bad parameters: the detail names which and why */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API token, or an unknown, expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks the scope, or its owner the role, or the account is disabled */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The path does not answer this method; Allow lists those it does */
            405: {
                headers: {
                    /** @description The methods this path answers, e.g. GET, HEAD, OPTIONS */
                    Allow: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Accept excludes every representation this path serves (q-values honoured; none or *\/* is fine) */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client */
            429: {
                headers: {
                    /** @description Requests allowed in the window */
                    "RateLimit-Limit": string;
                    /** @description Requests left in the window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    /** @description Seconds to wait */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A webhook subscription's id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The subscription */
            200: {
                headers: {
                    /** @description Requests allowed in the window */
                    "RateLimit-Limit": string;
                    /** @description Requests left in the window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    /** @description Send it back as If-None-Match to get 304 Not Modified */
                    ETag: string;
                    /** @description Immutable for a settled asOf; short for answers about now */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            url: string;
                            relation: string | null;
                            /** @description ISO 3166-1 alpha-2 */
                            country: string | null;
                            kind: string | null;
                            /** @description The changes-feed position delivered (and acknowledged) up to */
                            cursor: string;
                            /** @description Failed attempts in a row; 0 when the last delivery succeeded */
                            attempts: number;
                            nextAttemptAt: string;
                            lastError: string | null;
                            createdAt: string;
                        };
                    };
                };
            };
            /** @description Not modified (If-None-Match matched the ETag) */
            304: {
                headers: {
                    /** @description Requests allowed in the window */
                    "RateLimit-Limit": string;
                    /** @description Requests left in the window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    /** @description Send it back as If-None-Match to get 304 Not Modified */
                    ETag: string;
                    /** @description Immutable for a settled asOf; short for answers about now */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad parameters: the detail names which and why */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API token, or an unknown, expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks the scope, or its owner the role, or the account is disabled */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (at that instant) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The path does not answer this method; Allow lists those it does */
            405: {
                headers: {
                    /** @description The methods this path answers, e.g. GET, HEAD, OPTIONS */
                    Allow: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Accept excludes every representation this path serves (q-values honoured; none or *\/* is fine) */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client */
            429: {
                headers: {
                    /** @description Requests allowed in the window */
                    "RateLimit-Limit": string;
                    /** @description Requests left in the window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    /** @description Seconds to wait */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A webhook subscription's id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Stopped */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad parameters: the detail names which and why */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API token, or an unknown, expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks the scope, or its owner the role, or the account is disabled */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (at that instant) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The path does not answer this method; Allow lists those it does */
            405: {
                headers: {
                    /** @description The methods this path answers, e.g. GET, HEAD, OPTIONS */
                    Allow: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Accept excludes every representation this path serves (q-values honoured; none or *\/* is fine) */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client */
            429: {
                headers: {
                    /** @description Requests allowed in the window */
                    "RateLimit-Limit": string;
                    /** @description Requests left in the window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    /** @description Seconds to wait */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    replayWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A webhook subscription's id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Deliver again every matching change after this changes-feed cursor (meta.nextCursor of /api/v1/changes) */
                    cursor: string;
                };
            };
        };
        responses: {
            /** @description The subscription, moved */
            200: {
                headers: {
                    /** @description Requests allowed in the window */
                    "RateLimit-Limit": string;
                    /** @description Requests left in the window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    /** @description Send it back as If-None-Match to get 304 Not Modified */
                    ETag: string;
                    /** @description Immutable for a settled asOf; short for answers about now */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            url: string;
                            relation: string | null;
                            /** @description ISO 3166-1 alpha-2 */
                            country: string | null;
                            kind: string | null;
                            /** @description The changes-feed position delivered (and acknowledged) up to */
                            cursor: string;
                            /** @description Failed attempts in a row; 0 when the last delivery succeeded */
                            attempts: number;
                            nextAttemptAt: string;
                            lastError: string | null;
                            createdAt: string;
                        };
                    };
                };
            };
            /** @description Not modified (If-None-Match matched the ETag) */
            304: {
                headers: {
                    /** @description Requests allowed in the window */
                    "RateLimit-Limit": string;
                    /** @description Requests left in the window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    /** @description Send it back as If-None-Match to get 304 Not Modified */
                    ETag: string;
                    /** @description Immutable for a settled asOf; short for answers about now */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad parameters: the detail names which and why */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API token, or an unknown, expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks the scope, or its owner the role, or the account is disabled */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (at that instant) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The path does not answer this method; Allow lists those it does */
            405: {
                headers: {
                    /** @description The methods this path answers, e.g. GET, HEAD, OPTIONS */
                    Allow: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Accept excludes every representation this path serves (q-values honoured; none or *\/* is fine) */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client */
            429: {
                headers: {
                    /** @description Requests allowed in the window */
                    "RateLimit-Limit": string;
                    /** @description Requests left in the window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    /** @description Seconds to wait */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listWebhookDeliveries: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A webhook subscription's id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The attempts */
            200: {
                headers: {
                    /** @description Requests allowed in the window */
                    "RateLimit-Limit": string;
                    /** @description Requests left in the window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    /** @description Send it back as If-None-Match to get 304 Not Modified */
                    ETag: string;
                    /** @description Immutable for a settled asOf; short for answers about now */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** @description 1 for a first try, more for retries of the same events */
                            attempt: number;
                            /** @description The changes-feed events sent */
                            eventIds: string[];
                            fromCursor: string;
                            /** @description Where the subscription's cursor moves when this delivery succeeds */
                            toCursor: string;
                            ok: boolean;
                            /** @description The receiver's HTTP status; null when it could not be reached */
                            status: number | null;
                            error: string | null;
                            at: string;
                            durationMs: number;
                        }[];
                    };
                };
            };
            /** @description Not modified (If-None-Match matched the ETag) */
            304: {
                headers: {
                    /** @description Requests allowed in the window */
                    "RateLimit-Limit": string;
                    /** @description Requests left in the window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    /** @description Send it back as If-None-Match to get 304 Not Modified */
                    ETag: string;
                    /** @description Immutable for a settled asOf; short for answers about now */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad parameters: the detail names which and why */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API token, or an unknown, expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks the scope, or its owner the role, or the account is disabled */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (at that instant) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The path does not answer this method; Allow lists those it does */
            405: {
                headers: {
                    /** @description The methods this path answers, e.g. GET, HEAD, OPTIONS */
                    Allow: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Accept excludes every representation this path serves (q-values honoured; none or *\/* is fine) */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client */
            429: {
                headers: {
                    /** @description Requests allowed in the window */
                    "RateLimit-Limit": string;
                    /** @description Requests left in the window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    /** @description Seconds to wait */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
