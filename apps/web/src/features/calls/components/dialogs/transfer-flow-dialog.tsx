import { type CallSession, consultBodySchema, normalizePhoneNumber } from "@callboard/contract";
import { Alert, Button, Group, Stack, Stepper, Text } from "@mantine/core";
import { type FormEvent, useEffect, useRef, useState } from "react";
import { Dialog, useFocusOnChange } from "../../../../components/dialog";
import { ErrorAlert } from "../../../../components/error-alert";
import { useDirectory } from "../../../../lib/directory";
import { applyApiFieldError, zodFieldErrors } from "../../../../lib/forms";
import { useT } from "../../../../lib/i18n";
import { useSettings } from "../../../../lib/settings";
import { useCallAction } from "../../api/call-actions";
import { callsDict } from "../../i18n";
import { consultLeg, returnToCallerAction } from "../../model/call-actions";
import { dialledName } from "../../model/dialled-name";
import { legStateLabel, legWho } from "../call-row";
import { NumberPicker } from "./number-picker";

type Step = "hold" | "dial" | "answer" | "done";
const stepIndex: Record<Step, number> = { hold: 0, dial: 1, answer: 2, done: 3 };

function initialStep(call: CallSession | null): Step {
  if (!call) return "done";
  if (call.phase === "hold") return "dial";
  if (call.phase === "dialing" || call.phase === "operator_talk") return "answer";
  return "hold";
}

/**
 * Consult and transfer as one guided flow: hold the caller, dial a colleague or a number, wait
 * for the answer (the third party's leg state live from the feed), then transfer the caller or
 * return to them. A failure at any step offers the way back to the caller.
 */
export function TransferFlowDialog({
  callId,
  call,
  onClose,
}: {
  callId: number;
  call: CallSession | null;
  onClose: () => void;
}) {
  const t = useT(callsDict);
  const settings = useSettings();
  const employees = useDirectory("employees");
  const [step, setStep] = useState<Step>(() => initialStep(call));
  const [to, setTo] = useState("");
  const [dialled, setDialled] = useState<string | null>(null);
  const [toError, setToError] = useState<string | undefined>();
  const [outcome, setOutcome] = useState<"transferred" | "restored" | null>(null);
  const [failure, setFailure] = useState<unknown>(null);

  const hold = useCallAction("hold", { silent: true });
  const consult = useCallAction("consult", { silent: true });
  const transfer = useCallAction("transfer", { silent: true });
  const restore = useCallAction("restore", { silent: true });
  const unhold = useCallAction("unhold", { silent: true });
  const busy =
    hold.isPending ||
    consult.isPending ||
    transfer.isPending ||
    restore.isPending ||
    unhold.isPending;

  const phase = call?.phase ?? "finishing";
  // The dial failed: the upstream put the caller back on hold (DIALING -> HOLD).
  const dialFailed = step === "answer" && phase === "hold" && !consult.isPending;
  const backAction = returnToCallerAction(phase);
  // Each step replaces the focused control (and a running action disables it): focus follows
  // into the new step, never falling behind the modal.
  const bodyRef = useRef<HTMLDivElement>(null);
  useFocusOnChange(bodyRef, `${step}:${dialFailed}`);

  // The flow may be opened from hold; follow the call if someone else moved it on.
  useEffect(() => {
    if (step === "hold" && phase === "hold" && !hold.isPending) setStep("dial");
  }, [step, phase, hold.isPending]);

  const fail = (error: unknown) => setFailure(error);

  function holdCaller() {
    setFailure(null);
    const body = settings.holdMessage ? { contact_message: settings.holdMessage } : {};
    hold.mutate({ callId, body }, { onSuccess: () => setStep("dial"), onError: fail });
  }

  function dial(event: FormEvent) {
    event.preventDefault();
    setFailure(null);
    const body = { to: normalizePhoneNumber(to) ?? to };
    const errors = zodFieldErrors(consultBodySchema, body);
    setToError(errors.to && t("numberInvalid"));
    if (errors.to) return;
    consult.mutate(
      { callId, body },
      {
        onSuccess: () => {
          setDialled(body.to);
          setStep("answer");
        },
        onError: (error) => {
          if (!applyApiFieldError(error, (field, message) => field === "to" && setToError(message)))
            fail(error);
        },
      },
    );
  }

  function complete() {
    setFailure(null);
    transfer.mutate(
      { callId, body: {}, successText: t("done_transfer") },
      {
        onSuccess: () => {
          setOutcome("transferred");
          setStep("done");
        },
        onError: fail,
      },
    );
  }

  function returnToCaller() {
    setFailure(null);
    const action = backAction === "restore" ? restore : unhold;
    action.mutate(
      { callId, body: {}, successText: t("done_restore") },
      {
        onSuccess: () => {
          setOutcome("restored");
          setStep("done");
        },
        onError: fail,
      },
    );
  }

  const third = call && step === "answer" ? consultLeg(call, dialled) : null;
  const who = third && call ? legWho(call, third, t) : (dialled ?? "");
  const backButton = backAction && (
    <Button
      variant="default"
      onClick={returnToCaller}
      data-autofocus={dialFailed || undefined}
      loading={restore.isPending || unhold.isPending}
      disabled={busy}
    >
      {t("restore")}
    </Button>
  );

  return (
    <Dialog
      opened
      onClose={onClose}
      title={t("transferTitle")}
      size="lg"
      closeButtonProps={{ "aria-label": t("close") }}
    >
      <Stepper active={stepIndex[step]} size="sm" allowNextStepsSelect={false} mb="lg">
        <Stepper.Step label={t("stepHold")} description={t("stepHoldDesc")} />
        <Stepper.Step label={t("stepDial")} description={t("stepDialDesc")} />
        <Stepper.Step label={t("stepAnswer")} description={t("stepAnswerDesc")} />
      </Stepper>
      <Stack ref={bodyRef}>
        {!call && <Alert color="gray">{t("callGone")}</Alert>}

        {call && step === "hold" && (
          <>
            <Text size="sm">{t("holdFirst")}</Text>
            <Group justify="flex-end">
              <Button onClick={holdCaller} loading={hold.isPending} data-autofocus>
                {t("holdCaller")}
              </Button>
            </Group>
          </>
        )}

        {call && step === "dial" && (
          <form onSubmit={dial} noValidate>
            <Stack>
              <Text size="sm">{t("callerOnHold")}</Text>
              <NumberPicker
                value={to}
                onChange={(number) => {
                  setTo(number);
                  setToError(undefined);
                }}
                error={toError}
                autoFocus
              />
              <Group justify="flex-end">
                {backButton}
                <Button type="submit" loading={consult.isPending} disabled={busy}>
                  {t("dialSubmit")}
                </Button>
              </Group>
            </Stack>
          </form>
        )}

        {call && step === "answer" && (
          <>
            {dialFailed ? (
              <Alert color="orange" role="alert">
                {t("dialFailed", { to: dialledName(employees.data, dialled ?? "") })}
              </Alert>
            ) : (
              <div role="status" aria-live="polite">
                <Text size="sm" fw={600}>
                  {phase === "operator_talk" ? t("answered", { who }) : t("dialTo", { to: who })}
                </Text>
                {third && (
                  <Text size="sm">
                    {who}:{" "}
                    <span className="chip chip-leg" data-leg-state={third.state}>
                      {legStateLabel(third, t)}
                    </span>
                  </Text>
                )}
              </div>
            )}
            <Group justify="flex-end">
              {dialFailed && (
                <Button variant="default" onClick={() => setStep("dial")}>
                  {t("tryAnother")}
                </Button>
              )}
              {backButton}
              {!dialFailed && (
                <Button
                  onClick={complete}
                  loading={transfer.isPending}
                  disabled={busy || phase === "hold"}
                >
                  {t("transferNow")}
                </Button>
              )}
            </Group>
          </>
        )}

        {step === "done" && call && (
          <Alert color="green" role="status">
            {outcome === "transferred" ? t("transferDone") : t("restoredDone")}
          </Alert>
        )}

        {Boolean(failure) && (
          <ErrorAlert error={failure}>
            {backAction && step !== "done" && (
              <Text size="sm" mt="xs">
                {t("stepFailed")}
              </Text>
            )}
          </ErrorAlert>
        )}

        {step === "done" && (
          <Group justify="flex-end">
            <Button onClick={onClose} data-autofocus>
              {t("close")}
            </Button>
          </Group>
        )}
      </Stack>
    </Dialog>
  );
}
