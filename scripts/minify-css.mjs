// The style sheets as the build ships them (the page's, and the widget's in the language files):
// comments dropped, whitespace folded and removed where CSS never needs it (around braces,
// semicolons, commas and `>`, after a colon), and a number's leading zero (`0.5em` is `.5em`).
// Never before a colon (`a :hover` differs from `a:hover`), and never inside a quoted string,
// which is copied as it is.
export function minifyCss(css) {
  const tight = (c) => '{};,>'.includes(c);
  let out = '';
  let space = false;
  for (let i = 0; i < css.length; i += 1) {
    const c = css[i];
    if (c === '/' && css[i + 1] === '*') {
      const end = css.indexOf('*/', i + 2);
      i = end < 0 ? css.length : end + 1;
      space = true;
    } else if (/\s/.test(c)) {
      space = true;
    } else {
      const last = out.at(-1);
      if (space && last !== undefined && !tight(last) && last !== ':' && !tight(c)) out += ' ';
      space = false;
      if (c === '}' && out.endsWith(';')) out = out.slice(0, -1);
      // Not the zero of `10.5em`, of `-0.5em` or of a name.
      if (c === '0' && /^\.\d/.test(css.slice(i + 1, i + 3)) && !/[\w.#-]/.test(out.at(-1) ?? '')) continue;
      out += c;
      if (c === '"' || c === "'") {
        const end = css.indexOf(c, i + 1);
        const stop = end < 0 ? css.length : end + 1;
        out += css.slice(i + 1, stop);
        i = stop - 1;
      }
    }
  }
  return out;
}
