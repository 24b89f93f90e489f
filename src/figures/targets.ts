/**
 * Whether a dated target is still ahead or has passed, as of the build. A target "by 2025" is ahead
 * until the last day of 2025 and has passed from 1 January 2026.
 */
import type { Translate } from '../i18n/translate';

/** The date the site is built for: SOURCE_DATE_EPOCH (seconds) when set, for reproducible builds; today otherwise. */
export function buildDate(env: Record<string, string | undefined> = process.env): Date {
  const epoch = Number(env.SOURCE_DATE_EPOCH);
  return env.SOURCE_DATE_EPOCH && Number.isFinite(epoch) ? new Date(epoch * 1000) : new Date();
}

export type TargetState = 'ahead' | 'passed';

export function targetState(year: number, today: Date): TargetState {
  return today.getUTCFullYear() > year ? 'passed' : 'ahead';
}

/** Fills an outcome clause ("{value} children were in child labour in {year}"). */
export function outcomeText(template: string, value: string, year: number): string {
  return template.replace('{value}', value).replace('{year}', String(year));
}

/** What the latest figure shows for a target whose goal was not reached, ready to write. */
export interface TargetOutcome {
  /** The outcome clause as written, with {value} and {year}. */
  text: string;
  /** The figure's value as the page writes it ("nearly 138 million"). */
  value: string;
  /** The figure's reference year. */
  year: number;
}

/**
 * A target in words, as of `today`: `deadline` fits in a sentence ("by 2030"; "by 2025 (a target year now
 * past)"); `status` is a sentence ("The target is to … by 2030."; "The 2025 target was missed: …" with the
 * outcome; "The target year, 2025, has passed." without one).
 */
export function targetText(
  t: Translate,
  target: { goal: string; year: number },
  form: 'deadline' | 'status',
  today: Date,
  outcome?: TargetOutcome,
): { text: string; state: TargetState; citesOutcome: boolean } {
  const state = targetState(target.year, today);
  const year = String(target.year);
  if (form === 'deadline')
    return {
      state,
      citesOutcome: false,
      text: t(state === 'ahead' ? 'site.targets.by' : 'site.targets.byPassed', { year }),
    };
  if (state === 'ahead')
    return { state, citesOutcome: false, text: t('site.targets.ahead', { goal: target.goal, year }) };
  if (!outcome) return { state, citesOutcome: false, text: t('site.targets.passed', { year }) };
  return {
    state,
    citesOutcome: true,
    text: t('site.targets.missed', { year, outcome: outcomeText(outcome.text, outcome.value, outcome.year) }),
  };
}
