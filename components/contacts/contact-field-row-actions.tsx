'use client';
import { deleteContactAttributeAction } from '@/app/(app)/settings/contact-fields/actions';
import { ActionButton } from '@/components/team/action-button';

export function ContactFieldRowActions({ id, label }: { id: string; label: string }) {
  return (
    <ActionButton action={deleteContactAttributeAction} fields={{ attributeId: id }} label="Delete" pendingLabel="Deleting…" variant="danger"
      confirm={`Delete the contact field "${label}"? Its value is removed from every contact. This cannot be undone.`} />
  );
}
