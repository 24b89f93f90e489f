/**
 * The safe subset of MDX: what a page's body may contain, checked on the tree the build's own parser
 * (Sätteri, the parser @astrojs/mdx and @astrojs/markdown-satteri use) makes of the file, before Astro
 * compiles it. MDX is a programming language: an `{expression}`, an `export` or an `import` of any
 * module runs in Node during the build. Pages may hold Markdown, imports of the components in the
 * allow-lists below, those components with literal attribute values, comments, and HTML elements and
 * attributes from a sanitising allow-list modelled on hast-util-sanitize's GitHub schema. Everything
 * else fails with the file, the line and the rule.
 */
import { markdownToMdast, mdxToMdast, type MdastNode } from 'satteri';
import { startTags } from '../core/html-tree';
import type { ContentProblem } from '../core/content-problem';
import { linkProblem, type LinkContext } from './links';

/** The site's own components a page may import, by the path it imports them from. */
const SITE_CONTENT_COMPONENTS: Readonly<Record<string, string>> = {
  '~/components/Figure.astro': 'Figure',
  '~/components/FigureSeries.astro': 'FigureSeries',
  '~/components/FigureSources.astro': 'FigureSources',
  '~/components/FigureTable.astro': 'FigureTable',
  '~/components/StatCard.astro': 'StatCard',
  '~/components/StatGrid.astro': 'StatGrid',
  '~/components/Target.astro': 'Target',
  '~/components/maps/ChartCards.astro': 'ChartCards',
  '~/components/maps/ChildLabourMap.astro': 'ChildLabourMap',
  '~/components/maps/ForcedLabourMap.astro': 'ForcedLabourMap',
  '~/components/maps/TrendChart.astro': 'TrendChart',
  '~/components/home/HeadlineFigure.astro': 'HeadlineFigure',
  '~/components/home/LatestData.astro': 'LatestData',
  '~/components/home/ProgrammeAtAGlance.astro': 'ProgrammeAtAGlance',
  '~/components/home/WaysInByRole.astro': 'WaysInByRole',
};

/**
 * Starlight's documented components a page may import from '@astrojs/starlight/components'. Left
 * out: Code and FileTree (they take code and markup as input) and Icon (pages have no use for it).
 */
const STARLIGHT_CONTENT_COMPONENTS = [
  'Aside',
  'Badge',
  'Card',
  'CardGrid',
  'LinkButton',
  'LinkCard',
  'Steps',
  'TabItem',
  'Tabs',
] as const;
const STARLIGHT_MODULE = '@astrojs/starlight/components';

/**
 * HTML elements a page may write, after hast-util-sanitize's GitHub schema (which GitHub uses for
 * READMEs), with table captions added. No script, style, meta, link, base, iframe, object, embed, form,
 * input or any element that loads or runs something.
 */
const HTML_ELEMENTS: ReadonlySet<string> = new Set([
  ...['a', 'abbr', 'b', 'bdi', 'bdo', 'blockquote', 'br', 'caption', 'cite', 'code', 'dd', 'del', 'details'],
  ...['dfn', 'div', 'dl', 'dt', 'em', 'figcaption', 'figure', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'i'],
  ...['img', 'ins', 'kbd', 'li', 'mark', 'ol', 'p', 'pre', 'q', 'rp', 'rt', 'ruby', 's', 'samp', 'section'],
  ...['small', 'span', 'strong', 'sub', 'summary', 'sup', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead'],
  ...['time', 'tr', 'u', 'ul', 'var', 'wbr'],
]);

/** Attributes any allowed HTML element may carry. No on*, style, class, id, or data-* (data-pagefind-* among them). */
const GLOBAL_ATTRIBUTES = new Set(['title', 'lang', 'dir', 'translate', 'aria-label', 'aria-describedby', 'hidden']);

/** Attributes particular elements may carry besides the global ones. */
const ELEMENT_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  a: ['href', 'hreflang'],
  img: ['src', 'alt', 'width', 'height', 'loading', 'decoding'],
  blockquote: ['cite'],
  q: ['cite'],
  del: ['cite', 'datetime'],
  ins: ['cite', 'datetime'],
  time: ['datetime'],
  details: ['open'],
  ol: ['start', 'reversed', 'type'],
  li: ['value'],
  td: ['colspan', 'rowspan', 'headers'],
  th: ['colspan', 'rowspan', 'headers', 'scope', 'abbr'],
};

/** Attributes whose value is an address: checked as a link. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'cite', 'link']);

/** Markdown node types a page may hold (those of CommonMark, GFM and frontmatter). */
const MARKDOWN_NODES = new Set([
  ...['root', 'yaml', 'paragraph', 'heading', 'thematicBreak', 'blockquote', 'list', 'listItem', 'code'],
  ...['inlineCode', 'text', 'emphasis', 'strong', 'delete', 'break', 'link', 'image', 'linkReference'],
  ...['imageReference', 'definition', 'footnoteDefinition', 'footnoteReference', 'table', 'tableRow'],
  ...['tableCell', 'html'],
]);

/** Components whose `id` names a figure in content/figures/. */
const FIGURE_ID_COMPONENTS = new Set(['Figure', 'StatCard']);

export interface MarkupContext extends LinkContext {
  figureIds: ReadonlySet<string>;
  draftFigureIds?: ReadonlySet<string>;
  /** The published figures' indicators and areas (<FigureSeries>, <HeadlineFigure>). */
  figures?: readonly { indicator: string; area: string }[];
  /** The published figures files' names (<FigureSources prefixes>). */
  figureFiles?: readonly string[];
  /** The published targets' ids (<Target id>). */
  targetIds?: ReadonlySet<string>;
}

type Node = MdastNode & {
  type: string;
  value?: string;
  url?: string;
  name?: string | null;
  attributes?: JsxAttribute[];
  children?: Node[];
  position?: { start: { line: number } };
};
type JsxAttribute = {
  type: string;
  name?: string;
  value?: string | null | { type: string; value: string };
};

/** The rules this module enforces, in the words CONTRIBUTING.md prints. */
export const MARKUP_RULES = [
  "a page body is parsed with the build's own MDX/Markdown parser before Astro compiles it",
  `imports only of the site's content components (${Object.values(SITE_CONTENT_COMPONENTS).join(', ')}) and Starlight's ${STARLIGHT_CONTENT_COMPONENTS.join(', ')}, written \`import Name from '…'\` or \`import { A, B } from '…'\``,
  "no export, no `{expression}` other than a `{/* comment */}` or a text literal such as `{' '}`, no `{...spread}`",
  'components with string, number, true/false literal attributes (or lists and objects of them); no directive (`set:html`, `is:raw`, `client:…`), `on*` or `style` attribute; no `<` or `>` in a text attribute',
  'HTML elements only from a GitHub-style allow-list (no `script`, `style`, `meta`, `link`, `base`, `iframe`, `object`, `embed`, `form`), with its attributes (no `on*`, `style`, `class`, `id`, `data-*`)',
  'the figure components name published figures: `<Figure id>`, `<StatCard id>`, `<FigureSeries indicator>`, `<HeadlineFigure indicator>` (a World figure), `<FigureSources prefixes>`; `<Target id>` names a target in content/targets/; a `<FigureTable>` holds a `<caption>` and a `<Figure>`',
  'links and image sources: paths on this site, relative addresses, https:// (or http://) addresses without credentials, mailto: or tel:',
] as const;

/** Every problem in a page's body (and its frontmatter links), each with its line. */
export function checkMarkup(file: string, text: string, context: MarkupContext): ContentProblem[] {
  const problems: ContentProblem[] = [];
  let tree: Node;
  try {
    tree = (file.endsWith('.md') ? markdownToMdast(text) : mdxToMdast(text)) as Node;
  } catch (error) {
    // The build would fail on it too; the parser's message names the line.
    return [{ file, field: '(MDX syntax)', rule: String((error as Error).message).split('\n')[0]! }];
  }
  const at = (node: Node, offset = 0) => `line ${(node.position?.start.line ?? 1) + offset}`;
  const report = (node: Node, rule: string, offset = 0) => problems.push({ file, field: at(node, offset), rule });
  /** Component names the page has imported. */
  const imported = new Set<string>();

  const checkLink = (node: Node, link: string) => {
    const problem = linkProblem(link, context);
    if (problem) report(node, problem);
  };

  const checkAttributeValue = (node: Node, owner: string, attribute: JsxAttribute) => {
    const value = attribute.value;
    if (value === null || value === undefined) return; // <Aside hidden>: true
    if (typeof value === 'string') {
      if (URL_ATTRIBUTES.has(attribute.name!)) checkLink(node, value);
      return;
    }
    const literal = parseLiteral(value.value);
    if (literal === undefined)
      report(
        node,
        `<${owner} ${attribute.name}={${shorten(value.value)}}>: an attribute value must be a literal (text, number, true/false, or a list or object of them), not code that runs during the build`,
      );
    else if (URL_ATTRIBUTES.has(attribute.name!) && typeof literal === 'string') checkLink(node, literal);
  };

  const checkComponent = (node: Node, name: string) => {
    if (!imported.has(name)) {
      report(
        node,
        `<${name}> is not a component this page imported from the allow-list: pages may use ${[...Object.values(SITE_CONTENT_COMPONENTS), ...STARLIGHT_CONTENT_COMPONENTS].join(', ')}`,
      );
      return;
    }
    for (const attribute of node.attributes ?? []) {
      if (attribute.type !== 'mdxJsxAttribute') continue;
      const attr = attribute.name!;
      if (attr.includes(':'))
        report(
          node,
          `<${name} ${attr}>: directives such as set:html, is:raw or client:load are not allowed in content`,
        );
      else if (/^on/i.test(attr)) report(node, `inline event handler ${attr}= on <${name}> is not allowed in content`);
      else if (attr === 'style' || attr.startsWith('data-'))
        report(node, `<${name} ${attr}>: style and data-* attributes are not allowed in content`);
      else if (typeof attribute.value === 'string' && /[<>]/.test(attribute.value))
        report(
          node,
          `<${name} ${attr}>: must not contain "<" or ">": write plain text (some components write their text as HTML)`,
        );
      else checkAttributeValue(node, name, attribute);
    }
    const literal = (attribute: string) => {
      const value = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === attribute)?.value;
      return typeof value === 'string'
        ? value
        : value && typeof value === 'object'
          ? parseLiteral(value.value)
          : undefined;
    };
    if (name === 'FigureTable') {
      const inside = descendants(node);
      if (!inside.some((n) => n.name === 'caption'))
        report(node, '<FigureTable>: the table needs a <caption> saying what it shows');
      if (!inside.some((n) => n.name === 'Figure'))
        report(node, '<FigureTable>: the table has no <Figure> in it; use a plain table');
    }
    const indicator = literal('indicator');
    if ((name === 'FigureSeries' || name === 'HeadlineFigure') && typeof indicator === 'string' && context.figures) {
      const area = name === 'HeadlineFigure' ? 'World' : literal('area');
      if (!context.figures.some((f) => f.indicator === indicator && (typeof area !== 'string' || f.area === area)))
        report(
          node,
          `<${name} indicator="${indicator}"${typeof area === 'string' ? ` area="${area}"` : ''}>: no published figure has that indicator${typeof area === 'string' ? ' and area' : ''} in content/figures/`,
        );
    }
    const prefixes = literal('prefixes');
    if (name === 'FigureSources' && Array.isArray(prefixes) && context.figureFiles)
      for (const prefix of prefixes)
        if (typeof prefix === 'string' && !context.figureFiles.some((file) => file.startsWith(prefix)))
          report(node, `<FigureSources>: no published figures file in content/figures/ starts with "${prefix}"`);
    const target = literal('id');
    if (name === 'Target' && typeof target === 'string' && context.targetIds && !context.targetIds.has(target))
      report(node, `<Target id="${target}">: no target with id "${target}" in content/targets/`);
    if (FIGURE_ID_COMPONENTS.has(name)) {
      const id = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id')?.value;
      if (typeof id === 'string' && !context.figureIds.has(id))
        report(
          node,
          context.draftFigureIds?.has(id)
            ? `<${name} id="${id}">: figure "${id}" is in a draft file (draft: true), which is not published`
            : `<${name} id="${id}">: no figure with id "${id}" in content/figures/`,
        );
    }
  };

  const checkHtmlElement = (
    node: Node,
    name: string,
    attributes: Iterable<[string, string | JsxAttribute['value']]>,
    offset = 0,
  ) => {
    if (!HTML_ELEMENTS.has(name)) {
      report(
        node,
        name === 'script'
          ? "inline <script> is not allowed in content: nothing an editor writes may run in readers' browsers (interactive parts are components in src/components/)"
          : `<${name}> is not an HTML element content may use (allowed: ${[...HTML_ELEMENTS].join(', ')})`,
        offset,
      );
      return;
    }
    for (const [attribute, value] of attributes) {
      const lower = attribute.toLowerCase();
      if (/^on/.test(lower)) {
        report(node, `inline event handler ${lower}= on <${name}> is not allowed in content`, offset);
      } else if (!GLOBAL_ATTRIBUTES.has(lower) && !ELEMENT_ATTRIBUTES[name]?.includes(lower)) {
        report(
          node,
          `<${name} ${lower}>: not an attribute content may use on <${name}>${lower === 'style' || lower.startsWith('data-') ? ' (style and data-* attributes are not allowed)' : ''}`,
          offset,
        );
      } else if (typeof value === 'string') {
        if (URL_ATTRIBUTES.has(lower)) checkLink(node, value);
      } else if (value && typeof value === 'object') {
        checkAttributeValue(node, name, { type: 'mdxJsxAttribute', name: lower, value });
      }
    }
  };

  const visit = (node: Node) => {
    switch (node.type) {
      case 'mdxjsEsm':
        checkImports(node, (offset, rule) => report(node, rule, offset), imported);
        return;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        // A comment, or a text literal such as {' '} (Prettier writes it to keep a space beside a component).
        if (!isComment(node.value ?? '') && typeof parseLiteral(node.value ?? '') !== 'string')
          report(
            node,
            `{${shorten(node.value ?? '')}}: expressions are not allowed in content (they run during the build); write the text or use a component. Only {/* comments */} and text literals such as {' '} are allowed`,
          );
        return;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const name = node.name;
        for (const attribute of node.attributes ?? [])
          if (attribute.type !== 'mdxJsxAttribute')
            report(
              node,
              `<${name ?? ''} {${shorten(String(attribute.value))}}>: spread attributes are not allowed in content`,
            );
        if (name === null || name === undefined) {
          // A fragment (<>…</>) renders only its children.
        } else if (/^[A-Z]/.test(name) || name.includes('.')) {
          checkComponent(node, name);
        } else {
          checkHtmlElement(
            node,
            name,
            (node.attributes ?? [])
              .filter((a) => a.type === 'mdxJsxAttribute')
              .map((a) => [a.name!, a.value] as [string, JsxAttribute['value']]),
          );
        }
        break;
      }
      case 'html':
        // Raw HTML in a .md file, read with the browser's tokenizer.
        for (const tag of startTags(node.value ?? ''))
          checkHtmlElement(
            node,
            tag.name,
            tag.attributes,
            (node.value ?? '').slice(0, tag.index).split('\n').length - 1,
          );
        return;
      case 'link':
      case 'image':
      case 'definition':
        checkLink(node, node.url ?? '');
        break;
      default:
        if (!MARKDOWN_NODES.has(node.type)) report(node, `${node.type}: this kind of markup is not allowed in content`);
    }
    for (const child of node.children ?? []) visit(child);
  };
  // Imports first: a component may be used above the import that brings it in.
  for (const child of tree.children ?? []) if (child.type === 'mdxjsEsm') visit(child);
  for (const child of tree.children ?? []) if (child.type !== 'mdxjsEsm') visit(child);
  return problems;
}

/** Every node below `node`. */
function descendants(node: Node): Node[] {
  return (node.children ?? []).flatMap((child) => [child, ...descendants(child)]);
}

/** An import the allow-list accepts: `import Name from '…'` or `import { A, B } from '…'`. */
const IMPORT =
  /\s*import\s+(?:([A-Za-z][A-Za-z0-9]*)|\{\s*([A-Za-z][A-Za-z0-9]*(?:\s*,\s*[A-Za-z][A-Za-z0-9]*)*)\s*,?\s*\})\s+from\s+(['"])([^'"\n]*)\3[ \t]*;?[ \t]*(?:\n|$)/y;

/**
 * Checks an ESM block (imports and exports at the top level of an MDX page): each statement must be
 * an allowed import; anything else (an export, any other code) is reported at its line.
 */
function checkImports(node: Node, report: (lineOffset: number, rule: string) => void, imported: Set<string>) {
  const source = node.value ?? '';
  let index = 0;
  const lineOf = (offset: number) => source.slice(0, offset).split('\n').length - 1;
  while (index < source.length) {
    if (/^\s*$/.test(source.slice(index))) return;
    IMPORT.lastIndex = index;
    const match = IMPORT.exec(source);
    if (!match) {
      const start = index + (/^\s*/.exec(source.slice(index))?.[0].length ?? 0);
      const statement = source.slice(start).split('\n')[0]!;
      report(
        lineOf(start),
        /^export\b/.test(statement)
          ? `${shorten(statement)}: export is not allowed in content (it runs during the build); write the text, a table or a component instead`
          : `${shorten(statement)}: only imports of the allowed components are allowed at the top of a page, one per line`,
      );
      return;
    }
    const [, defaultName, names, , from] = match;
    const line = lineOf(index + (match[0].length - match[0].trimStart().length));
    index = IMPORT.lastIndex;
    if (defaultName !== undefined) {
      const expected = SITE_CONTENT_COMPONENTS[from!];
      if (expected === undefined)
        report(
          line,
          `import from "${from}" is not allowed: pages may import ${Object.keys(SITE_CONTENT_COMPONENTS).join(', ')} and { ${STARLIGHT_CONTENT_COMPONENTS.join(', ')} } from "${STARLIGHT_MODULE}"`,
        );
      else if (expected !== defaultName)
        report(line, `import ${defaultName} from "${from}": import it under its own name, ${expected}`);
      else imported.add(defaultName);
    } else {
      for (const name of names!.split(',').map((n) => n.trim())) {
        if (from === STARLIGHT_MODULE && (STARLIGHT_CONTENT_COMPONENTS as readonly string[]).includes(name))
          imported.add(name);
        else
          report(
            line,
            from === STARLIGHT_MODULE
              ? `import { ${name} } from "${from}" is not allowed: pages may import { ${STARLIGHT_CONTENT_COMPONENTS.join(', ')} } from it`
              : `import from "${from}" is not allowed: pages may import ${Object.keys(SITE_CONTENT_COMPONENTS).join(', ')} and { ${STARLIGHT_CONTENT_COMPONENTS.join(', ')} } from "${STARLIGHT_MODULE}"`,
          );
      }
    }
  }
}

/** True for an expression that holds only block comments ({/* … *\/}), which MDX drops. */
function isComment(expression: string): boolean {
  return expression.replace(/\/\*[\s\S]*?\*\//g, '').trim() === '' && expression.trim() !== '';
}

const shorten = (text: string) => {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 60 ? `${line.slice(0, 57)}…` : line;
};

type Literal = string | number | boolean | null | Literal[] | { [key: string]: Literal };

/**
 * The value of a JavaScript literal written in an attribute (`{3}`, `{['a', 'b']}`, `{{ a: 1 }}`), or
 * undefined when the text is anything else: only literals are data, anything else is code.
 */
export function parseLiteral(source: string): Literal | undefined {
  let i = 0;
  const space = () => {
    while (i < source.length && /\s/.test(source[i]!)) i++;
  };
  const fail = Symbol('not a literal');
  const value = (): Literal => {
    space();
    const c = source[i];
    if (c === '"' || c === "'") {
      let out = '';
      i++;
      while (i < source.length && source[i] !== c) {
        if (source[i] === '\\') {
          const next = source[i + 1];
          if (next === undefined || !`\\'"`.includes(next)) throw fail;
          out += next;
          i += 2;
        } else if (source[i] === '\n') {
          throw fail;
        } else out += source[i++];
      }
      if (source[i] !== c) throw fail;
      i++;
      return out;
    }
    if (c === '[') {
      i++;
      const list: Literal[] = [];
      space();
      while (source[i] !== ']') {
        list.push(value());
        space();
        if (source[i] === ',') i++;
        else if (source[i] !== ']') throw fail;
        space();
      }
      i++;
      return list;
    }
    if (c === '{') {
      i++;
      const object: Record<string, Literal> = Object.create(null) as Record<string, Literal>;
      space();
      while (source[i] !== '}') {
        const key = /^(?:[A-Za-z_][A-Za-z0-9_]*|"[^"\\\n]*"|'[^'\\\n]*')/.exec(source.slice(i))?.[0];
        if (!key) throw fail;
        i += key.length;
        space();
        if (source[i] !== ':') throw fail;
        i++;
        object[key.replace(/^["']|["']$/g, '')] = value();
        space();
        if (source[i] === ',') i++;
        else if (source[i] !== '}') throw fail;
        space();
      }
      i++;
      return object;
    }
    const word = /^(?:-?\d+(?:\.\d+)?|true|false|null)(?![\w$])/.exec(source.slice(i))?.[0];
    if (!word) throw fail;
    i += word.length;
    return JSON.parse(word) as Literal;
  };
  try {
    const result = value();
    space();
    return i === source.length ? result : undefined;
  } catch (error) {
    if (error === fail) return undefined;
    throw error;
  }
}
