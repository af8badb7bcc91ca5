import "@mantine/core/styles/Fieldset.css";
import "@mantine/core/styles/Switch.css";
import { Fieldset, SegmentedControl, Stack, Switch, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useT } from "../../lib/i18n";
import { updateSettings, useSettings } from "../../lib/settings";
import { HoldMessageSetting } from "./components/hold-message-setting";
import { settingsDictionary } from "./i18n";

/** /settings: language, theme, default hold message, and how new calls are announced. */
export default function SettingsPage() {
  const t = useT(settingsDictionary);
  const settings = useSettings();
  const [notificationProblem, setNotificationProblem] = useState<string | null>(null);

  const toggleDesktopNotifications = async (enabled: boolean) => {
    setNotificationProblem(null);
    if (!enabled) return updateSettings({ desktopNotifications: false });
    if (typeof Notification === "undefined") {
      return setNotificationProblem(t("notificationsUnsupported"));
    }
    // Asked only when switched on, so the browser's prompt follows the user's own click.
    const permission =
      Notification.permission === "default"
        ? await Notification.requestPermission()
        : Notification.permission;
    if (permission !== "granted") return setNotificationProblem(t("notificationsDenied"));
    updateSettings({ desktopNotifications: true });
  };

  return (
    <Stack gap="md" maw={720}>
      <Title order={1}>{t("title")}</Title>
      <Text c="dimmed">{t("intro")}</Text>
      <Fieldset legend={t("language")}>
        <SegmentedControl
          aria-label={t("language")}
          value={settings.language}
          onChange={(language) => updateSettings({ language: language as "en" | "ru" })}
          data={[
            { value: "en", label: "English" },
            { value: "ru", label: "Русский" },
          ]}
        />
      </Fieldset>
      <Fieldset legend={t("theme")}>
        <SegmentedControl
          aria-label={t("theme")}
          value={settings.theme}
          onChange={(theme) => updateSettings({ theme: theme as "light" | "dark" })}
          data={[
            { value: "light", label: t("light") },
            { value: "dark", label: t("dark") },
          ]}
        />
      </Fieldset>
      <HoldMessageSetting />
      <Fieldset legend={t("alerts")}>
        <Stack gap="sm">
          <Switch
            label={t("desktopNotifications")}
            description={t("desktopHelp")}
            checked={settings.desktopNotifications}
            onChange={(event) => void toggleDesktopNotifications(event.currentTarget.checked)}
            error={notificationProblem ?? undefined}
          />
          <Switch
            label={t("sound")}
            description={t("soundHelp")}
            checked={settings.sound}
            onChange={(event) => updateSettings({ sound: event.currentTarget.checked })}
          />
        </Stack>
      </Fieldset>
    </Stack>
  );
}
