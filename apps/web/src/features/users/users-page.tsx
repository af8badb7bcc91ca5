import "@mantine/core/styles/Table.css";
import "@mantine/core/styles/PasswordInput.css";
import type { Role, User } from "@callboard/contract";
import { Alert, Button, Group, Loader, Modal, Stack, Text, Title } from "@mantine/core";
import { useMemo, useState } from "react";
import { useDirectory } from "../../lib/directory";
import { useT } from "../../lib/i18n";
import { notifySuccess } from "../../lib/notify";
import { useHasRole, useSession } from "../../lib/session";
import { useUpdateUser, useUsers } from "./api/users";
import { UserDialog, type UserDialogMode } from "./components/user-dialog";
import { UsersTable } from "./components/users-table";
import { usersDictionary } from "./i18n";

type OpenDialog = { mode: UserDialogMode; user: User | null } | null;

/** /users (admins): create users, change roles, link employees, reset passwords, disable. */
export default function UsersPage() {
  const t = useT(usersDictionary);
  const session = useSession();
  const isAdmin = useHasRole("admin");
  const users = useUsers(isAdmin);
  const employees = useDirectory("employees");
  const update = useUpdateUser();
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const [confirmDisable, setConfirmDisable] = useState<User | null>(null);

  const employeeData = useMemo(() => {
    const list = employees.data ?? [];
    return {
      items: list.map((employee) => ({ value: String(employee.id), label: employee.fullName })),
      names: new Map(list.map((employee) => [employee.id, employee.fullName])),
      phones: new Map(list.map((employee) => [String(employee.id), employee.phoneNumbers])),
    };
  }, [employees.data]);

  if (!isAdmin) {
    return (
      <Stack>
        <Title order={1}>{t("title")}</Title>
        <Alert color="red">{t("adminOnly")}</Alert>
      </Stack>
    );
  }

  const changeRole = (user: User, role: Role) =>
    update.mutate(
      { id: user.id, body: { role } },
      {
        onSuccess: () =>
          notifySuccess(t("roleChanged", { username: user.username, role: t(`role.${role}`) })),
      },
    );

  const setDisabled = (user: User, disabled: boolean) =>
    update.mutate(
      { id: user.id, body: { disabled } },
      {
        onSuccess: () =>
          notifySuccess(t(disabled ? "disabledDone" : "enabledDone", { username: user.username })),
        onSettled: () => setConfirmDisable(null),
      },
    );

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={1}>{t("title")}</Title>
        <Button onClick={() => setDialog({ mode: "create", user: null })}>{t("create")}</Button>
      </Group>
      <Text c="dimmed">{t("intro")}</Text>
      {users.isPending && <Loader aria-label={t("title")} />}
      {users.isError && <Alert color="red">{t("loadFailed")}</Alert>}
      {users.data && (
        <UsersTable
          users={users.data}
          currentUserId={session?.user.id ?? null}
          employeeNames={employeeData.names}
          busyUserId={update.isPending ? (update.variables?.id ?? null) : null}
          onRoleChange={changeRole}
          onEdit={(user) => setDialog({ mode: "profile", user })}
          onResetPassword={(user) => setDialog({ mode: "password", user })}
          onToggleDisabled={(user) =>
            user.disabled ? setDisabled(user, false) : setConfirmDisable(user)
          }
        />
      )}
      {dialog && (
        <UserDialog
          key={`${dialog.mode}-${dialog.user?.id ?? "new"}`}
          mode={dialog.mode}
          user={dialog.user}
          currentUserId={session?.user.id ?? null}
          employees={employeeData.items}
          employeePhones={employeeData.phones}
          onClose={() => setDialog(null)}
        />
      )}
      <Modal
        opened={confirmDisable !== null}
        onClose={() => setConfirmDisable(null)}
        closeButtonProps={{ "aria-label": t("close") }}
        title={t("disableTitle", { username: confirmDisable?.username ?? "" })}
      >
        <Text>{t("disableText", { username: confirmDisable?.username ?? "" })}</Text>
        <Group justify="flex-end" mt="md">
          <Button variant="default" onClick={() => setConfirmDisable(null)} data-autofocus>
            {t("cancel")}
          </Button>
          <Button
            color="red.9"
            loading={update.isPending}
            onClick={() => confirmDisable && setDisabled(confirmDisable, true)}
          >
            {t("disable")}
          </Button>
        </Group>
      </Modal>
    </Stack>
  );
}
