import { describe, expect, it } from "vitest";
import { findDates, timeOf } from "./dates";

const times = (text: string, referenceYear?: number) => findDates(text, referenceYear).map((d) => d.time);

describe("findDates", () => {
  it.each([
    ["held on 12–14 September 2014.", { start: "2014-09-12", end: "2014-09-14" }],
    ["during 2007–2015.", { start: "2007", end: "2015" }],
    ["during January–March 2013.", { start: "2013-01", end: "2013-03" }],
    ["On October 24–25, 2015, a concert", { start: "2015-10-24", end: "2015-10-25" }],
    ["visited Canada, on March 27–28, 2006.", { start: "2006-03-27", end: "2006-03-28" }],
    ["In 2008, imports", { start: "2008" }],
    ["head of the group since 4 March 2016.", { start: "2016-03-04", end: null }],
    ["established in Canada in November 2006,", { start: "2006-11" }],
    ["On October 18, 1991, the parliament", { start: "1991-10-18" }],
    ["from 30 September – 2 October 2015", { start: "2015-09-30", end: "2015-10-02" }],
    ["from 12 July to 6 November 1978", { start: "1978-07-12", end: "1978-11-06" }],
    ["signed on 22.01.2019.", { start: "2019-01-22" }],
    ["On 2022-03-14, the chairman", { start: "2022-03-14" }],
    ["in the 1990s.", { start: "1990", end: "1999" }],
    ["Between 2010 and 2015, students", { start: "2010", end: "2015" }],
    ["from 3 to 5 March 2019.", { start: "2019-03-03", end: "2019-03-05" }],
    ["from November 2006 to March 2007", { start: "2006-11", end: "2007-03" }],
    ["in 2007-15 there were", { start: "2007", end: "2015" }],
    ["valid until 2015.", { start: null, end: "2015" }],
    ["on the 5th of May 2012", { start: "2012-05-05" }],
    ["signed on 4/15/2011 in Nairobi", { start: "2011-04-15" }],
    ["signed on 15/4/2011 in Oslo", { start: "2011-04-15" }],
    ["signed on 4/5/2011, a Tuesday", { start: "2011" }],
    ["from March to May 2019", { start: "2019-03", end: "2019-05" }],
    ["in September 2019", { start: "2019-09" }],
    ["fought between 4 and 7 February 2011.", { start: "2011-02-04", end: "2011-02-07" }],
    ["fought between 22 April and 3 May 2011.", { start: "2011-04-22", end: "2011-05-03" }],
  ])("%s", (text, time) => {
    expect(times(text)).toEqual([time]);
  });

  it("resolves relative years against a year in the same sentence first", () => {
    expect(times("were also down from $31.0 million the previous year to $20 million in 2010.")).toEqual([
      { start: "2009" },
      { start: "2010" },
    ]);
  });

  it("resolves relative years against the year the previous sentence named", () => {
    expect(times("The same year exports amounted to $19.713 million.", 2008)).toEqual([{ start: "2008" }]);
    expect(times("The following year they fell.", 2019)).toEqual([{ start: "2020" }]);
    expect(times("The previous year they fell.")).toEqual([]);
  });

  it("does not take amounts, counts or impossible days for dates", () => {
    expect(times("$2008 million, 2,000 students, 23 Izmir St., 1.2345 units")).toEqual([]);
    expect(times("on 31 February 2010")).toEqual([{ start: "2010-02" }]);
    expect(times("May we meet in 14–12 September 2014?")).not.toContainEqual({
      start: "2014-09-14",
      end: "2014-09-12",
    });
  });

  it("passes over a year that names a thing for the date that says when", () => {
    const dates = findDates("asked the court to interpret its 1962 judgment; the court ruled on 2013-11-11 that");
    expect(dates.map((d) => d.attributive ?? false)).toEqual([true, false]);
    expect(timeOf(dates)).toEqual({ start: "2013-11-11" });
    expect(timeOf(findDates("The 2000 boundary memorandum was signed in Phnom Penh."))).toEqual({ start: "2000" });
    expect(timeOf(findDates("In 2012 Portugal sold a further share."))).toEqual({ start: "2012" });
  });
});
