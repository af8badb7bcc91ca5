import { Button, Group, Select, Stack } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { Dialog } from "../../../../components/dialog";
import { ErrorAlert } from "../../../../components/error-alert";
import { useDirectory } from "../../../../lib/directory";
import { applyApiFieldError } from "../../../../lib/forms";
import { useT } from "../../../../lib/i18n";
import { useCallAction } from "../../api/call-actions";
import { callsDict } from "../../i18n";

/** Tag the call with a tag picked by name from the directory. */
export function TagDialog({ callId, onClose }: { callId: number; onClose: () => void }) {
  const t = useT(callsDict);
  const tags = useDirectory("tags");
  const tag = useCallAction("tag", { silent: true });
  const [tagId, setTagId] = useState<string | null>(null);
  const [error, setError] = useState<string | undefined>();
  const [failure, setFailure] = useState<unknown>(null);

  function submit(event: FormEvent) {
    event.preventDefault();
    setFailure(null);
    if (!tagId) {
      setError(t("required"));
      return;
    }
    setError(undefined);
    const name = tags.data?.find((entry) => String(entry.id) === tagId)?.name ?? tagId;
    tag.mutate(
      { callId, body: { tag_id: Number(tagId) }, successText: t("done_tag", { tag: name }) },
      {
        onSuccess: onClose,
        onError: (reason) => {
          if (
            !applyApiFieldError(reason, (field, message) => field === "tag_id" && setError(message))
          ) {
            setFailure(reason);
          }
        },
      },
    );
  }

  return (
    <Dialog
      opened
      onClose={onClose}
      title={t("tagTitle")}
      closeButtonProps={{ "aria-label": t("close") }}
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          <Select
            label={t("tagLabel")}
            placeholder={t("pickTag")}
            data={(tags.data ?? []).map((entry) => ({
              value: String(entry.id),
              label: entry.name,
            }))}
            value={tagId}
            onChange={(id) => {
              setTagId(id);
              setError(undefined);
            }}
            searchable
            error={error}
            comboboxProps={{ withinPortal: true }}
            data-autofocus
          />
          <ErrorAlert error={failure} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t("cancel")}
            </Button>
            <Button type="submit" loading={tag.isPending}>
              {t("tagSubmit")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Dialog>
  );
}
