import { type CSSProperties, type ReactNode, useId } from "react";
import { m } from "./mantine-classes";

const rootStyle = {
  "--checkbox-size": "var(--checkbox-size-sm)",
  "--checkbox-radius": "var(--mantine-radius-sm)",
  "--checkbox-color": "var(--mantine-color-blue-filled)",
  "--label-fz": "var(--mantine-font-size-sm)",
  "--label-lh": "var(--label-lh-sm)",
} as CSSProperties;

interface PlainCheckboxProps {
  label: ReactNode;
  checked: boolean;
  onChange: (checked: boolean) => void;
  disabled?: boolean;
  title?: string;
  className?: string;
}

/** Looks like Mantine's `<Checkbox size="sm">`, as a plain labelled checkbox. */
export function PlainCheckbox({
  label,
  checked,
  onChange,
  disabled,
  title,
  className,
}: PlainCheckboxProps) {
  const id = useId();
  return (
    <div
      className={`${className ? `${className} ` : ""}${m.checkboxRoot} ${m.inlineRoot}`}
      data-variant="filled"
      data-size="sm"
      data-label-position="right"
      style={rootStyle}
    >
      <div className={m.inlineBody}>
        <div className={m.checkboxInner} data-label-position="right">
          <input
            className={`mantine-focus-auto ${m.checkboxInput}`}
            data-with-error-styles="true"
            id={id}
            title={title}
            disabled={disabled}
            type="checkbox"
            checked={checked}
            onChange={(event) => onChange(event.currentTarget.checked)}
          />
          <svg
            viewBox="0 0 10 7"
            fill="none"
            xmlns="http://www.w3.org/2000/svg"
            aria-hidden="true"
            className={m.checkboxIcon}
          >
            <path
              d="M4 4.586L1.707 2.293A1 1 0 1 0 .293 3.707l3 3a.997.997 0 0 0 1.414 0l5-5A1 1 0 1 0 8.293.293L4 4.586z"
              fill="currentColor"
              fillRule="evenodd"
              clipRule="evenodd"
            />
          </svg>
        </div>
        <div className={m.inlineLabelWrapper} data-disabled={disabled || undefined}>
          <label className={m.inlineLabel} htmlFor={id} data-disabled={disabled || undefined}>
            {label}
          </label>
        </div>
      </div>
    </div>
  );
}
