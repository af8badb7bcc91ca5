import "@mantine/core/styles/Accordion.css";
import "@mantine/core/styles/Anchor.css";
import "@mantine/core/styles/Fieldset.css";
import "@mantine/core/styles/NumberInput.css";
import "@mantine/core/styles/SimpleGrid.css";
import "@mantine/core/styles/Switch.css";
import { type StartCallKind, startCallKinds } from "@callboard/contract";
import { Anchor, Paper, SegmentedControl, Stack, Text, Title } from "@mantine/core";
import { useEffect, useMemo, useState } from "react";
import { Link } from "wouter";
import { ApiRequestError } from "../../lib/api-client";
import { useDirectory } from "../../lib/directory";
import { useT } from "../../lib/i18n";
import { notifyError } from "../../lib/notify";
import { useSession } from "../../lib/session";
import { useStartCall } from "./api/start-call";
import { type FieldErrorTexts, StartCallForm } from "./components/start-call-form";
import { StartedCallStatus } from "./components/started-call-status";
import { dialerDictionary } from "./i18n";
import {
  employeeItems,
  mediaFileItems,
  scenarioItems,
  virtualNumberItems,
} from "./model/dialer-options";
import {
  emptyDraft,
  isAdvancedField,
  type StartCallDraft,
  type StartCallField,
  switchKind,
} from "./model/start-call-draft";
import {
  type FieldProblem,
  fieldOfPath,
  type StartCallErrors,
  validateStartCall,
} from "./model/validate-start-call";

const messageFields = new Set(["contact_message", "employee_message", "operator_message"]);

/** /dial: the five kinds of start.* call as forms, validated here with the BFF's own schemas. */
export default function DialerPage() {
  const t = useT(dialerDictionary);
  const session = useSession();
  const [kind, setKind] = useState<StartCallKind>("simple");
  const [draft, setDraft] = useState<StartCallDraft>(() => emptyDraft("simple"));
  const [submitted, setSubmitted] = useState(false);
  const [serverErrors, setServerErrors] = useState<StartCallErrors>({});
  const [advancedOpen, setAdvancedOpen] = useState(false);
  const [startedId, setStartedId] = useState<number | null>(null);
  const startCall = useStartCall();

  const virtualNumbers = useDirectory("virtual-numbers");
  const employees = useDirectory("employees");
  const scenarios = useDirectory("scenarios");
  const mediaFiles = useDirectory("media-files");

  // Defaults: the first virtual number, the user's own phone as operator, their employee.
  const firstNumber = virtualNumbers.data?.[0]?.number ?? "";
  const ownPhone = session?.user.phoneNumber ?? "";
  const ownEmployee = session?.user.employeeId ? String(session.user.employeeId) : "";
  useEffect(() => {
    setDraft((current) => ({
      ...current,
      virtual_phone_number: current.virtual_phone_number || firstNumber,
      operator: current.operator || ownPhone,
      employee_id: current.employee_id || ownEmployee,
    }));
  }, [firstNumber, ownPhone, ownEmployee]);

  const pickers = useMemo(() => {
    const chosen = employees.data?.find((employee) => String(employee.id) === draft.employee_id);
    return {
      virtualNumbers: virtualNumberItems(virtualNumbers.data ?? []),
      employees: employeeItems(employees.data ?? []),
      employeePhones: chosen?.phoneNumbers ?? [],
      scenarios: scenarioItems(scenarios.data ?? [], draft.virtual_phone_number),
      mediaFiles: mediaFileItems(mediaFiles.data ?? []),
      loading: virtualNumbers.isPending || employees.isPending,
    };
  }, [
    virtualNumbers.data,
    virtualNumbers.isPending,
    employees.data,
    employees.isPending,
    scenarios.data,
    mediaFiles.data,
    draft.employee_id,
    draft.virtual_phone_number,
  ]);

  const validation = useMemo(() => validateStartCall(kind, draft), [kind, draft]);
  const browserErrors: StartCallErrors = submitted && !validation.ok ? validation.errors : {};

  const describe = (field: StartCallField | "form", problem: FieldProblem): string => {
    if (problem.reason === "required") return t("error.required");
    if (problem.reason === "combination") {
      return t("error.combination", {
        party: t(kind === "simple" ? "first.operator" : "first.employee"),
      });
    }
    if (messageFields.has(field)) return t("error.message");
    const localized = `error.${field}` as keyof typeof dialerDictionary.en;
    return localized in dialerDictionary.en ? t(localized) : problem.message;
  };
  const errorTexts: FieldErrorTexts = {};
  for (const [field, problem] of Object.entries(browserErrors) as [
    StartCallField,
    FieldProblem,
  ][]) {
    errorTexts[field] = describe(field, problem);
  }
  // The BFF's and upstream's messages are already in the user's language: shown as they come.
  for (const [field, problem] of Object.entries(serverErrors) as [StartCallField, FieldProblem][]) {
    errorTexts[field] ??= problem.message;
  }
  if (submitted && !validation.ok && !errorTexts.form) errorTexts.form = t("formError");

  const change = (patch: Partial<StartCallDraft>) => {
    setDraft((current) => ({ ...current, ...patch }));
    setServerErrors({});
  };

  const chooseKind = (next: string) => {
    const nextKind = next as StartCallKind;
    setKind(nextKind);
    setDraft((current) => switchKind(current, nextKind));
    setServerErrors({});
    setSubmitted(false);
  };

  const showServerError = (error: unknown) => {
    if (!(error instanceof ApiRequestError)) return notifyError(error);
    const { field, issues, message, hint } = error.apiError;
    const placed: StartCallErrors = {};
    for (const issue of issues ?? []) {
      const target = fieldOfPath(kind, issue.field);
      if (target !== "form") placed[target] ??= { reason: "invalid", message: issue.message };
    }
    if (field) {
      const target = fieldOfPath(kind, field);
      const text = hint ? `${message} ${hint}` : message;
      if (target !== "form") placed[target] ??= { reason: "invalid", message: text };
    }
    const fields = Object.keys(placed) as StartCallField[];
    if (fields.length === 0) return notifyError(error);
    setServerErrors(placed);
    if (fields.some((name) => isAdvancedField(kind, name))) setAdvancedOpen(true);
  };

  const submit = () => {
    setSubmitted(true);
    setStartedId(null);
    if (!validation.ok) {
      const invalid = Object.keys(validation.errors) as (StartCallField | "form")[];
      if (invalid.some((name) => name !== "form" && isAdvancedField(kind, name))) {
        setAdvancedOpen(true);
      }
      return;
    }
    startCall.mutate(
      { kind, body: validation.body },
      {
        onSuccess: (result) => {
          setStartedId(result.callSessionId);
          setSubmitted(false);
        },
        onError: showServerError,
      },
    );
  };

  const warning =
    kind !== "informer" && draft.switch_at_once && draft.contact_message.type === "tts"
      ? t("warning.tts")
      : undefined;

  return (
    <Stack gap="md" maw={960}>
      <Title order={1}>{t("title")}</Title>
      <Text c="dimmed">{t("intro")}</Text>
      <SegmentedControl
        aria-label={t("kindLabel")}
        value={kind}
        onChange={chooseKind}
        data={startCallKinds.map((value) => ({ value, label: t(`kind.${value}`) }))}
        fullWidth
      />
      <Text size="sm">{t(`kindHelp.${kind}`)}</Text>
      <Paper withBorder p="md">
        <StartCallForm
          kind={kind}
          draft={draft}
          onChange={change}
          pickers={pickers}
          errors={errorTexts}
          advancedOpen={advancedOpen}
          onAdvancedOpenChange={setAdvancedOpen}
          submitting={startCall.isPending}
          onSubmit={submit}
          warning={warning}
        />
      </Paper>
      <div aria-live="polite">
        {startCall.isPending && <Text>{t("starting")}</Text>}
        {startedId !== null && (
          // A bordered panel, not a tinted Alert: text keeps full contrast in both themes.
          <Paper withBorder p="md" className="dialer-started">
            <Text fw={700}>{t("started", { id: startedId })}</Text>
            <StartedCallStatus callSessionId={startedId} />
            <Anchor component={Link} href="/" underline="always">
              {t("backToBoard")}
            </Anchor>
          </Paper>
        )}
      </div>
    </Stack>
  );
}
