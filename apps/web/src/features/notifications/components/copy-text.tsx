import { Button, CopyButton } from "@mantine/core";
import { useT } from "../../../lib/i18n";
import { notificationsDictionary } from "../i18n";

/** A button that copies `value`, named for what it copies. */
export function CopyText({ value, label }: { value: string; label: string }) {
  const t = useT(notificationsDictionary);
  return (
    <CopyButton value={value}>
      {({ copied, copy }) => (
        <Button size="xs" variant="light" onClick={copy} aria-label={label}>
          {copied ? t("copied") : t("copy")}
        </Button>
      )}
    </CopyButton>
  );
}
