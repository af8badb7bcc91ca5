import { Button, Menu } from "@mantine/core";
import { useTalkOptions } from "../../../lib/directory";
import { useT } from "../../../lib/i18n";
import { useCallAction } from "../api/call-actions";
import { callsDict } from "../i18n";

/** The PBX's talk options (list.talk_options) as a menu; each item presses that button. */
export function TalkOptionsMenu({
  callId,
  disabled,
  title,
}: {
  callId: number;
  disabled: boolean;
  title?: string;
}) {
  const t = useT(callsDict);
  const options = useTalkOptions();
  const press = useCallAction("talkOption");
  return (
    <Menu position="bottom-start" withinPortal>
      <Menu.Target>
        <Button
          size="xs"
          variant="default"
          disabled={disabled}
          title={title}
          loading={press.isPending}
        >
          {t("talkOptions")}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {(options.data ?? []).length === 0 && <Menu.Label>{t("noTalkOptions")}</Menu.Label>}
        {(options.data ?? []).map((option) => (
          <Menu.Item
            key={`${option.button}-${option.mnemonic}`}
            onClick={() =>
              press.mutate({
                callId,
                body: { button: option.button },
                successText: t("done_talkOption", { name: option.name }),
              })
            }
          >
            {option.name} ({option.button})
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
