import {
  type CSSProperties,
  type ReactNode,
  type Ref,
  type SelectHTMLAttributes,
  useId,
} from "react";
import { m } from "./mantine-classes";

const labelStyle = { "--input-label-size": "var(--mantine-font-size-xs)" } as CSSProperties;
const wrapperStyle = {
  "--input-height": "var(--input-height-xs)",
  "--input-fz": "var(--mantine-font-size-xs)",
} as CSSProperties;
const selectWrapperStyle = {
  ...wrapperStyle,
  "--input-right-section-pointer-events": "none",
} as CSSProperties;
const chevronStyle = {
  "--combobox-chevron-size": "var(--combobox-chevron-size-xs)",
} as CSSProperties;

interface FieldFrameProps {
  id: string;
  label: ReactNode;
  /** Width in px (Mantine's `w`), scaled like Mantine does. */
  width?: number;
  select?: boolean;
  children: ReactNode;
}

/** Mantine's Input.Wrapper + Input markup at size xs (label above, the control inside). */
function FieldFrame({ id, label, width, select, children }: FieldFrameProps) {
  return (
    <div
      className={m.inputRoot}
      data-size="xs"
      style={width ? { width: `calc(${width / 16}rem * var(--mantine-scale))` } : undefined}
    >
      <label className={m.label} data-size="xs" htmlFor={id} id={`${id}-label`} style={labelStyle}>
        {label}
      </label>
      <div
        className={m.wrapper}
        data-variant="default"
        data-size="xs"
        data-pointer={select || undefined}
        data-with-right-section={select || undefined}
        style={select ? selectWrapperStyle : wrapperStyle}
      >
        {children}
      </div>
    </div>
  );
}

interface PlainTextInputProps {
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  type?: "text" | "search";
  inputMode?: "text" | "tel" | "numeric";
  width?: number;
  ref?: Ref<HTMLInputElement>;
}

/** Looks like Mantine's `<TextInput size="xs">`, as a plain labelled input. */
export function PlainTextInput({
  label,
  value,
  onChange,
  type = "text",
  inputMode,
  width,
  ref,
}: PlainTextInputProps) {
  const id = useId();
  return (
    <FieldFrame id={id} label={label} width={width}>
      <input
        ref={ref}
        id={id}
        className={m.input}
        data-variant="default"
        type={type}
        inputMode={inputMode}
        value={value}
        onChange={(event) => onChange(event.currentTarget.value)}
      />
    </FieldFrame>
  );
}

interface PlainNativeSelectProps extends Pick<SelectHTMLAttributes<HTMLSelectElement>, "disabled"> {
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  data: (string | { value: string; label: string })[];
}

/** Looks like Mantine's `<NativeSelect size="xs">`, as a plain labelled select. */
export function PlainNativeSelect({
  label,
  value,
  onChange,
  data,
  disabled,
}: PlainNativeSelectProps) {
  const id = useId();
  return (
    <FieldFrame id={id} label={label} select>
      <select
        id={id}
        className={m.input}
        data-variant="default"
        value={value}
        disabled={disabled}
        onChange={(event) => onChange(event.currentTarget.value)}
      >
        {data.map((item) => {
          const option = typeof item === "string" ? { value: item, label: item } : item;
          return (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          );
        })}
      </select>
      <div data-position="right" className={m.section}>
        <svg
          className={m.chevron}
          data-size="xs"
          data-combobox-chevron="true"
          viewBox="0 0 15 15"
          fill="none"
          xmlns="http://www.w3.org/2000/svg"
          style={chevronStyle}
          aria-hidden="true"
        >
          <path
            d="M4.93179 5.43179C4.75605 5.60753 4.75605 5.89245 4.93179 6.06819C5.10753 6.24392 5.39245 6.24392 5.56819 6.06819L7.49999 4.13638L9.43179 6.06819C9.60753 6.24392 9.89245 6.24392 10.0682 6.06819C10.2439 5.89245 10.2439 5.60753 10.0682 5.43179L7.81819 3.18179C7.73379 3.0974 7.61933 3.04999 7.49999 3.04999C7.38064 3.04999 7.26618 3.0974 7.18179 3.18179L4.93179 5.43179ZM10.0682 9.56819C10.2439 9.39245 10.2439 9.10753 10.0682 8.93179C9.89245 8.75606 9.60753 8.75606 9.43179 8.93179L7.49999 10.8636L5.56819 8.93179C5.39245 8.75606 5.10753 8.75606 4.93179 8.93179C4.75605 9.10753 4.75605 9.39245 4.93179 9.56819L7.18179 11.8182C7.35753 11.9939 7.64245 11.9939 7.81819 11.8182L10.0682 9.56819Z"
            fill="currentColor"
            fillRule="evenodd"
            clipRule="evenodd"
          />
        </svg>
      </div>
    </FieldFrame>
  );
}
