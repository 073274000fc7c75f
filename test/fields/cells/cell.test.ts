import { describe, expect, it } from "vitest";
import { fieldCellResolver } from "../../../src/fields/cells/cell.ts";

const hidden = "（个人信息，已隐去）";

function resolverWith(aliases: Record<string, string>) {
  return fieldCellResolver(
    { get: (kind, raw) => (kind === "field" ? aliases[raw] : undefined) },
    hidden,
  );
}

describe("fieldCellResolver", () => {
  it("reads a cell through the catalogue and reports the parts it cannot read", () => {
    const resolve = resolverWith({});
    expect(resolve("材料学、化学工程")).toEqual({
      codes: ["0805", "0817"],
      unresolved: [],
      via: "catalogue",
    });
    expect(resolve("材料学、区块链")).toEqual({
      codes: ["0805"],
      unresolved: ["区块链"],
      via: "catalogue",
    });
    expect(resolve("不限专业")).toEqual({ codes: [], unresolved: [], via: "catalogue" });
  });

  it("applies an alias to the whole cell first, then to each unread part", () => {
    const resolve = resolverWith({ 区块链: "0812", 发酵食品: "0836", 杂项: "none" });
    expect(resolve("发酵食品")).toEqual({ codes: ["0836"], unresolved: [], via: "alias" });
    expect(resolve("材料学、区块链")).toEqual({
      codes: ["0805", "0812"],
      unresolved: [],
      via: "alias",
    });
    expect(resolve("杂项")).toEqual({ codes: [], unresolved: [], via: "alias" });
    expect(resolve("材料学、杂项、量子计算")).toEqual({
      codes: ["0805"],
      unresolved: ["量子计算"],
      via: "alias",
    });
  });

  it("reports the hidden placeholder as it is, naming nothing", () => {
    expect(resolverWith({})(hidden)).toEqual({ codes: [], unresolved: [hidden], via: "catalogue" });
  });
});
