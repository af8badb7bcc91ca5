import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { type Db, openDatabase } from "./open-database";
import { startWalCheckpointer, type WalCheckpointer } from "./wal-checkpointer";

let dir: string;
let db: Db;
let checkpointer: WalCheckpointer | undefined;

function open(): Db {
  dir = mkdtempSync(join(tmpdir(), "callboard-wal-"));
  db = openDatabase(dir);
  return db;
}

/** Enough audit rows to fill many WAL pages, each insert its own commit as the BFF does. */
function writeRows(count: number) {
  const insert = db.prepare(
    "INSERT INTO audit_log (at, username, action, params, result, status) VALUES (?, 'u', 'hold.call', ?, 'ok', 200)",
  );
  for (let i = 0; i < count; i++) insert.run(new Date().toISOString(), "x".repeat(2_000));
}

const autoCheckpointPages = () => db.pragma("wal_autocheckpoint", { simple: true });
const walBytes = () => statSync(join(dir, "callboard.sqlite-wal")).size;

afterEach(async () => {
  await checkpointer?.stop();
  checkpointer = undefined;
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("startWalCheckpointer", () => {
  it("turns the main connection's automatic checkpoint off and checkpoints in the worker", async () => {
    open();
    checkpointer = startWalCheckpointer(db, { everyMs: 60_000 });
    expect(autoCheckpointPages()).toBe(0);

    writeRows(1_500);
    // Without the automatic checkpoint the main connection let the WAL grow past 1,000 pages.
    expect(walBytes()).toBeGreaterThan(1_000 * 4096);

    const result = await checkpointer.checkpoint();
    expect(result.busy).toBe(0);
    expect(result.log).toBeGreaterThan(1_000);
    expect(result.checkpointed).toBe(result.log);
    expect(result.restarted).toBe(false);
    // The rows are in the database file, readable by a fresh connection after the checkpoint.
    expect(db.prepare("SELECT count(*) AS n FROM audit_log").get()).toEqual({ n: 1_500 });
  });

  it("after a checkpoint the writer reuses the WAL from its start instead of growing it", async () => {
    open();
    checkpointer = startWalCheckpointer(db, { everyMs: 60_000 });
    writeRows(500);
    await checkpointer.checkpoint();
    const size = walBytes();
    writeRows(500);
    // The same writes again: had the WAL not restarted, it would have doubled.
    expect(walBytes()).toBeLessThan(size * 1.5);
  });

  it("runs a RESTART checkpoint once the WAL has outgrown its limit, a PASSIVE one before", async () => {
    open();
    checkpointer = startWalCheckpointer(db, { everyMs: 60_000, restartAtFrames: 1_000 });
    writeRows(100);
    expect((await checkpointer.checkpoint()).restarted).toBe(false);
    writeRows(1_000);
    const result = await checkpointer.checkpoint();
    expect(result.restarted).toBe(true);
    expect(result.busy).toBe(0);
    expect(result.checkpointed).toBe(result.log);
  });

  it("gives the main connection its automatic checkpoint back when stopped", async () => {
    open();
    const stopping = startWalCheckpointer(db, { everyMs: 60_000 });
    await stopping.stop();
    expect(autoCheckpointPages()).toBe(1000);
    await expect(stopping.checkpoint()).rejects.toThrow(/stopped/);
  });

  it("falls back to the automatic checkpoint and reports when the worker cannot open the file", async () => {
    open();
    rmSync(join(dir, "callboard.sqlite"));
    const errors: Error[] = [];
    checkpointer = startWalCheckpointer(db, { everyMs: 60_000, onError: (e) => errors.push(e) });
    await expect(checkpointer.checkpoint()).rejects.toThrow();
    expect(errors.length).toBeGreaterThan(0);
    expect(autoCheckpointPages()).toBe(1000);
    // The worker is gone: a later checkpoint is refused at once rather than left unanswered.
    await expect(checkpointer.checkpoint()).rejects.toThrow();
  });
});
