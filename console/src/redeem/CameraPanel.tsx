import Button from '@mui/material/Button';
import { lazy, Suspense, useCallback, useState } from 'react';
import { useTranslate } from 'react-admin';

const CameraScanner = lazy(() =>
  import('./CameraScanner').then((module) => ({ default: module.CameraScanner })),
);

/** A browser without a camera API (or an insecure page) shows nothing here. */
const cameraPossible = () =>
  typeof navigator !== 'undefined' && Boolean(navigator.mediaDevices?.getUserMedia);

export function CameraPanel({ onCode }: { onCode: (code: string) => void }) {
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  const handleCode = useCallback(
    (code: string) => {
      setOpen(false);
      onCode(code);
    },
    [onCode],
  );

  if (!cameraPossible()) return null;
  return (
    <div className="no-print">
      <Button variant="outlined" onClick={() => setOpen(!open)}>
        {translate(open ? 'app.redeem.camera_stop' : 'app.redeem.camera')}
      </Button>
      {open && (
        <Suspense fallback={null}>
          <CameraScanner onCode={handleCode} />
        </Suspense>
      )}
    </div>
  );
}
