import { errorCatalog } from "@callboard/callapi";
import { bffErrorMnemonics } from "@callboard/contract";
import { describe, expect, it } from "vitest";
import { hintFor } from "./hints";
import { messageFor, messages } from "./messages";

const catalogMnemonics = Object.keys(errorCatalog);
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]);

describe("messages", () => {
  it.each([...catalogMnemonics, ...bffErrorMnemonics])(
    "%s has a message in English and in Russian",
    (mnemonic) => {
      expect(messages.en[mnemonic]?.trim()).toBeTruthy();
      expect(messages.ru[mnemonic]?.trim()).toBeTruthy();
      expect(messages.ru[mnemonic]).not.toBe(messages.en[mnemonic]);
    },
  );

  it("uses the same placeholders in both languages, and the catalog's", () => {
    for (const mnemonic of Object.keys(messages.en)) {
      expect(placeholders(messages.ru[mnemonic]!).sort(), mnemonic).toEqual(
        placeholders(messages.en[mnemonic]!).sort(),
      );
    }
    for (const [mnemonic, entry] of Object.entries(errorCatalog)) {
      for (const name of placeholders(messages.en[mnemonic]!)) {
        expect(entry.template, `${mnemonic} {${name}}`).toContain(`{${name}}`);
      }
    }
  });

  it("fills placeholders from the error's params", () => {
    expect(
      messageFor("tts_text_exceeded", "en", {
        tts_message_max_length: 100,
        sent_tts_message_length: 130,
      }),
    ).toBe("The message is too long for text-to-speech: 130 characters, at most 100.");
    expect(messageFor("limit_exceeded", "ru", { limit_type: "minute", limit_max_value: 150 })).toBe(
      "Лимит Call API за минуту исчерпан (лимит: 150 баллов).",
    );
    expect(messageFor("ip_not_whitelisted", "en", { ip: "203.0.113.7" })).toContain("203.0.113.7");
  });

  it("never leaves a raw placeholder when params are missing", () => {
    for (const language of ["en", "ru"] as const) {
      for (const mnemonic of Object.keys(messages[language])) {
        expect(messageFor(mnemonic, language, {}), mnemonic).not.toMatch(/[{}]/);
      }
    }
    expect(messageFor("limit_exceeded", "en")).toBe("The Call API limit has been used up.");
  });

  it("ignores params that are not plain values", () => {
    const text = messageFor("tag_not_found", "en", { tag_id: { nested: true } });
    expect(text).toBe("The tag was not found.");
  });

  it("names an unknown mnemonic in a generic refusal", () => {
    expect(messageFor("brand_new_error", "en")).toBe(
      "CallGear refused the request (brand_new_error).",
    );
    expect(messageFor("brand_new_error", "ru")).toContain("brand_new_error");
  });
});

describe("hints", () => {
  it("says what to do about invalid_state, by the action tried", () => {
    expect(hintFor("invalid_state", "en", { method: "hold.call" })).toBe(
      "The call must be in conversation to put it on hold.",
    );
    expect(hintFor("invalid_state", "en", { method: "unhold.call" })).toBe(
      "The call is not on hold.",
    );
    expect(hintFor("invalid_state", "en", { method: "make.call" })).toBe(
      "Put the call on hold first.",
    );
    expect(hintFor("invalid_state", "en", { method: "transfer.talk" })).toBe(
      "Dial someone first (consult), then transfer or return.",
    );
    expect(hintFor("invalid_state", "ru", { method: "restore.talk" })).toMatch(/консультация/);
  });

  it("tells the admin what to whitelist or enable", () => {
    expect(hintFor("ip_not_whitelisted", "en")).toMatch(/whitelist this server's IP address/);
    expect(hintFor("component_disabled", "en")).toMatch(/enable the component/);
    expect(hintFor("auth_error", "ru")).toMatch(/администратора/);
  });

  it("warns that a timed-out start may already have dialled", () => {
    expect(hintFor("upstream_timeout", "en", { method: "start.simple_call" })).toMatch(
      /may already have been placed/,
    );
    expect(hintFor("upstream_timeout", "en", { method: "list.calls" })).toBe(
      "Try again in a moment.",
    );
  });

  it("gives no hint where the user cannot act", () => {
    expect(hintFor("duplicate_tag", "en")).toBeUndefined();
  });
});
