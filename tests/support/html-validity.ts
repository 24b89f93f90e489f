/**
 * HTML validity of built pages, as the HTML standard defines it: html-validate (pure JavaScript) with its
 * `standard` preset, which holds the rules the standard states and none of its style rules, plus two checks
 * the W3C Nu checker (validator.w3.org) makes and html-validate does not:
 * - ARIA roles on the parts of a plain table (`<tr role="row">` in a `<table>` without a role, or with
 *   role table, grid or treegrid): a custom rule, `no-role-on-plain-table-part`;
 * - elements after `</body>` (a component writing outside the document, such as a page-level `<script>`
 *   after `StarlightPage`): the Nu checker stops at the first one ("Stray start tag"), html-validate moves
 *   them into the body without a word, so `elementsAfterBody` reads the source positions.
 *
 * Starlight's own known error: the Nu checker rejects `aria-hidden` on the two inline scripts of
 * Starlight's SidebarPersister ("The aria-hidden attribute must not be specified on the script element").
 * Starlight puts it there on purpose, against a VoiceOver bug that reads scripts inside `display: contents`
 * aloud (withastro/starlight#2633, WebKit bug 283645). html-validate does not report it, so no rule needs
 * switching off here; scripts/validate-html-nu.mjs leaves that one message out of the Nu checker's count.
 */
import { HtmlValidate, Rule, definePlugin, type ConfigData, type DOMReadyEvent, type Message } from 'html-validate';
import { elementsOf, parseDocument, type HtmlElementNode } from '../../src/core/html-tree.ts';

/** The table roles under which ARIA roles on rows and cells are allowed (the Nu checker's list, inverted). */
const PLAIN_TABLE_ROLES = new Set(['table', 'grid', 'treegrid']);
const TABLE_PARTS = ['thead', 'tbody', 'tfoot', 'tr', 'th', 'td'];

class NoRoleOnPlainTablePart extends Rule {
  override documentation() {
    return {
      description:
        'ARIA roles on table rows, cells and row groups are allowed only when the table itself has a role other than table, grid or treegrid (ARIA in HTML).',
    };
  }
  setup() {
    this.on('dom:ready', (event: DOMReadyEvent) => {
      for (const part of event.document.querySelectorAll(TABLE_PARTS.map((tag) => `${tag}[role]`).join(','))) {
        const tableRole = part.closest('table')?.getAttributeValue('role');
        if (tableRole && !PLAIN_TABLE_ROLES.has(tableRole)) continue;
        this.report(
          part,
          `role must not be used on <${part.tagName}> inside a <table> ${tableRole ? `with role="${tableRole}"` : 'without a role'}`,
        );
      }
    });
  }
}

const plugin = definePlugin({
  name: 'ipec-site',
  rules: { 'ipec-site/no-role-on-plain-table-part': NoRoleOnPlainTablePart },
});

const config: ConfigData = {
  extends: ['html-validate:standard'],
  plugins: [plugin],
  rules: { 'ipec-site/no-role-on-plain-table-part': 'error' },
};

/** One problem, as a line a failure can print: file, line:column, rule and message. */
export interface HtmlProblem {
  file: string;
  line: number;
  column: number;
  rule: string;
  message: string;
}

const validator = new HtmlValidate(config);

/** Positions of the elements that start after the document's `</body>` (none on a well-formed page). */
function elementsAfterBody(source: string): { tag: string; line: number; column: number }[] {
  const document = parseDocument(source);
  const isBody = (node: { nodeName: string }): node is HtmlElementNode => node.nodeName === 'body';
  const body = elementsOf(document).find(isBody);
  const end = body?.sourceCodeLocation?.endTag?.startOffset;
  if (end === undefined) return [];
  return elementsOf(document)
    .filter((element) => (element.sourceCodeLocation?.startOffset ?? -1) > end)
    .map((element) => ({
      tag: element.tagName,
      line: element.sourceCodeLocation!.startLine,
      column: element.sourceCodeLocation!.startCol,
    }));
}

/** Every validity problem of one page: html-validate's and the elements after `</body>`. */
export async function htmlProblems(file: string, source: string): Promise<HtmlProblem[]> {
  const report = await validator.validateString(source, file);
  const messages: Message[] = report.results.flatMap((result) => result.messages);
  return [
    ...messages.map((m) => ({ file, line: m.line, column: m.column, rule: m.ruleId, message: m.message })),
    ...elementsAfterBody(source).map(({ tag, line, column }) => ({
      file,
      line,
      column,
      rule: 'no-element-after-body',
      message: `<${tag}> starts after </body>`,
    })),
  ];
}

export const formatHtmlProblems = (problems: HtmlProblem[]) =>
  problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.rule}: ${p.message}`).join('\n');
