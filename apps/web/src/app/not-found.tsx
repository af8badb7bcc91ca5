import { Button, Stack, Text } from "@mantine/core";
import { Link } from "wouter";
import { useT } from "../lib/i18n";
import { appDict } from "./i18n";

export function NotFound() {
  const t = useT(appDict);
  return (
    <Stack align="flex-start" p="lg">
      <Text>{t("notFound")}</Text>
      <Button component={Link} href="/" variant="light">
        {t("backToBoard")}
      </Button>
    </Stack>
  );
}
