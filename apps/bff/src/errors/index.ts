export { AppError, type AppErrorOptions } from "./app-error";
export { hintFor } from "./hints";
export { messageFor, messages } from "./messages";
export { pickLanguage } from "./pick-language";
export { retryAfterFor, statusFor } from "./status-map";
export { toApiError } from "./to-api-error";
