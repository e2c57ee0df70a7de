// A role as people read it ("Owner", not the stored "owner"). Written in the text itself rather than
// CSS `capitalize`, so screen readers, copy-paste and text assertions see the same word as the eye.
import type { Role } from '../generated/prisma/enums';

export const roleLabels: Record<Role, string> = { owner: 'Owner', admin: 'Admin', agent: 'Agent' };
