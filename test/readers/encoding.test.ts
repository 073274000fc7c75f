import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeText, detectEncoding } from "../../src/readers/encoding.ts";

/**
 * A GB18030 encoder for the two-byte (GBK) range, built by decoding every two-byte sequence:
 * Node's TextEncoder writes only UTF-8, and Excel's "CSV" on a Chinese Windows is GBK.
 */
const gbkTable = (() => {
  const decoder = new TextDecoder("gb18030", { fatal: true });
  const table = new Map<string, readonly [number, number]>();
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      try {
        const ch = decoder.decode(new Uint8Array([lead, trail]));
        if (!table.has(ch)) table.set(ch, [lead, trail]);
      } catch {
        // unassigned
      }
    }
  }
  return table;
})();

function gb18030(text: string): Uint8Array {
  const bytes: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0) as number;
    if (code < 0x80) bytes.push(code);
    else {
      const pair = gbkTable.get(ch);
      if (!pair) throw new Error(`no GBK bytes for ${ch}`);
      bytes.push(...pair);
    }
  }
  return Uint8Array.from(bytes);
}

function utf16(text: string, endian: "le" | "be", bom = true): Uint8Array {
  const units = [...(bom ? "\uFEFF" : ""), ...text].join("");
  const out = new Uint8Array(units.length * 2);
  for (let i = 0; i < units.length; i++) {
    const unit = units.charCodeAt(i);
    const [hi, lo] = [unit >> 8, unit & 0xff];
    out[2 * i] = endian === "le" ? lo : hi;
    out[2 * i + 1] = endian === "le" ? hi : lo;
  }
  return out;
}

const utf8 = (text: string) => new TextEncoder().encode(text);
const csvText = "企业名称,岗位名称,需求人数\r\n南樂縣甲公司,工程师（硕士）,３人\r\n";

describe("the GB18030 fixture", () => {
  it("matches known GBK byte sequences", () => {
    expect([...gb18030("企业")]).toEqual([0xc6, 0xf3, 0xd2, 0xb5]);
    expect([...gb18030("姓名")]).toEqual([0xd0, 0xd5, 0xc3, 0xfb]);
    expect(new TextDecoder("gb18030").decode(gb18030(csvText))).toBe(csvText);
  });
});

describe("detectEncoding", () => {
  it("reads plain ASCII and UTF-8 as UTF-8", () => {
    expect(detectEncoding(utf8("name,headcount\n"))).toBe("utf-8");
    expect(detectEncoding(utf8(csvText))).toBe("utf-8");
  });

  it("recognises the UTF-8 BOM", () => {
    const bytes = Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8(csvText)]);
    expect(detectEncoding(bytes)).toBe("utf-8-bom");
    expect(decodeText(bytes, "utf-8-bom").replace(/^\uFEFF/, "")).toBe(csvText);
  });

  it("recognises UTF-16 by its BOM, little and big endian (Excel's Unicode text)", () => {
    const tabbed = csvText.replaceAll(",", "\t");
    const le = utf16(tabbed, "le");
    const be = utf16(tabbed, "be");
    expect(detectEncoding(le)).toBe("utf-16le");
    expect(detectEncoding(be)).toBe("utf-16be");
    expect(decodeText(le, "utf-16le").replace(/^\uFEFF/, "")).toBe(tabbed);
    expect(decodeText(be, "utf-16be").replace(/^\uFEFF/, "")).toBe(tabbed);
  });

  it("recognises GB18030 when the bytes are not UTF-8", () => {
    const bytes = gb18030(csvText);
    expect(detectEncoding(bytes)).toBe("gb18030");
    expect(decodeText(bytes, "gb18030")).toBe(csvText);
    expect(
      detectEncoding(gb18030("姓名,身份证号码,联系电话\n张三,11010519491231002X,13800000000\n")),
    ).toBe("gb18030");
  });

  it("accepts GBK text written in traditional characters", () => {
    const traditional =
      "企業名稱,崗位名稱,需求人數,學歷要求\r\n南樂縣生物科技有限公司,研發工程師,3人,碩士\r\n";
    expect(detectEncoding(gb18030(traditional))).toBe("gb18030");
  });

  it("gives null for text in other encodings that GB18030 would decode into nonsense", () => {
    const encoder = (label: string, lead: [number, number], trail: [number, number]) => {
      const decoder = new TextDecoder(label, { fatal: true });
      const table = new Map<string, number[]>();
      for (let l = lead[0]; l <= lead[1]; l++) {
        for (let t = trail[0]; t <= trail[1]; t++) {
          try {
            const ch = decoder.decode(Uint8Array.from([l, t]));
            if (ch.length === 1 && !table.has(ch)) table.set(ch, [l, t]);
          } catch {
            // unassigned
          }
        }
      }
      return (text: string) =>
        Uint8Array.from(
          [...text].flatMap((ch) =>
            ch.charCodeAt(0) < 0x80 ? [ch.charCodeAt(0)] : (table.get(ch) ?? []),
          ),
        );
    };
    const big5 = encoder("big5", [0x81, 0xfe], [0x40, 0xfe]);
    const shiftJis = encoder("shift_jis", [0x81, 0xfc], [0x40, 0xfc]);
    // Big5 (Taiwan): decodes as GB18030 into kana, Greek and private-use characters.
    expect(
      detectEncoding(big5("企業名稱,崗位名稱,需求人數,學歷要求\r\n研發工程師,碩士,3\r\n")),
    ).toBeNull();
    // Shift-JIS: decodes into rare ideographs, none of them common Chinese.
    expect(
      detectEncoding(shiftJis("会社名,職種,人数,学歴\r\n株式会社テスト,エンジニア,3,大学卒業\r\n")),
    ).toBeNull();
    // UTF-16 without a BOM, and Latin-1.
    expect(detectEncoding(utf16("企业名称,人数\r\n", "le", false))).toBeNull();
    expect(detectEncoding(utf16("name,count\r\n", "le", false))).toBeNull();
    expect(
      detectEncoding(Uint8Array.from([..."Müller,Café\r\n"].map((c) => c.charCodeAt(0)))),
    ).toBeNull();
  });

  it("gives null for bytes that are neither", () => {
    // 0xFF is never valid in UTF-8 nor in GB18030.
    expect(detectEncoding(Uint8Array.from([0x41, 0xff, 0x41, 0x0a]))).toBeNull();
    expect(detectEncoding(Uint8Array.from([0xc6, 0xf3, 0xff, 0xff]))).toBeNull();
  });

  it("tells GBK from UTF-8 for any line of Chinese text", () => {
    // Characters people write: GB2312's 3,755 common ideographs (leads 0xB0–0xD7), as
    // real text is; uniformly drawn rare ideographs would read as no language at all.
    const han = [...gbkTable.entries()]
      .filter(
        ([ch, [lead, trail]]) =>
          /\p{Script=Han}/u.test(ch) && lead >= 0xb0 && lead <= 0xd7 && trail >= 0xa1,
      )
      .map(([ch]) => ch);
    // Ten ideographs at least: a very short GBK run can happen to be valid UTF-8 too.
    const text = fc
      .tuple(
        fc.array(fc.constantFrom(...han), { minLength: 10, maxLength: 40 }),
        fc.array(fc.constantFrom(",", "\t", "3", "a", " ", "\r\n"), { maxLength: 10 }),
      )
      .chain(([ideographs, ascii]) =>
        fc.shuffledSubarray([...ideographs, ...ascii], {
          minLength: ideographs.length + ascii.length,
        }),
      )
      .map((parts) => parts.join(""));
    fc.assert(
      fc.property(text, (t) => {
        expect(detectEncoding(utf8(t))).toBe("utf-8");
        const gb = gb18030(t);
        expect(detectEncoding(gb)).toBe("gb18030");
        expect(decodeText(gb, "gb18030")).toBe(t);
      }),
      { numRuns: 200 },
    );
  });
});
