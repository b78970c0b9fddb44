import { describe, expect, it } from "vitest";
import "./test-support"; // loads the gazetteer before the tests
import { findCountryMentions } from "./countries-in-text";
import { findPlaceMentions } from "./gazetteer";
import { findPeople } from "./people";
import { quotedSpans } from "./phrases";

function people(text: string) {
  const countries = findCountryMentions(text);
  return findPeople(text, { countries, places: findPlaceMentions(text, countries), quotes: quotedSpans(text) }).map(
    ({ name, role, country }) => ({ name, ...(role ? { role } : {}), ...(country ? { country } : {}) }),
  );
}

describe("findPeople", () => {
  it("reads the office in front of a name and the country it names", () => {
    expect(
      people("Deputy Minister of Foreign Affairs of Azerbaijan Araz Azimov visited Canada, on March 27–28, 2006."),
    ).toEqual([{ name: "Araz Azimov", role: "Deputy Minister of Foreign Affairs of Azerbaijan", country: "AZ" }]);
  });

  it("reads an appositive role and stops at the other person", () => {
    expect(
      people(
        "Former minister of education Mikayil Jabbarov met with a delegation led by the minister of research, innovation and science of Ontario in Canada, Reza Moridi in 2017.",
      ),
    ).toEqual([
      { name: "Mikayil Jabbarov", role: "Former minister of education" },
      { name: "Reza Moridi", role: "minister of research, innovation and science of Ontario in Canada", country: "CA" },
    ]);
  });

  it("reads two people joined by 'and', with lower-case roles", () => {
    expect(
      people(
        "the meeting took place between former Canadian foreign minister Lawrence Cannon and Azerbaijani Foreign Minister Elmar Mammadyarov",
      ),
    ).toEqual([
      { name: "Lawrence Cannon", role: "former Canadian foreign minister", country: "CA" },
      { name: "Elmar Mammadyarov", role: "Azerbaijani Foreign Minister", country: "AZ" },
    ]);
  });

  it("reads the function a sentence gives someone", () => {
    expect(people("Fuad Muradov has been the head of the group since 4 March 2016.")).toEqual([
      { name: "Fuad Muradov", role: "head of the group" },
    ]);
    expect(
      people("This working group was established on December 5, 2000 and its first head was Samur Novruzov."),
    ).toEqual([{ name: "Samur Novruzov", role: "first head" }]);
    expect(
      people(
        "Member of the Conservative Party of the Canadian Parliament, Mr. Jamie Schmale was elected as the chairman of the Friendship Group.",
      ),
    ).toEqual([
      {
        name: "Jamie Schmale",
        role: "chairman of the Friendship Group; Member of the Conservative Party of the Canadian Parliament",
        country: "CA",
      },
    ]);
  });

  it("reads names with particles, hyphens, diacritics and possessives", () => {
    expect(people("President Charles de Gaulle and Chancellor Konrad Adenauer signed it.").map((p) => p.name)).toEqual([
      "Charles de Gaulle",
      "Konrad Adenauer",
    ]);
    expect(people("President Frank-Walter Steinmeier spoke.").map((p) => p.name)).toEqual(["Frank-Walter Steinmeier"]);
    expect(people("concert by National Artist of Azerbaijan Firangiz Alizadeh's was held")).toEqual([
      { name: "Firangiz Alizadeh", role: "National Artist of Azerbaijan", country: "AZ" },
    ]);
  });

  it("does not take institutions, places, countries or titles for people", () => {
    expect(
      people("According to the State Customs Committee of the Republic of Azerbaijan Commodity turnover was low."),
    ).toEqual([]);
    expect(
      people('"An Evening of Khojaly Genocide Commemoration" was held at the University of Calgary in Banja Luka.'),
    ).toEqual([]);
    expect(people("the Heydar Aliyev Foundation and the United Nations in New York")).toEqual([]);
  });
});
