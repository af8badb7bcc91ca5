/**
 * The static class names of Mantine 9's own CSS (the `m_*` rules of @mantine/core/styles/*.css,
 * loaded by app/mantine-styles.ts and the board), for the plain elements the board's first frame
 * renders in place of Mantine components: the same markup and look, without the components'
 * machinery (theme and style contexts, props resolution, Box), a large part of the first render.
 * mantine-classes.test.ts checks that each still exists in the installed Mantine's CSS file.
 */
export const mantineClasses = {
  "Group.css": { group: "m_4081bf90" },
  "Text.css": { text: "m_b6d8b162" },
  "Input.css": {
    inputRoot: "m_46b77525",
    label: "m_8fdc1311",
    wrapper: "m_6c018570",
    input: "m_8fb7ebe7",
    section: "m_82577fc2",
  },
  "Combobox.css": { chevron: "m_2943220b" },
  "Checkbox.css": {
    checkboxRoot: "m_bf2d988c",
    checkboxInner: "m_26062bec",
    checkboxInput: "m_26063560",
    checkboxIcon: "m_bf295423",
  },
  "InlineInput.css": {
    inlineRoot: "m_5f75b09e",
    inlineBody: "m_5f6e695e",
    inlineLabelWrapper: "m_d3ea56bb",
    inlineLabel: "m_8ee546b8",
  },
  "Button.css": { button: "m_77c9d27d", buttonInner: "m_80f1301b", buttonLabel: "m_811560b9" },
  "UnstyledButton.css": { unstyledButton: "m_87cf2631" },
} as const;

type Files = typeof mantineClasses;
type Merge<T> = { [F in keyof T]: T[F] }[keyof T];
type AllClasses = {
  [K in Merge<Files> extends infer U ? (U extends U ? keyof U : never) : never]: string;
};

/** Every class by its name, whichever file it comes from. */
export const m = Object.assign({}, ...Object.values(mantineClasses)) as AllClasses;
