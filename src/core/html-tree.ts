/**
 * Reading HTML the way a browser does, with parse5 (the WHATWG parsing algorithm): the one place
 * build code parses HTML, so quoting, comments, raw text (<script>, <style>), character references
 * and foreign content (<svg>) are never guessed at with regular expressions.
 */
import {
  defaultTreeAdapter,
  html as spec,
  parse,
  parseFragment,
  serialize,
  Tokenizer,
  TokenizerMode,
  type DefaultTreeAdapterTypes,
  type Token,
} from 'parse5';

export type HtmlNode = DefaultTreeAdapterTypes.Node;
export type HtmlElementNode = DefaultTreeAdapterTypes.Element;
export type HtmlParent = DefaultTreeAdapterTypes.ParentNode;

/** A whole page, with each node's place in the source. */
export const parseDocument = (source: string) => parse(source, { sourceCodeLocationInfo: true });

/** A fragment of a page (a rendered component, a Markdown body), with each node's place in the source. */
export const parseHtmlFragment = (source: string) => parseFragment(source, { sourceCodeLocationInfo: true });

export const serializeHtml = (node: HtmlParent) => serialize(node);

const isElement = (node: HtmlNode): node is HtmlElementNode => 'tagName' in node;

/** Every element below `root`, in document order, including the content of <template>. */
export function elementsOf(root: HtmlParent): HtmlElementNode[] {
  const found: HtmlElementNode[] = [];
  const visit = (parent: HtmlParent) => {
    const children =
      'content' in parent && parent.tagName === 'template' ? parent.content.childNodes : parent.childNodes;
    for (const child of children) {
      if (!isElement(child)) continue;
      found.push(child);
      visit(child);
    }
  };
  visit(root);
  return found;
}

/** The text inside a <script> or <style>, as the browser runs or applies it (and hashes it for CSP). */
export function rawTextOf(element: HtmlElementNode): string {
  return element.childNodes
    .map((child) => (child.nodeName === '#text' ? (child as DefaultTreeAdapterTypes.TextNode).value : ''))
    .join('');
}

/** Elements whose content is not text a reader sees. */
const UNREAD = new Set(['script', 'style', 'template']);

/** The text of a node as a reader gets it: tags gone, character references decoded, no script or style text. */
export function textOf(node: HtmlNode): string {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterTypes.TextNode).value;
  if (!('childNodes' in node) || UNREAD.has(node.nodeName)) return '';
  return node.childNodes.map(textOf).join('');
}

/**
 * The text of an HTML fragment rendered by the site, or of one of its nodes: tags removed, character
 * references decoded, white space collapsed as HTML collapses it (no-break spaces, such as the narrow one
 * French sets before a colon, are kept).
 */
export function plainText(html: string | HtmlNode): string {
  return textOf(typeof html === 'string' ? parseHtmlFragment(html) : html)
    .replace(/[ \t\n\r\f]+/g, ' ')
    .trim();
}

/** An attribute as written in the source: "href", "xlink:href"; undefined when absent. */
export function attributeOf(element: HtmlElementNode, name: string): string | undefined {
  return element.attrs.find((a) => (a.prefix ? `${a.prefix}:${a.name}` : a.name) === name)?.value;
}

/** Text holding character references ("&amp;", "&#39;", "&colon;"…), decoded as a browser would; "<" stays text. */
export function decodeHtmlEntities(text: string): string {
  // Parsed as the content of a <textarea> (RCDATA): references are decoded, tags are not read.
  return textOf(parseFragment(defaultTreeAdapter.createElement('textarea', spec.NS.HTML, []), text, {}));
}

/** A change to HTML source: the text from `start` to `end` (nothing, when they are equal) becomes `text`. */
export interface HtmlEdit {
  start: number;
  end: number;
  text: string;
}

/**
 * HTML with edits made at places found by parsing it (nodes' sourceCodeLocation), leaving every other
 * byte as it was written. Edits must not overlap.
 */
export function applyEdits(source: string, edits: readonly HtmlEdit[]): string {
  let result = source;
  for (const { start, end, text } of [...edits].sort((a, b) => b.start - a.start))
    result = result.slice(0, start) + text + result.slice(end);
  return result;
}

export interface StartTag {
  /** Lower-case tag name. */
  name: string;
  /** Attributes by lower-case name ("xlink:href" keeps its prefix), values decoded; the first of repeats wins. */
  attributes: Map<string, string>;
  /** The start tag as written, and where it starts in the source. */
  source: string;
  index: number;
  /** The raw text of a <script> or <style>, exactly as written between its tags. */
  body?: string;
}

/**
 * Every start tag in a text, as the HTML tokenizer reads them: quoted attribute values (which may
 * contain "<script>" as text), comments, and the raw text of <script> and <style>. Unlike a full
 * parse, no element makes the tags after it text (MDX is not HTML: a <title> or <textarea> in a page's
 * body does not hide what follows it), so nothing written in content escapes a check.
 */
export function startTags(source: string): StartTag[] {
  const tags: StartTag[] = [];
  const ignore = () => {};
  /** The <script> or <style> whose raw text is being read, and where that text starts. */
  let rawText: { tag: StartTag; from: number } | undefined;
  const tokenizer: Tokenizer = new Tokenizer(
    { sourceCodeLocationInfo: true },
    {
      onStartTag(token: Token.TagToken) {
        const start = token.location?.startOffset ?? 0;
        const end = token.location?.endOffset ?? start;
        const attributes = new Map<string, string>();
        for (const a of token.attrs) {
          const name = (a.prefix ? `${a.prefix}:${a.name}` : a.name).toLowerCase();
          if (!attributes.has(name)) attributes.set(name, a.value);
        }
        const tag: StartTag = {
          name: token.tagName.toLowerCase(),
          attributes,
          source: source.slice(start, end),
          index: start,
        };
        tags.push(tag);
        if (tag.name === 'script' || tag.name === 'style') {
          tokenizer.state = tag.name === 'script' ? TokenizerMode.SCRIPT_DATA : TokenizerMode.RAWTEXT;
          rawText = { tag, from: end };
        }
      },
      onEndTag(token: Token.TagToken) {
        if (rawText) rawText.tag.body = source.slice(rawText.from, token.location?.startOffset ?? rawText.from);
        rawText = undefined;
      },
      onEof() {
        if (rawText) rawText.tag.body = source.slice(rawText.from);
      },
      onComment: ignore,
      onDoctype: ignore,
      onCharacter: ignore,
      onNullCharacter: ignore,
      onWhitespaceCharacter: ignore,
    },
  );
  tokenizer.write(source, true);
  return tags;
}
