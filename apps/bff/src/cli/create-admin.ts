import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { createUserBodySchema } from "@callboard/contract";
import { loadCliConfig } from "../config";
import { openDatabase } from "../db/open-database";
import { hashPassword } from "../users/password";
import { UserStore } from "../users/user-store";

const usage =
  "Usage: npm run create-admin -- --username NAME [--display-name TEXT]\n" +
  "The password is read from stdin (piped) or asked for (not echoed).";

/** Reads the password: the first line of piped stdin, or a hidden prompt on a terminal. */
async function readPassword(): Promise<string> {
  if (!process.stdin.isTTY) {
    let text = "";
    for await (const chunk of process.stdin) text += chunk;
    return text.split(/\r?\n/)[0] ?? "";
  }
  const ask = (question: string) =>
    new Promise<string>((resolve) => {
      const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
      const output = rl as unknown as { _writeToOutput: (text: string) => void };
      let prompted = false;
      output._writeToOutput = (text: string) => {
        if (!prompted) {
          process.stdout.write(text);
          prompted = true;
        }
      };
      rl.question(question, (answer) => {
        rl.close();
        process.stdout.write("\n");
        resolve(answer);
      });
    });
  const first = await ask("Password: ");
  const second = await ask("Repeat the password: ");
  if (first !== second) throw new Error("The passwords differ.");
  return first;
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      username: { type: "string" },
      "display-name": { type: "string" },
      help: { type: "boolean" },
    },
  });
  if (values.help || !values.username) {
    console.error(usage);
    return values.help ? 0 : 2;
  }
  const password = await readPassword();
  const input = createUserBodySchema.safeParse({
    username: values.username,
    password,
    displayName: values["display-name"],
    role: "admin",
  });
  if (!input.success) {
    for (const issue of input.error.issues)
      console.error(`${issue.path.join(".")}: ${issue.message}`);
    return 2;
  }
  const db = openDatabase(loadCliConfig().dataDir);
  try {
    const users = new UserStore(db);
    const created = users.create({
      username: input.data.username,
      displayName: input.data.displayName ?? input.data.username,
      role: "admin",
      passwordHash: await hashPassword(input.data.password),
    });
    if (!created) {
      console.error(`A user named "${input.data.username}" already exists.`);
      return 1;
    }
    console.log(`Created admin "${created.username}" (id ${created.id}).`);
    return 0;
  } finally {
    db.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
