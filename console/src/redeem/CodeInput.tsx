import TextField from '@mui/material/TextField';
import { forwardRef, useState, type KeyboardEvent } from 'react';
import { useTranslate } from 'react-admin';

interface Props {
  busy: boolean;
  onSubmit: (typed: string) => void;
}

/**
 * The one input of the counter. A handheld scanner types the digits and presses Enter, so
 * Enter submits; the field empties at once so that a second Enter finds nothing to send.
 */
export const CodeInput = forwardRef<HTMLInputElement, Props>(function CodeInput(
  { busy, onSubmit },
  ref,
) {
  const translate = useTranslate();
  const [value, setValue] = useState('');

  const handleKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    if (busy || value.trim() === '') return;
    const typed = value;
    setValue('');
    onSubmit(typed);
  };

  return (
    <TextField
      inputRef={ref}
      autoFocus
      fullWidth
      value={value}
      onChange={(event) => setValue(event.target.value)}
      onKeyDown={handleKeyDown}
      label={translate('app.redeem.label')}
      placeholder={translate('app.redeem.placeholder')}
      helperText={translate('app.redeem.helper')}
      autoComplete="off"
      slotProps={{
        htmlInput: {
          inputMode: 'numeric',
          spellCheck: false,
          'aria-busy': busy,
          'data-testid': 'code-input',
          style: { fontSize: '1.6rem', letterSpacing: '0.08em' },
        },
      }}
    />
  );
});
