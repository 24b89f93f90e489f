/**
 * The embedded chart follows the reader's colour scheme (or the theme they chose on the site, when the
 * browser lets the frame read it); without JavaScript it stays light.
 */
export function embedTheme(): 'light' | 'dark' {
  let stored: string | null = null;
  try {
    stored = localStorage.getItem('starlight-theme');
  } catch {
    // A sandboxed frame may not read storage: the colour scheme decides.
  }
  if (stored === 'light' || stored === 'dark') return stored;
  return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}
