import type { ReactNode } from 'react';
import { useTranslate } from 'react-admin';

/** A titled section of the form; keeps its rows together on a printed page. */
export function FormSection({ title, children }: { title: string; children: ReactNode }) {
  const translate = useTranslate();
  return (
    <section className="form-section">
      <h2>{translate(title)}</h2>
      {children}
    </section>
  );
}
