import {
  createUserBodySchema,
  type Role,
  roleSchema,
  type User,
  updateUserBodySchema,
} from "@callboard/contract";
import {
  Button,
  type ComboboxItem,
  Group,
  PasswordInput,
  Select,
  Stack,
  TextInput,
} from "@mantine/core";
import { type FormEvent, useState } from "react";
import { Dialog } from "../../../components/dialog";
import { applyApiFieldError, type FieldErrors, zodFieldErrors } from "../../../lib/forms";
import { useT } from "../../../lib/i18n";
import { notifyError, notifySuccess } from "../../../lib/notify";
import { useCreateUser, useUpdateUser } from "../api/users";
import { usersDictionary } from "../i18n";
import {
  createUserBody,
  draftOfUser,
  emptyUserDraft,
  localizeUserErrors,
  passwordUpdateBody,
  profileUpdateBody,
  type UserDraft,
} from "../model/user-draft";

/** create: a new user; profile: name, employee link, phone; password: reset the password. */
export type UserDialogMode = "create" | "profile" | "password";

interface UserDialogProps {
  mode: UserDialogMode;
  user: User | null;
  /** The logged-in user's id: changing one's own password asks for the current one. */
  currentUserId: number | null;
  employees: ComboboxItem[];
  /** Phone numbers per employee id, to fill the phone when an employee is picked. */
  employeePhones: Map<string, string[]>;
  onClose: () => void;
}

/** One Mantine modal for the three user forms, validated with the contract's schemas. */
export function UserDialog({
  mode,
  user,
  currentUserId,
  employees,
  employeePhones,
  onClose,
}: UserDialogProps) {
  const self = mode === "password" && user !== null && user.id === currentUserId;
  const t = useT(usersDictionary);
  const [draft, setDraft] = useState<UserDraft>(() => (user ? draftOfUser(user) : emptyUserDraft));
  const [errors, setErrors] = useState<FieldErrors>({});
  const create = useCreateUser();
  const update = useUpdateUser(true);
  const pending = create.isPending || update.isPending;

  const change = (patch: Partial<UserDraft>) => {
    setDraft((current) => ({ ...current, ...patch }));
    setErrors((current) => {
      const next = { ...current };
      for (const key of Object.keys(patch)) delete next[key];
      return next;
    });
  };

  const failed = (error: unknown) => {
    const placed: FieldErrors = {};
    if (applyApiFieldError(error, (field, message) => (placed[field] = message))) setErrors(placed);
    else notifyError(error);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body =
      mode === "create"
        ? createUserBody(draft)
        : mode === "profile"
          ? profileUpdateBody(draft)
          : passwordUpdateBody(draft, self);
    const schema = mode === "create" ? createUserBodySchema : updateUserBodySchema;
    const found = zodFieldErrors(schema, body);
    if (Object.keys(found).length > 0) {
      setErrors(localizeUserErrors(found, body, t));
      return;
    }
    const username = draft.username.trim();
    if (mode === "create") {
      create.mutate(body as never, {
        onSuccess: () => {
          notifySuccess(t("created", { username }));
          onClose();
        },
        onError: failed,
      });
    } else if (user) {
      update.mutate(
        { id: user.id, body },
        {
          onSuccess: () => {
            notifySuccess(
              t(self ? "passwordChanged" : mode === "password" ? "passwordReset" : "saved", {
                username,
              }),
            );
            onClose();
          },
          onError: failed,
        },
      );
    }
  };

  const title =
    mode === "create"
      ? t("createTitle")
      : t(mode === "password" ? "resetTitle" : "editTitle", { username: user?.username ?? "" });

  return (
    <Dialog
      opened
      onClose={onClose}
      title={title}
      size="md"
      closeButtonProps={{ "aria-label": t("close") }}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          {mode === "create" && (
            <TextInput
              label={t("username")}
              value={draft.username}
              onChange={(event) => change({ username: event.currentTarget.value })}
              error={errors.username}
              autoComplete="off"
              withAsterisk
              data-autofocus
            />
          )}
          {self && (
            <PasswordInput
              label={t("currentPassword")}
              value={draft.currentPassword}
              onChange={(event) => change({ currentPassword: event.currentTarget.value })}
              error={errors.currentPassword}
              autoComplete="current-password"
              withAsterisk
              data-autofocus
            />
          )}
          {mode !== "profile" && (
            <PasswordInput
              label={mode === "create" ? t("password") : t("newPassword")}
              value={draft.password}
              onChange={(event) => change({ password: event.currentTarget.value })}
              error={errors.password}
              autoComplete="new-password"
              withAsterisk
              data-autofocus={(mode === "password" && !self) || undefined}
            />
          )}
          {mode !== "password" && (
            <>
              <TextInput
                label={t("displayName")}
                value={draft.displayName}
                onChange={(event) => change({ displayName: event.currentTarget.value })}
                error={errors.displayName}
                data-autofocus={mode === "profile" || undefined}
              />
              {mode === "create" && (
                <Select
                  label={t("role")}
                  data={roleSchema.options.map((role) => ({
                    value: role,
                    label: t(`role.${role}`),
                  }))}
                  value={draft.role}
                  onChange={(role) => change({ role: (role ?? "operator") as Role })}
                  allowDeselect={false}
                  error={errors.role}
                />
              )}
              <Select
                label={t("employee")}
                description={t("employeeHelp")}
                placeholder={t("noEmployee")}
                data={employees}
                value={draft.employeeId || null}
                onChange={(id) =>
                  change({
                    employeeId: id ?? "",
                    phoneNumber:
                      draft.phoneNumber || (id ? (employeePhones.get(id)?.[0] ?? "") : ""),
                  })
                }
                searchable
                clearable
                error={errors.employeeId}
              />
              <TextInput
                label={t("phoneNumber")}
                description={t("phoneHelp")}
                value={draft.phoneNumber}
                onChange={(event) => change({ phoneNumber: event.currentTarget.value })}
                error={errors.phoneNumber}
                inputMode="tel"
              />
            </>
          )}
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={onClose}>
              {t("cancel")}
            </Button>
            <Button type="submit" loading={pending}>
              {mode === "create" ? t("createSubmit") : t("save")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Dialog>
  );
}
