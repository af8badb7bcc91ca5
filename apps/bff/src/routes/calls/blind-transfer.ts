import type { blindTransferBodySchema } from "@callboard/contract";
import type { z } from "zod";
import type { AppContext } from "../../app-context";
import { StepFailure } from "../../http/step-failure";

/**
 * Blind transfer = hold.call, make.call, transfer.talk. transfer.talk right after make.call, while
 * the third party still rings, hands the caller over as soon as they answer (the reference's
 * call-state diagram: DIALING -> TALK by transfer.talk). When a later step fails the caller stays on hold, which the
 * operator can undo with unhold (after hold) or restore (after make.call); the error names the
 * step that failed.
 */
export async function blindTransfer(
  app: AppContext,
  callSessionId: number,
  body: z.output<typeof blindTransferBodySchema>,
): Promise<void> {
  const step = async (name: string, run: () => Promise<unknown>) => {
    try {
      await run();
    } catch (error) {
      throw new StepFailure(name, error);
    }
  };
  await step("hold.call", () =>
    app.callApi.call("hold.call", {
      call_session_id: callSessionId,
      contact_message: body.contact_message ?? app.config.defaultHoldMessage,
    }),
  );
  await step("make.call", () =>
    app.callApi.call("make.call", { call_session_id: callSessionId, to: body.to }),
  );
  await step("transfer.talk", () =>
    app.callApi.call("transfer.talk", { call_session_id: callSessionId }),
  );
}
