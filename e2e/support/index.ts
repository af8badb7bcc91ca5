export { notification, openCall } from "./board-helpers";
export {
  callRow,
  type DemoRole,
  expect,
  expectSimCall,
  loginAs,
  type SimControl,
  sim,
  test,
} from "./fixtures";
