// Each host's shadow root with the widget's and the panels' styles, the loader's own panels
// (a failed download, no WebAssembly, a CSP that blocks it, a crash), and printing one widget.
import { FALLBACK_CLASS as F, TEXT } from '../generated/facts.js';
import { language, storageKey } from './language.js';

// The hosts that have their widget (or have it coming): kept here, not in an attribute, so that
// markup saved with a widget in it (a page builder's snapshot) still gets one.
export const mounted = new WeakSet();

// Minified by hand: every byte of this file is on a blog post's first load.
const PANEL_CSS =
  ':host{all:initial;display:block}' +
  `.${F}{box-sizing:border-box;max-width:42rem;margin:0 auto;padding:1rem;border:1px solid #8c959f;` +
  'border-radius:10px;background:#fff;color:#1b1f24;font:1rem/1.5 system-ui,sans-serif}' +
  `.${F} p{margin:0 0 .75rem}` +
  // A button's border takes its text colour (currentColor), in both schemes.
  `.${F} button{min-height:44px;margin:0 .5rem 0 0;padding:.5rem 1rem;border:1px solid;` +
  'border-radius:10px;background:#fff;color:#0a58b8;font:inherit;font-weight:600;cursor:pointer}' +
  `@media (prefers-color-scheme:dark){.${F}{background:#161b22;color:#e6edf3;border-color:#6e7681}` +
  `.${F} button{background:#161b22;color:#8ab8ff}}`;

// The widget's styles arrive with the first language file. Constructed style sheets are CSSOM,
// not inline style: a strict style-src allows them. Browsers without them get a <style>.
const SHEETS = 'replaceSync' in CSSStyleSheet.prototype ? [new CSSStyleSheet(), new CSSStyleSheet()] : null;
SHEETS?.[1].replaceSync(PANEL_CSS);
let widgetCss = '';

/** Takes the widget's styles from the first language file that arrives (later ones bring the
 *  same); `hosts` get them at once. */
export function useWidgetCss(css, hosts) {
  if (widgetCss) return;
  widgetCss = css;
  SHEETS?.[0].replaceSync(css);
  hosts.forEach(shadowOf); // a <style> for a browser that needs one
}

/** The host's shadow root, which the page's styles cannot reach, with the widget's and the
 *  panels' styles; again after the module emptied it, for a browser that needs a <style>. */
export function shadowOf(host) {
  let shadow = host.shadowRoot;
  try {
    shadow ??= host.attachShadow({ mode: 'open' });
  } catch {
    // An element that cannot have one (<li>, <a> …): no widget there.
    return null;
  }
  if (SHEETS) shadow.adoptedStyleSheets = SHEETS;
  else (shadow.querySelector('style') ?? shadow.appendChild(document.createElement('style'))).textContent = widgetCss + PANEL_CSS;
  return shadow;
}

/** Shows a message with buttons inside `host`, instead of what it showed. */
export function showPanel(host, kind, buttons = []) {
  const text = TEXT[language(host)];
  const panel = document.createElement('div');
  panel.className = F;
  panel.dataset.ctFallback = kind;
  panel.setAttribute('role', 'alert');
  const message = document.createElement('p');
  message.textContent = text[kind];
  panel.append(message);
  for (const [label, action] of buttons) {
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = text[label];
    button.addEventListener('click', action);
    panel.append(button);
  }
  shadowOf(host)?.replaceChildren(panel);
  shadowOf(host); // the <style>, for a browser that needs one
  mounted.delete(host);
}

// On paper, only the widget being printed: the page around it is hidden while a widget is
// marked. The sheet stays on the page's document, so printing the post itself later prints it.
// The host spans the page whatever the theme gives its element (a margin, padding or border
// on every div would otherwise push the lines' last words past the paper's edge).
const PRINT_ALONE_CSS =
  '@media print{body:has([data-ct-printing]) *{visibility:hidden!important}' +
  'body:has([data-ct-printing]) [data-ct-printing]{visibility:visible!important;position:absolute!important;' +
  'left:0!important;top:0!important;width:100%!important;margin:0!important;box-sizing:border-box!important}}';
let printSheet;

/** Prints the widget on `host` without the rest of the page (the module asks for it). */
export function printAlone(host) {
  if (SHEETS && !printSheet) {
    printSheet = new CSSStyleSheet();
    printSheet.replaceSync(PRINT_ALONE_CSS);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, printSheet];
  }
  host.setAttribute('data-ct-printing', '');
  print();
  host.removeAttribute('data-ct-printing');
}

/** Saves what localStorage holds for this host: read here, since the module has crashed. */
export function downloadStored(host) {
  let raw = null;
  try {
    raw = localStorage.getItem(storageKey(host));
  } catch {
    // Storage blocked: there is nothing saved to offer.
  }
  if (raw === null) return;
  const url = URL.createObjectURL(new Blob([raw], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = 'client-triage-data.json';
  link.click();
  // Not at once: Safari on iOS loses a download whose URL is revoked right after the click
  // (WebKit bug 211234).
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
