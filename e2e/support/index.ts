export { type DemoRole, expect, loginAs, type SimControl, sim, test } from "./fixtures";
