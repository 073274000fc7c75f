import { expect, it } from "vitest";
import { createRegionResolver } from "../../src/regions/resolve.ts";

// Its own file, so that the division indexes are built here from cold.
it("creates a resolver and resolves 1000 texts in well under a second", () => {
  const samples = [
    "上海市浦东新区",
    "江苏南京",
    "河南省濮阳市南乐县",
    "南樂縣",
    "城关镇",
    "南乐县千口镇",
    "朝阳区",
    "美国硅谷",
    "火星",
    "新疆伊犁哈萨克自治州伊宁市",
  ];
  const start = performance.now();
  const resolver = createRegionResolver({ locality: "410923" });
  for (let i = 0; i < 1000; i++) {
    // Distinct texts, so that the resolver's cache does not answer for it.
    const text = `${samples[i % samples.length]}${i}号`;
    expect(resolver.resolve(text).status).not.toBe("");
  }
  const elapsed = performance.now() - start;
  expect(elapsed).toBeLessThan(1000);
});
