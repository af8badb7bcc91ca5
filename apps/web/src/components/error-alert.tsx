import { Alert } from "@mantine/core";
import type { ReactNode } from "react";
import { toApiError } from "../lib/api-client";

/** A failure shown in place (a dialog, a form): the BFF's message as title, its hint below. */
export function ErrorAlert({ error, children }: { error: unknown; children?: ReactNode }) {
  if (!error) return null;
  const apiError = toApiError(error);
  return (
    <Alert color="red" role="alert" title={apiError.message}>
      {apiError.hint}
      {children}
    </Alert>
  );
}
