import { describe, expect, it } from "vitest";
import {
  type ErrorCatalogEntry,
  errorCatalog,
  errorFor,
  formatErrorTemplate,
  isErrorMnemonic,
} from "./errors";
import { referenceErrors } from "./reference-fixtures";

const catalog: Record<string, ErrorCatalogEntry> = errorCatalog;

describe("errorCatalog against the reference's error tables", () => {
  it("the fixture holds the tables (common and per method)", () => {
    expect(referenceErrors.filter((row) => row.method === "*").length).toBe(20);
    expect(new Set(referenceErrors.map((row) => row.mnemonic)).size).toBe(39);
  });

  it.each(referenceErrors.map((row) => [`${row.method} ${row.mnemonic} (line ${row.line})`, row]))(
    "%s is catalogued with its code, text and method",
    (_, row) => {
      expect(isErrorMnemonic(row.mnemonic)).toBe(true);
      const entry = catalog[row.mnemonic]!;
      expect(entry.codes).toContain(row.code);
      if (row.method === "*") {
        expect(entry.methods).toBe("*");
        expect(entry.template).toBe(row.template);
      } else {
        if (entry.methods !== "*") expect(entry.methods).toContain(row.method);
        // What this method answers, its variant where its table differs.
        expect(errorFor(row.mnemonic as keyof typeof errorCatalog, row.method as never)).toEqual({
          code: row.code,
          template: row.template,
        });
      }
    },
  );

  it("names no mnemonic the reference does not", () => {
    const named = new Set(referenceErrors.map((row) => row.mnemonic));
    expect(Object.keys(errorCatalog).filter((m) => !named.has(m))).toEqual([]);
  });

  it("gives the two codes of the mnemonics that come with two", () => {
    expect(errorCatalog.contact_in_blacklist.codes).toEqual([-32602, -32002]);
    expect(errorFor("contact_in_blacklist", "start.simple_call").code).toBe(-32002);
    expect(errorFor("contact_in_blacklist", "start.informer_call").code).toBe(-32602);
    expect(errorFor("scenario_not_found", "start.vnumber_call")).toEqual({
      code: -32007,
      template: "Virtual phone number does not have a scenario",
    });
    expect(errorFor("scenario_not_found", "start.scenario_call").code).toBe(-32602);
  });
});

describe("formatErrorTemplate", () => {
  it("fills every occurrence of a placeholder", () => {
    const text = formatErrorTemplate(errorCatalog.limit_exceeded.template, {
      limit_type: "minute",
      limit_max_value: 150,
    });
    expect(text).toBe(
      "Limit per minute has been exceeded. Value of current limit per minute is 150",
    );
  });

  it("leaves unknown or missing placeholders as they are", () => {
    expect(formatErrorTemplate("Tag with {tag_id} not found", { other: 1 })).toBe(
      "Tag with {tag_id} not found",
    );
    expect(formatErrorTemplate("Your IP {ip} is not whitelisted")).toBe(
      "Your IP {ip} is not whitelisted",
    );
    expect(formatErrorTemplate("Your IP {ip} is not whitelisted", { ip: null })).toBe(
      "Your IP {ip} is not whitelisted",
    );
  });
});
