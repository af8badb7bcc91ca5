export { createCallApiClient } from "./call-api-client";
export type {
  CallApiClient,
  CallApiClientOptions,
  UpstreamCredentials,
  UpstreamLogger,
} from "./client-types";
export { createJsonRpcTransport, type JsonRpcTransport } from "./json-rpc-transport";
export { redactSecrets } from "./redact";
export { isReadMethod, isStartMethod } from "./retry-policy";
export { isUpstreamError, UpstreamError, type UpstreamErrorKind } from "./upstream-error";
