import type { HistoryCall, HistoryDetail } from "@callboard/contract";
import { QueryClient } from "@tanstack/react-query";
import { afterEach, describe, expect, test, vi } from "vitest";
import { userEvent } from "vitest/browser";
import { queryKeys } from "../../../lib/query-keys";
import { cleanup, render } from "../../../test-support/render";
import { WrapUpForm } from "./wrap-up-form";

const call: HistoryCall = {
  callSessionId: 501,
  startedAt: "2026-03-02T09:00:00.000Z",
  finishedAt: "2026-03-02T09:05:00.000Z",
  direction: "in",
  contactNumber: "79035557788",
  contactName: null,
  virtualNumber: "74993720692",
  employees: [{ id: 25, name: "Анна Смирнова" }],
  waitSeconds: 4,
  talkSeconds: 290,
  totalSeconds: 300,
  tags: [],
  result: "answered",
  endedBy: null,
  recordings: [],
  note: null,
  disposition: null,
  wrapUpBy: null,
  wrapUpUntil: "2026-03-02T09:35:00.000Z",
};

/** A cache that already holds the account's tags: the form asks nothing but the wrap-up. */
function cacheWithTags(): QueryClient {
  const client = new QueryClient({ defaultOptions: { queries: { staleTime: Infinity } } });
  client.setQueryData(queryKeys.directory("tags"), [
    { id: 36, name: "Sale" },
    { id: 255, name: "Complaint" },
  ]);
  return client;
}

function reply(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "Content-Type": "application/json" },
  });
}

const field = (name: string) =>
  document.querySelector<HTMLElement>(`[aria-label="${name}"], #${CSS.escape(labelFor(name))}`);
function labelFor(text: string): string {
  const label = [...document.querySelectorAll("label")].find((l) => l.textContent === text);
  return label?.htmlFor ?? "";
}
const button = () =>
  [...document.querySelectorAll("button")].find((b) => b.textContent === "Save wrap-up");
const text = () => document.body.textContent ?? "";

afterEach(async () => {
  vi.restoreAllMocks();
  await cleanup();
});

describe("wrap-up form", () => {
  test("asks for a note or a disposition on the note field, and sends nothing", async () => {
    const fetchSpy = vi.spyOn(window, "fetch");
    await render(<WrapUpForm call={call} />, cacheWithTags());
    await userEvent.click(button() as HTMLElement);
    await expect.poll(() => field("Note")?.getAttribute("aria-invalid")).toBe("true");
    expect(text()).toContain("Add a note or pick a disposition.");
    expect(fetchSpy).not.toHaveBeenCalled();
    // Typing takes the message back.
    await userEvent.type(field("Note") as HTMLElement, "Wants a quote");
    await expect.poll(() => text().includes("Add a note or pick a disposition.")).toBe(false);
  });

  test("shows the pending state, then the saved wrap-up", async () => {
    let answer: (response: Response) => void = () => {};
    const fetchSpy = vi
      .spyOn(window, "fetch")
      .mockImplementation(() => new Promise((resolve) => (answer = resolve)));
    await render(<WrapUpForm call={call} />, cacheWithTags());
    await userEvent.type(field("Note") as HTMLElement, "Wants a quote");
    await userEvent.selectOptions(field("Disposition") as HTMLElement, "Sale");
    await userEvent.click(button() as HTMLElement);
    await expect.poll(() => button()?.hasAttribute("data-loading")).toBe(true);
    const [url, init] = fetchSpy.mock.calls[0] ?? [];
    expect(url).toBe("/api/history/501/wrap-up");
    expect(JSON.parse(String(init?.body))).toEqual({ note: "Wants a quote", tagId: 36 });
    const saved: HistoryDetail = {
      call: { ...call, note: "Wants a quote", disposition: "Sale", wrapUpBy: "Demo Operator" },
      actions: [],
    };
    answer(reply(200, saved));
    await expect.poll(() => button()?.hasAttribute("data-loading")).toBe(false);
    expect(text()).toContain("Sale — Wants a quote · Saved by Demo Operator.");
  });

  test("puts the BFF's field error on its field", async () => {
    vi.spyOn(window, "fetch").mockResolvedValue(
      reply(400, {
        status: 400,
        mnemonic: "validation_failed",
        message: "Check the highlighted fields.",
        issues: [{ field: "tagId", message: "not a tag of this account" }],
      }),
    );
    await render(<WrapUpForm call={call} />, cacheWithTags());
    await userEvent.selectOptions(field("Disposition") as HTMLElement, "Complaint");
    await userEvent.click(button() as HTMLElement);
    await expect.poll(() => field("Disposition")?.getAttribute("aria-invalid")).toBe("true");
    expect(text()).toContain("not a tag of this account");
  });

  test("says plainly when the window has passed, before and after a try", async () => {
    vi.spyOn(window, "fetch").mockResolvedValue(
      reply(409, {
        status: 409,
        mnemonic: "wrap_up_closed",
        message: "The time to add a note to this call has passed.",
      }),
    );
    await render(<WrapUpForm call={call} />, cacheWithTags());
    await userEvent.type(field("Note") as HTMLElement, "Late note");
    await userEvent.click(button() as HTMLElement);
    await expect.poll(() => text()).toContain("The time to wrap up this call has passed.");
    expect(button()).toBeUndefined();

    await render(<WrapUpForm call={{ ...call, wrapUpUntil: null }} />, cacheWithTags());
    expect(text()).toContain("The time to wrap up this call has passed.");
    expect(button()).toBeUndefined();
  });
});
