import type { DirectoryEntries } from "../../../lib/directory";

type Employee = Pick<DirectoryEntries<"employees">[number], "fullName" | "phoneNumbers">;

/**
 * How to name the party at `number` in a result: the employee whose phone it is ("Dmitry Ivanov
 * (79261112233)"), else the number as typed.
 */
export function dialledName(employees: readonly Employee[] | undefined, number: string): string {
  const employee = employees?.find((candidate) => candidate.phoneNumbers.includes(number));
  return employee ? `${employee.fullName} (${number})` : number;
}
