/**
 * The real `astro build` stops on bad content with the guard's message: file, field and rule.
 * A build is a temporary project that links this project's code and holds fixture content; cases that
 * touch different files share one build, since the guard reports every problem of a build at once.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, symlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { siteWith } from '../support/fixture-site';
import { buildEnv } from '../../scripts/build-env.mjs';

const root = resolve(import.meta.dirname, '../..');

function buildWith(caseNames: readonly string[]) {
  const dir = siteWith(...caseNames);
  // Interface strings are part of every site (the config reads them for the sidebar), not of the content under test.
  if (!existsSync(join(dir, 'content/i18n')))
    cpSync(join(root, 'content/i18n'), join(dir, 'content/i18n'), { recursive: true });
  for (const name of ['src', 'public', 'node_modules', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
    symlinkSync(join(root, name), join(dir, name));
  }
  const result = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: dir,
    env: buildEnv(),
    encoding: 'utf8',
  });
  return { status: result.status, output: result.stdout + result.stderr };
}

/** Cases laid over the valid site together: no two of a group touch the same file. */
const GROUPS = [['malformed-frontmatter', 'dangling-reference', 'mdx-inline-script'], ['title-injection']];
const builds = new Map<readonly string[], ReturnType<typeof buildWith>>();
/** The build of the group that holds `caseName`, made on first use. */
function buildHolding(caseName: string) {
  const group = GROUPS.find((names) => names.includes(caseName))!;
  if (!builds.has(group)) builds.set(group, buildWith(group));
  return builds.get(group)!;
}

describe('npm run build on bad content', () => {
  it('stops on malformed MDX frontmatter, naming the file', () => {
    const { status, output } = buildHolding('malformed-frontmatter');
    expect(status).not.toBe(0);
    expect(output).toContain('content/docs/broken.mdx → (frontmatter): frontmatter line 5');
  });

  it('stops on a reference to an entry that does not exist, naming file and field', () => {
    const { status, output } = buildHolding('dangling-reference');
    expect(status).not.toBe(0);
    expect(output).toContain(
      'content/tools/sample-tool.yaml → priorities.0: refers to priorities entry "child-soldiers", which does not exist in content/priorities/',
    );
  });

  it('stops on an inline <script> in an MDX page, naming the file and line', () => {
    const { status, output } = buildHolding('mdx-inline-script');
    expect(status).not.toBe(0);
    expect(output).toContain('content/docs/page.mdx → line 10: inline <script> is not allowed in content');
  });

  it('stops on a title that would end <title> and inject a script', () => {
    const { status, output } = buildHolding('title-injection');
    expect(status).not.toBe(0);
    expect(output).toContain('content/tools/sample-tool.yaml → title: title must not contain "<" or ">"');
  });
});
