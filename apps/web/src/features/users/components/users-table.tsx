import { type Role, roleSchema, type User } from "@callboard/contract";
import { Badge, Button, Group, Select, Table, Text } from "@mantine/core";
import { memo } from "react";
import { useLanguage, useT } from "../../../lib/i18n";
import { usersDictionary } from "../i18n";

interface UsersTableProps {
  users: readonly User[];
  currentUserId: number | null;
  employeeNames: Map<number, string>;
  busyUserId: number | null;
  onRoleChange: (user: User, role: Role) => void;
  onEdit: (user: User) => void;
  onResetPassword: (user: User) => void;
  onToggleDisabled: (user: User) => void;
}

function when(iso: string | null, never: string, language: string): string {
  if (!iso) return never;
  const at = new Date(iso);
  return Number.isNaN(at.getTime()) ? iso : at.toLocaleString(language);
}

/** Every dashboard user with inline role change and row actions; the admin's own row is locked. */
export const UsersTable = memo(function UsersTable(props: UsersTableProps) {
  const t = useT(usersDictionary);
  const language = useLanguage();
  const roles = roleSchema.options.map((role) => ({ value: role, label: t(`role.${role}`) }));
  return (
    <Table striped highlightOnHover verticalSpacing="xs">
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t("username")}</Table.Th>
          <Table.Th scope="col">{t("displayName")}</Table.Th>
          <Table.Th scope="col">{t("role")}</Table.Th>
          <Table.Th scope="col">{t("employee")}</Table.Th>
          <Table.Th scope="col">{t("phoneNumber")}</Table.Th>
          <Table.Th scope="col">{t("status")}</Table.Th>
          <Table.Th scope="col">{t("lastLogin")}</Table.Th>
          <Table.Th scope="col">{t("actions")}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {props.users.map((user) => {
          const isSelf = user.id === props.currentUserId;
          const busy = props.busyUserId === user.id;
          return (
            <Table.Tr key={user.id} data-username={user.username}>
              <Table.Th scope="row">
                {user.username}
                {isSelf && (
                  <Text component="span" size="xs" c="dimmed">
                    {` (${t("you")})`}
                  </Text>
                )}
              </Table.Th>
              <Table.Td>{user.displayName}</Table.Td>
              <Table.Td>
                <Select
                  aria-label={t("roleOf", { username: user.username })}
                  data={roles}
                  value={user.role}
                  onChange={(role) =>
                    role && role !== user.role && props.onRoleChange(user, role as Role)
                  }
                  allowDeselect={false}
                  disabled={isSelf || busy}
                  title={isSelf ? t("selfLocked") : undefined}
                  size="xs"
                  w={150}
                />
              </Table.Td>
              <Table.Td>
                {user.employeeId === null
                  ? t("noEmployee")
                  : (props.employeeNames.get(user.employeeId) ?? `#${user.employeeId}`)}
              </Table.Td>
              <Table.Td>{user.phoneNumber ?? "—"}</Table.Td>
              <Table.Td>
                <Badge color={user.disabled ? "red.9" : "teal.9"} variant="filled">
                  {user.disabled ? t("disabled") : t("active")}
                </Badge>
              </Table.Td>
              <Table.Td>{when(user.lastLoginAt, t("never"), language)}</Table.Td>
              <Table.Td>
                <Group
                  gap={6}
                  wrap="nowrap"
                  role="group"
                  aria-label={t("actionsOf", { username: user.username })}
                >
                  <Button size="compact-sm" variant="default" onClick={() => props.onEdit(user)}>
                    {t("edit")}
                  </Button>
                  <Button
                    size="compact-sm"
                    variant="default"
                    onClick={() => props.onResetPassword(user)}
                  >
                    {t("resetPassword")}
                  </Button>
                  <Button
                    size="compact-sm"
                    variant="default"
                    // The error colour is tuned for AA contrast in both themes.
                    c={user.disabled ? undefined : "var(--mantine-color-error)"}
                    onClick={() => props.onToggleDisabled(user)}
                    disabled={isSelf}
                    loading={busy}
                    title={isSelf ? t("selfLocked") : undefined}
                  >
                    {user.disabled ? t("enable") : t("disable")}
                  </Button>
                </Group>
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
});
