import type { Role } from "@callboard/contract";
import type { CallApiClient } from "../upstream";
import { hashPassword } from "./password";
import type { UserStore } from "./user-store";

export const DEMO_PASSWORD = "demo";

export interface DemoEmployee {
  id: number;
  phoneNumber: string | null;
}

/**
 * The demo accounts `operator`, `supervisor` and `admin` (password `demo`), created only while the
 * upstream is the bundled simulator. The operator is the simulator's employee 1, the supervisor
 * employee 2, so "my calls" and the dialer's defaults work in the demo. Existing accounts are
 * left as they are (an admin may have changed them).
 */
export async function seedDemoUsers(
  users: UserStore,
  employees: { operator?: DemoEmployee; supervisor?: DemoEmployee } = {},
): Promise<void> {
  const accounts: { username: string; displayName: string; role: Role; employee?: DemoEmployee }[] =
    [
      {
        username: "operator",
        displayName: "Demo Operator",
        role: "operator",
        employee: employees.operator,
      },
      {
        username: "supervisor",
        displayName: "Demo Supervisor",
        role: "supervisor",
        employee: employees.supervisor,
      },
      { username: "admin", displayName: "Demo Admin", role: "admin" },
    ];
  for (const account of accounts) {
    if (users.findByUsername(account.username)) continue;
    users.create({
      username: account.username,
      displayName: account.displayName,
      role: account.role,
      passwordHash: await hashPassword(DEMO_PASSWORD),
      employeeId: account.employee?.id ?? null,
      phoneNumber: account.employee?.phoneNumber ?? null,
      isDemo: true,
    });
  }
}

/**
 * The simulator's first two employees ("employee 1" and "employee 2" of its world) with their
 * active phone numbers, read through the Data API; none when it cannot be read.
 */
export async function demoEmployees(
  callApi: CallApiClient,
): Promise<{ operator?: DemoEmployee; supervisor?: DemoEmployee }> {
  try {
    const employees = [...(await callApi.data("get.employees"))].sort((a, b) => a.id - b.id);
    const pick = (index: number): DemoEmployee | undefined => {
      const employee = employees[index];
      if (!employee) return undefined;
      const phone =
        employee.phone_numbers.find((p) => p.status === "active") ?? employee.phone_numbers[0];
      return { id: employee.id, phoneNumber: phone?.phone_number ?? null };
    };
    return { operator: pick(0), supervisor: pick(1) };
  } catch {
    return {};
  }
}
