/**
 * The day of the build, as an ISO date (YYYY-MM-DD): the access date citations give without JavaScript.
 * SOURCE_DATE_EPOCH (the reproducible-builds convention, in seconds) fixes it, so two builds of one
 * checkout stay byte-identical even across midnight.
 */
export function buildDate(env: Record<string, string | undefined> = process.env): string {
  const epoch = Number(env.SOURCE_DATE_EPOCH);
  const date = env.SOURCE_DATE_EPOCH && Number.isFinite(epoch) ? new Date(epoch * 1000) : new Date();
  return date.toISOString().slice(0, 10);
}

/** "7 December 2026", "7 décembre 2026", "7 de diciembre de 2026": an ISO date in a language's words. */
export function longDate(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
}
