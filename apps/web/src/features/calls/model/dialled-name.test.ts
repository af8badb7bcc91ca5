import { describe, expect, it } from "vitest";
import { dialledName } from "./dialled-name";

const employees = [
  { fullName: "Dmitry Ivanov", phoneNumbers: ["79261112233", "79261112234"] },
  { fullName: "Анна Смирнова", phoneNumbers: ["79263334455"] },
];

describe("the name of a dialled party", () => {
  it("names the employee whose phone was picked, with the number", () => {
    expect(dialledName(employees, "79263334455")).toBe("Анна Смирнова (79263334455)");
    expect(dialledName(employees, "79261112234")).toBe("Dmitry Ivanov (79261112234)");
  });

  it("keeps a number nobody in the directory has", () => {
    expect(dialledName(employees, "79990000000")).toBe("79990000000");
    expect(dialledName(undefined, "79990000000")).toBe("79990000000");
  });
});
