import { Button, SimpleGrid, Text } from "@mantine/core";
import { type KeyboardEvent, useState } from "react";
import { Dialog } from "../../../../components/dialog";
import { ErrorAlert } from "../../../../components/error-alert";
import { useT } from "../../../../lib/i18n";
import { useCallAction } from "../../api/call-actions";
import { callsDict } from "../../i18n";

const keys = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "*", "0", "#"];

/** DTMF keypad: each key goes to the call at once, as on a phone; typing works too. */
export function KeypadDialog({ callId, onClose }: { callId: number; onClose: () => void }) {
  const t = useT(callsDict);
  const dtmf = useCallAction("dtmf", { silent: true });
  const [sent, setSent] = useState("");
  const [failure, setFailure] = useState<unknown>(null);

  function press(key: string) {
    setFailure(null);
    dtmf.mutate(
      { callId, body: { dtmf_string: key } },
      { onSuccess: () => setSent((digits) => digits + key), onError: setFailure },
    );
  }

  function onKeyDown(event: KeyboardEvent) {
    if (keys.includes(event.key) && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      press(event.key);
    }
  }

  return (
    <Dialog
      opened
      onClose={onClose}
      title={t("keypadTitle")}
      size="xs"
      closeButtonProps={{ "aria-label": t("close") }}
    >
      {/* biome-ignore lint/a11y/noStaticElementInteractions: typing digits anywhere in the dialog sends them. */}
      <div onKeyDown={onKeyDown}>
        <Text size="xs" c="dimmed" mb="sm">
          {t("keypadHint")}
        </Text>
        <SimpleGrid cols={3} spacing="xs">
          {keys.map((key, index) => (
            <Button
              key={key}
              variant="default"
              size="lg"
              aria-label={t("keyLabel", { key })}
              onClick={() => press(key)}
              data-autofocus={index === 0 || undefined}
            >
              {key}
            </Button>
          ))}
        </SimpleGrid>
        <Text size="sm" mt="md" role="status" aria-live="polite" className="keypad-sent">
          {t("keypadSent", { digits: sent || "—" })}
        </Text>
        <ErrorAlert error={failure} />
      </div>
    </Dialog>
  );
}
