// Word lists the extractors share. They describe English prose about bilateral relations in
// general (offices, institutions, function words), never one article: a person-name finder
// that knows which capitalised words are *not* names needs no dictionary of names.

const words = (text: string) => new Set(text.trim().split(/\s+/));

export const MONTH_NUMBERS: Record<string, number> = {
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sep: 9,
  sept: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};

/** Words that join the parts of a capitalised name: "Bank *of* Baku", "Charles *de* Gaulle". */
export const CONNECTORS = words("of the and for on de du da la le van von der den di al el bin ibn y et");

/** Particles allowed inside a person's name between two capitalised parts. */
export const NAME_PARTICLES = words("de du da van von der den di al el bin ibn la le");

/** Head nouns of an office or role: the word a role phrase is built around. */
export const ROLE_HEADS = words(`
  minister ministers president vice-president chancellor ambassador envoy consul director head chairman
  chairwoman chairperson chair speaker secretary member leader governor mayor king queen prince princess
  emir sheikh sultan commissioner senator deputy mp representative delegate adviser advisor spokesman
  spokesperson rector professor artist composer singer poet writer author conductor pianist violinist
  musician painter actor actress director-general premier chief officer attaché counsellor councillor
  diplomat ombudsman patriarch pope mufti general colonel admiral marshal founder organiser organizer
  coordinator chargé manager president-elect heir crown`);

/** Words that qualify a role head: "*former Canadian foreign* minister", "*Deputy* Minister". */
export const ROLE_MODIFIERS = words(`
  former deputy vice first prime foreign acting then current honorary honoured honored people's
  national state general chief senior executive permanent special extraordinary plenipotentiary
  late incumbent outgoing new interim assistant principal royal supreme federal regional education
  economy culture defence defense finance trade justice interior health energy`);

export const HONORIFICS = words("mr mrs ms miss dr sir madam lord lady hon prof h.e. his her excellency");

/** Head nouns of organisations, bodies and named things (they end an organisation's name). */
export const ORG_HEADS = words(`
  ministry department bureau office committee commission council assembly parliament congress senate
  house chamber union nations organization organisation party group association society foundation
  institute university college school academy bank fund company corporation agency centre center
  embassy consulate festival forum conference summit museum theatre theater opera orchestra
  philharmonic service services club league federation alliance network council court administration
  authority board secretariat mission cabinet government majlis milli bundestag duma sejm rada
  program programme initiative project award prize order`);

/** Capitalised words that are not people's names (function words, titles of things, geography). */
const NOT_NAMES = words(`
  the a an this that these those in on at of for to by with from during since after before over under
  between according both all various numerous several many some its their his her our subsequently
  however also and or but while when where which who as it he she they we there here then former
  monday tuesday wednesday thursday friday saturday sunday
  relations relation trade treaty convention agreement memorandum protocol declaration republic kingdom
  state states federal customs global international european development cooperation co-operation
  friendship working inter interparliamentary inter-parliamentary parliamentary affairs youth abroad
  education culture cultural student students genocide commemoration evening film visa application
  double taxation tax prevention avoidance elimination evasion fiscal dissemination capital income
  exhibition hall palace square street st avenue road airport station port region province district
  city county oblast north south east west northern southern eastern western central new old soviet
  ottoman empire war world cold great holy saint islamic catholic orthodox conservative conservatives
  liberal liberals democratic democrats socialist labour green social communist people peoples day days
  week year games olympic olympics cup championship team business economic economy energy oil gas
  pipeline investment commerce industry technology science research innovation health defence defense
  security military army navy force forces police justice law constitution constitutional act charter
  code news times post press television radio channel media united general national first second
  third joint bilateral multilateral strategic partnership action plan road map roadmap framework
  spectacle concert play festival gala ceremony anniversary independence victory liberation memorial
  monument cathedral church mosque temple stadium arena park garden gardens tower bridge river lake
  sea ocean mountain mountains island islands bay gulf valley`);

const NEVER_NAMES = new Set([
  ...NOT_NAMES,
  ...ROLE_HEADS,
  ...ROLE_MODIFIERS,
  ...HONORIFICS,
  ...ORG_HEADS,
  ...Object.keys(MONTH_NUMBERS),
]);

/** True when a capitalised word can be part of a person's name. */
export const canBeNameWord = (word: string) => !NEVER_NAMES.has(word.toLowerCase());

/** Words that end a role phrase when walking back from a name (verbs, clause words). */
export const ROLE_BREAKERS = words(`
  was were is are be been being has have had did does do will would can could should may might must
  visited met led held signed said announced called named elected appointed by with between who which
  that when where while after before during than as such including like meet meets meeting visit
  visits received welcomed hosted attended opened`);

/** Abbreviations whose full stop does not end a sentence. */
export const ABBREVIATIONS = words(`
  mr mrs ms dr prof sr jr fr gen col lt sgt capt gov sen rep hon rev vs approx inc ltd co corp dept
  univ no nos vol pp ca cf al jan feb mar apr jun jul aug sep sept oct nov dec e.g i.e est
  mt ft`);
