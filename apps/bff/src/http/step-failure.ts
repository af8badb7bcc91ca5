/**
 * A multi-step action (blind transfer) failed at `step`: the error says which, in `params.step`,
 * so the console can tell the operator where the call was left.
 */
export class StepFailure extends Error {
  constructor(
    readonly step: string,
    override readonly cause: unknown,
  ) {
    super(`step ${step} failed`);
  }
}
