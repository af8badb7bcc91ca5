import { describe, expectTypeOf, it } from "vitest";
import type { z } from "zod";
import type { CallParams, CallResult, methods, ParsedCallParams } from "./call-methods";
import type { DataParams, DataResult, Tag } from "./data-methods";
import type { CallSession } from "./methods/list";

// The BFF's client is typed by the method map: these pin what it infers per method.
describe("types inferred per method", () => {
  it("a caller passes params without the token, defaults optional", () => {
    expectTypeOf<CallParams<"hold.call">>().toEqualTypeOf<{
      call_session_id: number;
      contact_message: { type: "media" | "tts"; value: string };
    }>();
    expectTypeOf<CallParams<"start.informer_call">["dialing_timeout"]>().toEqualTypeOf<
      number | undefined
    >();
    expectTypeOf<
      ParsedCallParams<"start.informer_call">["dialing_timeout"]
    >().toEqualTypeOf<number>();
    expectTypeOf<CallParams<"record.call">["action"]>().toEqualTypeOf<"on" | "off">();
  });

  it("the upstream params carry the token", () => {
    expectTypeOf<
      z.input<(typeof methods)["list.calls"]["params"]>["access_token"]
    >().toEqualTypeOf<string>();
  });

  it("results are per method", () => {
    expectTypeOf<CallResult<"hold.call">["success"]>().toEqualTypeOf<boolean>();
    expectTypeOf<CallResult<"start.simple_call">["call_session_id"]>().toEqualTypeOf<number>();
    expectTypeOf<CallResult<"list.calls">>().toEqualTypeOf<CallSession[]>();
    expectTypeOf<DataResult<"get.tags">>().toEqualTypeOf<Tag[]>();
    expectTypeOf<DataParams<"get.tags">["limit"]>().toEqualTypeOf<number | undefined>();
  });
});
