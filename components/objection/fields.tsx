type Value = { value: string; onValue: (v: string) => void };

/** A labelled one-line input. */
export function TextField(
  props: Value & {
    id: string;
    label: string;
    type?: 'text' | 'email' | 'date';
    autocomplete?: string;
    hint?: string;
    maxLength?: number;
    max?: string;
  },
) {
  const { id, label, value, onValue, hint, type = 'text', autocomplete, maxLength, max } = props;
  return (
    <div class="aw-obj-field">
      <label for={id}>{label}</label>
      <input
        id={id}
        type={type as 'text'}
        value={value}
        autocomplete={autocomplete}
        maxLength={maxLength}
        max={max}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onInput={(e) => onValue((e.currentTarget as HTMLInputElement).value)}
      />
      {hint && (
        <p id={`${id}-hint`} class="aw-obj-small">
          {hint}
        </p>
      )}
    </div>
  );
}

/** A labelled multi-line input. */
export function TextArea(props: Value & { id: string; label: string; rows?: number; autocomplete?: string; maxLength?: number }) {
  const { id, label, value, onValue, rows = 3, autocomplete, maxLength } = props;
  return (
    <div class="aw-obj-field">
      <label for={id}>{label}</label>
      <textarea
        id={id}
        rows={rows}
        value={value}
        autocomplete={autocomplete}
        maxLength={maxLength}
        onInput={(e) => onValue((e.currentTarget as HTMLTextAreaElement).value)}
      />
    </div>
  );
}
