import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { EmptyRecordScanner, emptyRecordOffsets } from "../../src/readers/blankLines.ts";

describe("emptyRecordOffsets", () => {
  it("is empty when there is no blank line", () => {
    expect(emptyRecordOffsets("h1,h2\na,1\nb,2\n", 0)).toEqual([]);
    expect(emptyRecordOffsets("h1,h2\na,1\nb,2", 0)).toEqual([]);
    expect(emptyRecordOffsets("", 0)).toEqual([]);
  });

  it("counts the non-empty data records before each blank line", () => {
    // records: 0 header, 1 a, 2 blank, 3 b, 4 blank, 5 blank, 6 c
    const text = "h1,h2\na,1\n\nb,2\n\n\nc,3\n";
    expect(emptyRecordOffsets(text, 0)).toEqual([1, 2, 2]);
  });

  it("counts a blank line right under the header as preceded by no data", () => {
    expect(emptyRecordOffsets("h1,h2\n\na,1\n", 0)).toEqual([0]);
  });

  it("ignores blank lines above and at the header", () => {
    // records: 0 title, 1 blank, 2 header, 3 a, 4 blank, 5 b
    const text = "调查表,\n\nh1,h2\na,1\n\nb,2\n";
    expect(emptyRecordOffsets(text, 2)).toEqual([1]);
  });

  it("treats CRLF line ends as LF", () => {
    expect(emptyRecordOffsets("h1,h2\r\na,1\r\n\r\nb,2\r\n\r\n\r\nc,3\r\n", 0)).toEqual([1, 2, 2]);
  });

  it("does not count blank lines inside a quoted field", () => {
    const text = 'h1,h2\na,"第一行\n\n第三行"\n\nb,"x\r\n\r\ny"\nc,3\n';
    // records: 0 header, 1 a (spanning three lines), 2 blank, 3 b (spanning three), 4 c
    expect(emptyRecordOffsets(text, 0)).toEqual([1]);
  });

  it("knows a doubled quote inside a quoted field does not close it", () => {
    const text = 'h1,h2\na,"他说""好""\n\n然后"\n\nb,2\n';
    expect(emptyRecordOffsets(text, 0)).toEqual([1]);
  });

  it("does not count a quoted field in the title above the header as records", () => {
    // records: 0 title spanning three lines, 1 header, 2 a, 3 blank, 4 b
    const text = '"南乐县\n\n调查表",\nh1,h2\na,1\n\nb,2\n';
    expect(emptyRecordOffsets(text, 1)).toEqual([1]);
  });

  it("counts a line of only delimiters as a record, not a blank", () => {
    expect(emptyRecordOffsets("h1,h2\na,1\n,\n\nb,2\n", 0)).toEqual([2]);
  });

  it("agrees with a line-by-line count for unquoted text", () => {
    const line = fc.oneof(fc.constant(""), fc.stringMatching(/^[a-z0-9,\u4e00-\u4e2f]{1,8}$/));
    fc.assert(
      fc.property(
        fc.array(line, { minLength: 1, maxLength: 30 }),
        fc.nat(5),
        fc.constantFrom("\n", "\r\n"),
        (lines, headerPick, eol) => {
          const headerIndex = Math.min(headerPick, lines.length - 1);
          const text = lines.map((l) => l + eol).join("");
          const expected: number[] = [];
          let nonEmpty = 0;
          lines.forEach((l, i) => {
            if (i <= headerIndex) return;
            if (l === "") expected.push(nonEmpty);
            else nonEmpty++;
          });
          expect(emptyRecordOffsets(text, headerIndex)).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("gives what a byte-by-byte reading gives, however the bytes are cut into chunks", () => {
    // The scanner jumps between quotes and line breaks; this is the plain reading it must match.
    const maxBytes = 12;
    const byteByByte = (bytes: Uint8Array, last: number) => {
      const offsets: number[] = [];
      const damaged: { row: number; reason: string }[] = [];
      let [record, nonEmpty, length, size, inQuote, quotedLineBreak, stray] = [
        0,
        0,
        0,
        0,
        false,
        false,
        false,
      ];
      const end = (final: boolean) => {
        const reason =
          stray && length > 0
            ? "stray_carriage_return"
            : size > maxBytes
              ? "record_too_long"
              : null;
        if (record > last) {
          if (reason !== null) damaged.push({ row: record + 1, reason });
          if (reason !== null || length === 0) {
            if (!final) offsets.push(nonEmpty);
          } else nonEmpty++;
        }
        record++;
        [length, size, stray] = [0, 0, false];
      };
      bytes.forEach((byte, k) => {
        if (byte === 34) inQuote = !inQuote;
        if ((byte === 10 || byte === 13) && inQuote) quotedLineBreak = true;
        if (byte === 13 && !inQuote && k + 1 < bytes.length && bytes[k + 1] !== 10) stray = true;
        if (byte === 10 && !inQuote) end(false);
        else {
          size++;
          if (byte !== 13) length++;
        }
      });
      if (size > 0) end(true);
      return { offsets, quotedLineBreak, damaged };
    };
    const piece = fc.constantFrom("a", ",", '"', "\n", "\r", "\r\n", "中", "", "abcdefgh");
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 60 }),
        fc.nat(4),
        fc.array(fc.nat(80), { maxLength: 6 }),
        (pieces, last, cuts) => {
          const bytes = new TextEncoder().encode(pieces.join(""));
          const scanner = new EmptyRecordScanner(last, maxBytes);
          let from = 0;
          for (const cut of [...cuts].sort((a, b) => a - b)) {
            const to = Math.min(cut, bytes.length);
            if (to < from) continue;
            scanner.feed(bytes.subarray(from, to));
            from = to;
          }
          scanner.feed(bytes.subarray(from));
          scanner.finish();
          expect({
            offsets: scanner.offsets,
            quotedLineBreak: scanner.quotedLineBreak,
            damaged: scanner.damaged.map(({ row, reason }) => ({ row, reason })),
          }).toEqual(byteByByte(bytes, last));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("sets aside a row with a lone CR or over the byte bound, and counts it as an empty record", () => {
    const text = "h1,h2\r\na,1\r\nb,x\ry\r\nc,3\r\nd,0123456789\r\ne,5\r\n";
    const scanner = new EmptyRecordScanner(0, 12, ",");
    scanner.feed(new TextEncoder().encode(text));
    scanner.finish();
    expect(scanner.damaged.map(({ row, reason }) => [row, reason])).toEqual([
      [3, "stray_carriage_return"],
      [5, "record_too_long"],
    ]);
    expect(scanner.offsets).toEqual([1, 2]);
    expect(scanner.headerDamage).toBeNull();
  });

  it("opens a quoted cell only where a cell starts, when it knows the delimiter", () => {
    const open = (text: string) => {
      const scanner = new EmptyRecordScanner(0, 1000, ",");
      scanner.feed(new TextEncoder().encode(text));
      scanner.finish();
      return scanner.unclosedQuote;
    };
    expect(open('h1,h2\na,5"螺丝\nb,2\n')).toBe(false);
    expect(open('h1,h2\na,"他说""好""\nb,2\n')).toBe(true);
    expect(open('h1,h2\na,"x""y"\nb,2\n')).toBe(false);
  });
});
