import "@mantine/core/styles/Overlay.css";
import "@mantine/core/styles/ModalBase.css";
import "@mantine/core/styles/Modal.css";
import { hasRole } from "@callboard/contract";
import { Loader, Stack, Text, Title } from "@mantine/core";
import { Dialog } from "../../../components/dialog";
import { ErrorAlert } from "../../../components/error-alert";
import { useFormatDate, useT } from "../../../lib/i18n";
import { useSession } from "../../../lib/session";
import { useHistoryCall } from "../api/history-call";
import { wrapUpDictionary } from "../wrap-up-i18n";
import { WrapUpForm } from "./wrap-up-form";

/**
 * One call of the history (GET /api/history/:id): the actions users took on it and its wrap-up,
 * which the operator who took it (or a supervisor) can still add while the window lasts.
 */
export function HistoryCallDialog({ callId, onClose }: { callId: number; onClose: () => void }) {
  const t = useT(wrapUpDictionary);
  const formatDate = useFormatDate();
  const session = useSession();
  const detail = useHistoryCall(callId);
  const user = session?.user;
  const call = detail.data?.call;
  const mayWrapUp =
    !!user &&
    !!call &&
    ((user.employeeId !== null && call.employees.some((e) => e.id === user.employeeId)) ||
      hasRole(user.role, "supervisor"));

  return (
    <Dialog
      opened
      onClose={onClose}
      title={t("detailTitle", { id: callId })}
      closeButtonProps={{ "aria-label": t("close") }}
      size="lg"
    >
      {detail.isPending && <Loader aria-label={t("loading")} />}
      <ErrorAlert error={detail.error} />
      {detail.data && (
        <Stack gap="sm">
          <Title order={3} size="h5">
            {t("actionsTitle")}
          </Title>
          {detail.data.actions.length === 0 ? (
            <Text size="sm">{t("noActions")}</Text>
          ) : (
            <ul>
              {detail.data.actions.map((action) => (
                <li key={`${action.at}-${action.action}`}>
                  <Text size="sm">
                    {formatDate(action.at)} · {action.username} · {action.action} ({action.result})
                  </Text>
                </li>
              ))}
            </ul>
          )}
          {mayWrapUp && call && <WrapUpForm call={call} />}
        </Stack>
      )}
    </Dialog>
  );
}
