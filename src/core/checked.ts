/**
 * What rendering code takes from content that the guard (src/guard/) has already checked: an entry that
 * exists, a list that is not empty. Content mistakes are reported by the guard, before the build, with
 * file, field and rule; rendering code never reports them. Failing here means a guard rule is missing
 * or wrong, so the message names the rule to fix in src/guard/, not the editor's file.
 */
export class GuardGap extends Error {
  constructor(rule: string) {
    super(`the content guard let through content that breaks "${rule}": add or fix that rule in src/guard/`);
    this.name = 'GuardGap';
  }
}

/** `value`, which the guard's `rule` ensures is there (not undefined, null, empty text or an empty list). */
export function checkedByGuard<T>(value: T, rule: string): NonNullable<T> {
  if (value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0))
    throw new GuardGap(rule);
  return value;
}
