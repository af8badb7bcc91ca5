import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Harness, startHarness, UPSTREAM_PASSWORD, waitFor } from "./harness";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

describe("secrets stay in the BFF", () => {
  it("no response, header, cookie or log line carries the upstream token or password", async () => {
    const seen: string[] = [];
    const keep = (response: { text: string; headers: Record<string, unknown> }) => {
      seen.push(response.text ?? "", JSON.stringify(response.headers));
      return response;
    };
    const login = keep(
      await h.anonymous().post("/api/session").send({ username: "operator", password: "demo" }),
    );
    const csrfToken = JSON.parse(login.text).csrfToken as string;
    const sessionCookie = String(login.headers["set-cookie"]).split(";")[0]?.split("=")[1] ?? "";
    const operator = await h.login("operator");
    const call = await h.control.createCall({ state: "talk" });
    keep(await operator.get("/api/calls"));
    keep(await operator.post(`/api/calls/${call.call_session_id}/hold`).send({}));
    keep(await operator.post(`/api/calls/${call.call_session_id}/hold`).send({}));
    keep(await operator.post("/api/calls/99999/unhold").send({}));
    keep(await operator.get("/api/directory/tags"));
    keep(await operator.get("/api/talk-options"));
    await h.control.injectFault({ kind: "expire_tokens" });
    keep(await operator.post(`/api/calls/${call.call_session_id}/unhold`).send({}));
    await h.control.injectFault({ kind: "http_502", method: "tag.call" });
    keep(await operator.post(`/api/calls/${call.call_session_id}/tags`).send({ tag_id: 1 }));
    keep(await (await h.login("admin")).get("/api/limits"));
    keep(await (await h.login("supervisor")).get("/api/audit"));
    await waitFor(() => h.logLines.length > 10, 5_000, "log lines");

    expect(h.tokensSent.size).toBeGreaterThanOrEqual(2); // a re-login happened after expire_tokens
    const secrets = [UPSTREAM_PASSWORD, ...h.tokensSent];
    const everything = [...seen, ...h.logLines].join("\n");
    for (const secret of secrets) expect(everything).not.toContain(secret);
    // The dashboard's own session cookie and CSRF token never reach a log line either.
    const logs = h.logLines.join("\n");
    expect(logs).not.toContain(sessionCookie);
    expect(logs).not.toContain(csrfToken);
    expect(logs).not.toContain('"password":"demo"');
    // Request lines were logged, each without any header (so no cookie to mask).
    expect(logs).toContain('"msg":"request completed"');
  });
});
