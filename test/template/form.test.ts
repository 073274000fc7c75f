import { describe, expect, it } from "vitest";
import { demandHeaders, demandRequired } from "../../src/sources/demand/headers.ts";
import { mapHeaders } from "../../src/sources/headerMatch.ts";
import { formColumns, formLists, listValues, waveLabel } from "../../src/template/form.ts";
import { resolveEducation } from "../../src/vocab/education.ts";
import { resolveSkill } from "../../src/vocab/skill.ts";
import { resolveTitle } from "../../src/vocab/title.ts";
import { resolveUrgency } from "../../src/vocab/urgency.ts";

describe("the survey form", () => {
  it("has a column for every demand field, under the header the pipeline reads as that field", () => {
    expect(formColumns.map((c) => c.field).sort()).toEqual(Object.keys(demandHeaders).sort());
    const mapped = mapHeaders(
      formColumns.map((c) => c.header),
      demandHeaders,
    );
    expect(mapped.map((m) => m.field)).toEqual(formColumns.map((c) => c.field));
    expect(formColumns.filter((c) => c.required).map((c) => c.field)).toEqual([...demandRequired]);
  });

  it("offers in each dropdown only values that read as one code, each a different one", () => {
    const read = {
      education: (v: string) => resolveEducation(v, "demand"),
      title: (v: string) => resolveTitle(v, "demand"),
      skill: (v: string) => resolveSkill(v, "demand"),
      urgency: (v: string) => resolveUrgency(v),
    };
    const codes = Object.fromEntries(
      Object.entries(read).map(([list, resolve]) => [
        list,
        formLists[list as keyof typeof read].map((v) => resolve(v)),
      ]),
    );
    expect(codes).toEqual({
      education: ["doctorate", "master", "bachelor", "associate", "vocational", "none"],
      title: ["senior", "vice-senior", "intermediate", "junior", "none"],
      skill: [
        "senior-technician",
        "technician",
        "senior-worker",
        "intermediate-worker",
        "junior-worker",
        "none",
      ],
      urgency: ["very-urgent", "urgent", "normal"],
    });
  });

  it("lists the workspace's chains by name", () => {
    const chains = [
      { id: "bio", name: "生物基材料", aliases: [], sectors: [], keywords: [] },
      { id: "food", name: "食品加工", aliases: [], sectors: [], keywords: [] },
    ];
    expect(listValues("chain", chains)).toEqual(["生物基材料", "食品加工"]);
  });

  it("names a wave as people say it", () => {
    expect(waveLabel("2025H1")).toBe("2025年上半年");
    expect(waveLabel("2025H2")).toBe("2025年下半年");
  });
});
