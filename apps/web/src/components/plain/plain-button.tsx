import type { ButtonHTMLAttributes, CSSProperties, ReactNode } from "react";
import { m } from "./mantine-classes";

const defaultXs = {
  "--button-height": "var(--button-height-xs)",
  "--button-padding-x": "var(--button-padding-x-xs)",
  "--button-fz": "var(--mantine-font-size-xs)",
  "--button-bg": "var(--mantine-color-default)",
  "--button-hover": "var(--mantine-color-default-hover)",
  "--button-color": "var(--mantine-color-default-color)",
  "--button-bd": "calc(0.0625rem * var(--mantine-scale)) solid var(--mantine-color-default-border)",
} as CSSProperties;

type PlainButtonProps = Omit<
  ButtonHTMLAttributes<HTMLButtonElement>,
  "className" | "style" | "type"
> & {
  children: ReactNode;
};

/** Looks like Mantine's `<Button size="xs" variant="default">`, as a plain button. */
export function PlainButton({ children, ...rest }: PlainButtonProps) {
  return (
    <button
      {...rest}
      type="button"
      className={`mantine-focus-auto mantine-active ${m.button} ${m.unstyledButton}`}
      data-variant="default"
      data-size="xs"
      style={defaultXs}
    >
      <span className={m.buttonInner}>
        <span className={m.buttonLabel}>{children}</span>
      </span>
    </button>
  );
}
