import "@mantine/core/styles/PasswordInput.css";
import "@mantine/core/styles/SegmentedControl.css";
import { loginBodySchema } from "@callboard/contract";
import {
  Alert,
  Button,
  Center,
  Paper,
  PasswordInput,
  SegmentedControl,
  Stack,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { type FormEvent, useState } from "react";
import { toApiError, useRetryAfter } from "../../lib/api-client";
import { type FieldErrors, withoutField, zodFieldErrors } from "../../lib/forms";
import { useT } from "../../lib/i18n";
import { updateSettings, useSettings } from "../../lib/settings";
import { useLogin } from "./api/login";
import { authDict } from "./i18n";

export default function LoginPage() {
  const t = useT(authDict);
  const { language } = useSettings();
  const login = useLogin();
  const retryAfter = useRetryAfter("login");
  const [username, setUsername] = useState("");
  const [password, setPassword] = useState("");
  const [errors, setErrors] = useState<FieldErrors>({});

  function submit(event: FormEvent) {
    event.preventDefault();
    const values = { username, password };
    const found = zodFieldErrors(loginBodySchema, values);
    // zod's own texts are English; the login form needs only "required".
    setErrors(Object.fromEntries(Object.keys(found).map((field) => [field, t("required")])));
    if (Object.keys(found).length > 0) return;
    login.mutate(values);
  }

  const failure = login.error ? toApiError(login.error) : null;
  return (
    <Center mih="100vh" p="md">
      <Paper component="main" withBorder shadow="sm" p="xl" w={380}>
        <form onSubmit={submit} noValidate aria-labelledby="login-title">
          <Stack>
            <div>
              <Title order={1} size="h2" id="login-title">
                {t("title")}
              </Title>
              <Text c="dimmed" size="sm">
                {t("subtitle")}
              </Text>
            </div>
            {failure && (
              <Alert color="red" role="alert" title={failure.message}>
                {failure.hint}
              </Alert>
            )}
            <TextInput
              label={t("username")}
              name="username"
              autoComplete="username"
              value={username}
              onChange={(event) => {
                setUsername(event.currentTarget.value);
                setErrors((current) => withoutField(current, "username"));
              }}
              error={errors.username}
              autoFocus
            />
            <PasswordInput
              label={t("password")}
              name="password"
              autoComplete="current-password"
              value={password}
              onChange={(event) => {
                setPassword(event.currentTarget.value);
                setErrors((current) => withoutField(current, "password"));
              }}
              error={errors.password}
            />
            <Button type="submit" loading={login.isPending} disabled={retryAfter > 0}>
              {retryAfter > 0 ? `${t("submit")} (${retryAfter})` : t("submit")}
            </Button>
            <Text size="xs" c="dimmed">
              {t("demoHint")}
            </Text>
            <SegmentedControl
              aria-label={t("language")}
              size="xs"
              value={language}
              onChange={(value) => updateSettings({ language: value === "ru" ? "ru" : "en" })}
              data={[
                { value: "en", label: "English" },
                { value: "ru", label: "Русский" },
              ]}
            />
          </Stack>
        </form>
      </Paper>
    </Center>
  );
}
