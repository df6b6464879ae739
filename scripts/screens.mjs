// The pre-rendered start screens (examples/texts.rs writes them with yew's server renderer) as
// trees the loader builds without innerHTML: `[tag, attributes, ...children]`, text as strings.
// The markup is Yew's own, so this reads only what Yew writes: double-quoted attributes, the
// five escapes of html-escape, void elements without a closing tag.

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const ESCAPES = { amp: '&', lt: '<', gt: '>', quot: '"', '#x27': "'", '#39': "'", '#x2F': '/' };
const TOKEN = /<\/([a-z][a-z0-9-]*)>|<([a-z][a-z0-9-]*)((?:\s+[^\s"'>/=]+(?:="[^"]*")?)*)\s*\/?>|([^<]+)/gy;
const ATTRIBUTE = /([^\s"'>/=]+)(?:="([^"]*)")?/g;

function unescape(text) {
  return text.replace(/&([a-z]+|#x?[0-9a-f]+);/gi, (entity, name) => {
    if (!(name in ESCAPES)) throw new Error(`screens: unknown entity ${entity}`);
    return ESCAPES[name];
  });
}

/** The tree of `html`, which must hold exactly one root element. */
export function tree(html) {
  const top = ['', {}];
  const open = [top];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < html.length) {
    const at = TOKEN.lastIndex;
    const token = TOKEN.exec(html);
    if (!token) throw new Error(`screens: cannot read the markup at ${at}: ${html.slice(at, at + 40)}`);
    const [, closing, tag, attributes, text] = token;
    if (closing) {
      if (open.length < 2 || open.at(-1)[0] !== closing) throw new Error(`screens: </${closing}> closes nothing open`);
      open.pop();
    } else if (text !== undefined) {
      open.at(-1).push(unescape(text));
    } else {
      const element = [tag, Object.fromEntries([...attributes.matchAll(ATTRIBUTE)].map(([, name, value = '']) => [name, unescape(value)]))];
      open.at(-1).push(element);
      if (!VOID.has(tag)) open.push(element);
    }
  }
  if (open.length !== 1 || top.length !== 3 || typeof top[2] === 'string') throw new Error('screens: expected one root element, all closed');
  return top[2];
}

const TEXT_ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
const ATTRIBUTE_ESCAPES = { '&': '&amp;', '"': '&quot;' };

/** The markup of a tree, as tree() reads it: for a page's HTML to carry a start screen. */
export function markup(node) {
  if (typeof node === 'string') return node.replace(/[&<>]/g, (c) => TEXT_ESCAPES[c]);
  const [tag, attributes, ...children] = node;
  const written = Object.entries(attributes)
    .map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${value.replace(/[&"]/g, (c) => ATTRIBUTE_ESCAPES[c])}"`))
    .join('');
  return VOID.has(tag) ? `<${tag}${written}>` : `<${tag}${written}>${children.map(markup).join('')}</${tag}>`;
}
