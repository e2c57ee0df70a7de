// The Privacy Policy's retention section: the rows of lib/retention/retention-periods.ts, the
// same table the privacy-retention-sweep job enforces.
export { listRetentionPeriods, type RetentionPeriod } from '../retention/retention-periods';
