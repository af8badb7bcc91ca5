import "@mantine/core/styles/Table.css";
import type { MissedCall } from "@callboard/contract";
import { Alert, Badge, Button, Group, Loader, Stack, Table, Text, Title } from "@mantine/core";
import { useT } from "../../lib/i18n";
import { useSession } from "../../lib/session";
import { useMissedAction, useMissedCalls } from "./api/missed-calls";
import { missedDictionary } from "./i18n";

type T = ReturnType<typeof useT<keyof typeof missedDictionary.en>>;

const time = (iso: string) => new Date(iso).toLocaleString();

function stateText(t: T, item: MissedCall): string {
  if (item.state === "closed")
    return t(item.closedReason === "called_back" ? "closedCalledBack" : "closedCallerAnswered");
  if (item.state === "calling") return t("callingBy", { name: item.claimedBy?.name ?? "" });
  if (item.state === "claimed") return t("claimedBy", { name: item.claimedBy?.name ?? "" });
  return t("open");
}

const outcomeKey = {
  pending: "outcomePending",
  answered: "outcomeAnswered",
  not_answered: "outcomeNotAnswered",
  failed: "outcomeFailed",
} as const;

/** /missed: the missed-call queue every operator shares; claims show on every board at once. */
export default function MissedCallsPage() {
  const t = useT(missedDictionary);
  const session = useSession();
  const missed = useMissedCalls();
  const claim = useMissedAction("claim");
  const release = useMissedAction("release");
  const callBack = useMissedAction("call-back");
  const me = session?.user.id;
  const summary = missed.data?.summary;
  const items = missed.data?.items ?? [];

  return (
    <Stack gap="md">
      <Title order={1}>{t("title")}</Title>
      <Text c="dimmed">{t("intro")}</Text>
      {summary && (
        <Text aria-live="polite">
          {t("waiting", { count: summary.waiting })}
          {summary.oldestAt ? ` · ${t("oldest", { time: time(summary.oldestAt) })}` : ""}
        </Text>
      )}
      {missed.isPending && <Loader aria-label={t("title")} />}
      {missed.isError && <Alert color="red">{t("loadFailed")}</Alert>}
      {missed.isSuccess && items.length === 0 && <Text>{t("empty")}</Text>}
      {items.length > 0 && (
        <Table striped aria-label={t("title")}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("contact")}</Table.Th>
              <Table.Th>{t("lostAt")}</Table.Th>
              <Table.Th>{t("waited")}</Table.Th>
              <Table.Th>{t("virtualNumber")}</Table.Th>
              <Table.Th>{t("tried")}</Table.Th>
              <Table.Th>{t("attempts")}</Table.Th>
              <Table.Th>{t("state")}</Table.Th>
              <Table.Th>{t("actions")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((item) => {
              const mine = item.claimedBy?.userId === me;
              const free = item.state === "open";
              return (
                <Table.Tr key={item.id} data-testid={`missed-${item.contactNumber}`}>
                  <Table.Td>
                    {item.contactName ? `${item.contactName} ` : ""}
                    {item.contactNumber}
                    {item.lostCount > 1 && (
                      <Badge ml="xs" color="red" variant="light">
                        {t("lostTimes", { count: item.lostCount })}
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>{time(item.firstLostAt)}</Table.Td>
                  <Table.Td>
                    {item.waitSeconds === null
                      ? "—"
                      : t("seconds", { seconds: Math.round(item.waitSeconds) })}
                  </Table.Td>
                  <Table.Td>{item.virtualNumber ?? "—"}</Table.Td>
                  <Table.Td>
                    {item.tried.map((e) => e.name ?? `#${e.id}`).join(", ") || t("none")}
                  </Table.Td>
                  <Table.Td>
                    {item.attempts.length === 0
                      ? t("none")
                      : item.attempts.map((a) => (
                          <div key={a.at}>
                            {t("attempt", {
                              time: time(a.at),
                              name: a.username,
                              outcome: t(outcomeKey[a.outcome]),
                            })}
                          </div>
                        ))}
                  </Table.Td>
                  <Table.Td>{stateText(t, item)}</Table.Td>
                  <Table.Td>
                    {item.state !== "closed" && (
                      <Group gap="xs" wrap="nowrap">
                        {free && (
                          <Button
                            size="xs"
                            variant="default"
                            loading={claim.isPending && claim.variables === item.id}
                            onClick={() => claim.mutate(item.id)}
                          >
                            {t("claim")}
                          </Button>
                        )}
                        {mine && item.state === "claimed" && (
                          <>
                            <Button
                              size="xs"
                              loading={callBack.isPending && callBack.variables === item.id}
                              onClick={() => callBack.mutate(item.id)}
                            >
                              {t("callBack")}
                            </Button>
                            <Button
                              size="xs"
                              variant="subtle"
                              onClick={() => release.mutate(item.id)}
                            >
                              {t("release")}
                            </Button>
                          </>
                        )}
                      </Group>
                    )}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
