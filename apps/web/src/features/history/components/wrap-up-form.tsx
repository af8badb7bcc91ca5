import type { HistoryCall } from "@callboard/contract";
import { Alert, Button, Group, NativeSelect, Stack, Text, Textarea } from "@mantine/core";
import { type FormEvent, useId, useState } from "react";
import { ErrorAlert } from "../../../components/error-alert";
import { ApiRequestError } from "../../../lib/api-client";
import { useDirectory } from "../../../lib/directory";
import { applyApiFieldError } from "../../../lib/forms";
import { useFormatDate, useT } from "../../../lib/i18n";
import { notifySuccess } from "../../../lib/notify";
import { useWrapUp } from "../api/history-call";
import { NOTE_MAX_LENGTH, validateWrapUp, type WrapUpValues } from "../model/wrap-up-form";
import { wrapUpDictionary } from "../wrap-up-i18n";

/** The past wrap-up of a call, read-only. */
function SavedWrapUp({ call }: { call: HistoryCall }) {
  const t = useT(wrapUpDictionary);
  if (!call.note && !call.disposition) return null;
  return (
    <Text size="sm" data-testid="wrap-up-saved">
      {[call.disposition, call.note].filter(Boolean).join(" — ")}
      {call.wrapUpBy ? ` · ${t("savedBy", { name: call.wrapUpBy })}` : ""}
    </Text>
  );
}

/**
 * The operator's note and disposition after a call: POST /api/history/:id/wrap-up while the
 * call's `wrapUpUntil` lasts. Checked here with the BFF's schema first; the BFF's own field
 * errors land on the same fields, and a closed window says so instead of a form.
 */
export function WrapUpForm({ call }: { call: HistoryCall }) {
  const t = useT(wrapUpDictionary);
  const formatDate = useFormatDate();
  const titleId = useId();
  const tags = useDirectory("tags");
  const wrapUp = useWrapUp(call.callSessionId);
  const [values, setValues] = useState<WrapUpValues>({ note: call.note ?? "", tagId: null });
  const [tagTouched, setTagTouched] = useState(false);
  // Until the operator picks one, the disposition already saved (stored by name) is shown.
  const savedTagId = tags.data?.find((tag) => tag.name === call.disposition)?.id;
  const tagId = tagTouched ? values.tagId : savedTagId !== undefined ? String(savedTagId) : null;
  const [errors, setErrors] = useState<Partial<Record<"note" | "tagId", string>>>({});
  const [failure, setFailure] = useState<unknown>(null);
  const closed =
    call.wrapUpUntil === null ||
    (wrapUp.error instanceof ApiRequestError && wrapUp.error.mnemonic === "wrap_up_closed");

  function change(field: keyof WrapUpValues, value: string | null) {
    setValues((before) => ({ ...before, [field]: value }));
    setErrors(({ [field]: _dropped, ...rest }) => rest);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    setFailure(null);
    const checked = validateWrapUp({ ...values, tagId });
    if (!checked.ok) {
      setErrors({
        note: checked.errors.note && t(checked.errors.note),
        tagId: checked.errors.tagId && t(checked.errors.tagId),
      });
      return;
    }
    setErrors({});
    wrapUp.mutate(checked.body, {
      onSuccess: () => notifySuccess(t("saved")),
      onError: (reason) => {
        const placed = applyApiFieldError(reason, (field, message) => {
          if (field === "note" || field === "tagId") setErrors((e) => ({ ...e, [field]: message }));
        });
        if (!placed) setFailure(reason);
      },
    });
  }

  return (
    <section aria-labelledby={titleId} className="wrap-up">
      <h3 id={titleId} className="call-detail-subtitle">
        {t("wrapUpTitle")}
      </h3>
      <SavedWrapUp call={wrapUp.data?.call ?? call} />
      {closed ? (
        <Alert color="gray" role="status">
          {t("closed")}
        </Alert>
      ) : (
        <form onSubmit={submit} noValidate aria-labelledby={titleId}>
          <Stack gap="xs">
            {call.wrapUpUntil && (
              <Text size="sm" c="dimmed">
                {t("wrapUpIntro", { until: formatDate(call.wrapUpUntil, "shortTime") })}
              </Text>
            )}
            <Textarea
              label={t("note")}
              value={values.note}
              onChange={(event) => change("note", event.currentTarget.value)}
              error={errors.note}
              maxLength={NOTE_MAX_LENGTH}
              autosize
              minRows={2}
              maxRows={6}
            />
            <NativeSelect
              label={t("disposition")}
              value={tagId ?? ""}
              onChange={(event) => {
                setTagTouched(true);
                change("tagId", event.currentTarget.value || null);
              }}
              error={errors.tagId}
              data={[
                { value: "", label: t("noDisposition") },
                ...(tags.data ?? []).map((tag) => ({ value: String(tag.id), label: tag.name })),
              ]}
            />
            <ErrorAlert error={failure} />
            <Group justify="flex-end">
              <Button type="submit" loading={wrapUp.isPending}>
                {t("save")}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </section>
  );
}
