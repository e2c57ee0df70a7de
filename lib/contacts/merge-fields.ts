// What a merge keeps of the two people's fields (pure, so the preview and the merge agree):
// the target's value wins where it has one, the source fills the gaps, notes are kept from both.
export type PersonFields = { displayName: string | null; email: string | null; phone: string | null; notes: string | null; attributes: Record<string, unknown> };

export function mergePersonFields(target: PersonFields, source: PersonFields) {
  const pick = (key: 'displayName' | 'email' | 'phone') => ({ value: target[key] ?? source[key], from: target[key] ? 'target' : source[key] ? 'source' : null, conflict: !!target[key] && !!source[key] && target[key] !== source[key], dropped: target[key] && source[key] && target[key] !== source[key] ? source[key] : null });
  const notes = target.notes && source.notes && target.notes !== source.notes ? `${target.notes}\n\n${source.notes}` : (target.notes ?? source.notes);
  const attributes = { ...source.attributes, ...target.attributes };
  const droppedAttributes = Object.keys(source.attributes).filter((key) => key in target.attributes && target.attributes[key] !== source.attributes[key]);
  return { displayName: pick('displayName'), email: pick('email'), phone: pick('phone'), notes, attributes, droppedAttributes };
}
