import "./call-pane-extras.css";
import { hasRole } from "@callboard/contract";
import { Text } from "@mantine/core";
import { useT } from "../../../lib/i18n";
import { useSession } from "../../../lib/session";
import { useHistoryCall } from "../api/history-call";
import { wrapUpDictionary } from "../wrap-up-i18n";
import { ContactContext } from "./contact-context";
import { WrapUpForm } from "./wrap-up-form";

export interface CallPaneExtrasProps {
  callId: number;
  /** The live call; null once it has left the board. */
  contactNumber: string | null;
  ended: boolean;
}

/** An ended call's wrap-up, for the operator who took it (or a supervisor). */
function EndedCallWrapUp({ callId }: { callId: number }) {
  const t = useT(wrapUpDictionary);
  const session = useSession();
  const detail = useHistoryCall(callId);
  if (detail.isPending) return <Text size="sm">{t("loading")}</Text>;
  if (!detail.data || !session) return null;
  const { user } = session;
  const took =
    user.employeeId !== null && detail.data.call.employees.some((e) => e.id === user.employeeId);
  if (!took && !hasRole(user.role, "supervisor")) return null;
  return <WrapUpForm call={detail.data.call} />;
}

/**
 * What the history adds to the board's call pane: the caller's context while the call is live,
 * the wrap-up once it has ended. The board composes it in (features do not import each other).
 */
export default function CallPaneExtras({ callId, contactNumber, ended }: CallPaneExtrasProps) {
  if (ended) return <EndedCallWrapUp key={callId} callId={callId} />;
  return <ContactContext key={callId} callId={callId} number={contactNumber} />;
}
