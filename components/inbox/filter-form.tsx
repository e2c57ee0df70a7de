'use client';
// The inbox filter form: a GET form (the view lives in the URL, and it works without JS) that
// applies a dropdown as soon as it changes — an extra "Apply" click per filter was one too many.
// next/form navigates client-side, so the list updates without a full page load.
import Form from 'next/form';
import { useRef } from 'react';

export function FilterForm({ children, ...props }: { children: React.ReactNode; className?: string; 'aria-label': string; role?: string }) {
  const form = useRef<HTMLFormElement>(null);
  return (
    <Form
      ref={form}
      action="/inbox"
      {...props}
      onChange={(event) => {
        if (event.target instanceof HTMLSelectElement) form.current?.requestSubmit();
      }}
    >
      {children}
    </Form>
  );
}
