// The start screen before the module: the intro and question 1, from the reader's language file
// (prerender) or from the page's own HTML (adoptStartScreen), working as plain HTML until the
// module takes over (handover.js).
import { FALLBACK_CLASS, HEADING_CLASS, INPUT_CLASS, INSTANCE_ID, ROOT_CLASS, START_CLASS, THEME_OPTION } from '../generated/facts.js';
import { language, stored } from './language.js';
import { mounted, shadowOf } from './panels.js';

/** Elements from a pre-rendered tree, `[tag, attributes, ...children]`. No innerHTML: a page
 *  that requires Trusted Types refuses it. */
export function build(node, namespace) {
  if (typeof node === 'string') return document.createTextNode(node);
  const [tag, attributes, ...children] = node;
  if (tag === 'svg') namespace = 'http://www.w3.org/2000/svg';
  const element = namespace ? document.createElementNS(namespace, tag) : document.createElement(tag);
  for (const name in attributes) element.setAttribute(name, attributes[name]);
  element.append(...children.map((child) => build(child, namespace)));
  return element;
}

/** What focus and a waiting click go by from the start screen to the module's: a control's id
 *  (without the widget's number), else its value, class and text. */
export const controlKey = (control) => control && (control.id.replace(INSTANCE_ID, '') || control.value + control.className + control.textContent);
export const control = (root, key) =>
  key ? [...root.querySelectorAll('button,input,summary,[tabindex]')].find((each) => controlKey(each) === key) : null;

/** Shows the intro on `host` from the pre-rendered `screens` and makes it work until the module
 *  takes over: Start shows question 1, the name field, the folded section and the answers are
 *  plain HTML. Any other button (Back, Next, the language, an import) waits for the module,
 *  which then carries it out; `name` fills the name field. Returns what the takeover needs:
 *  the root on screen and that waiting click. Stored data, or storage the browser refuses,
 *  would make the reader's screen another one: such a host waits for the module as before; so
 *  does a host that already shows a message (the module failed before its language file
 *  arrived). */
export function prerender(host, [intro, question], wrapper = document.createElement('div'), name = '') {
  try {
    if (mounted.has(host) || host.shadowRoot?.querySelector(`.${FALLBACK_CLASS}`) || stored(host) !== null) return;
  } catch {
    return;
  }
  const shadow = shadowOf(host);
  if (!shadow) return;
  const shown = { screen: 'intro' };
  // `wrapper`: as the module's mount point. Screens come as trees, or as elements when the page
  // brought them (adoptStartScreen).
  const show = (screen) => {
    shown.root = screen.nodeType ? screen : build(screen);
    const theme = (host.dataset[THEME_OPTION] ?? '').trim();
    shown.root.dataset[THEME_OPTION] = theme === 'light' || theme === 'dark' ? theme : 'auto';
    wrapper.replaceChildren(shown.root);
  };
  show(intro);
  // Typed on a start screen in another language, before this one replaced it.
  if (name) shown.root.querySelector(`.${INPUT_CLASS}`).value = name;
  const wait = (clicked) => {
    shown.waiting = controlKey(clicked);
    // Before inert takes focus away: the module gives it back.
    shown.focused = controlKey(shadow.activeElement);
    shown.root.inert = true;
  };
  // A press held longer than the takeover waits for (pressEnded) is released on the module's
  // screen, where no click fires: handOver carries it out as a waiting click.
  wrapper.addEventListener('pointerdown', (event) => (shown.pressed = controlKey(event.target.closest('button'))));
  wrapper.addEventListener('click', (event) => {
    shown.pressed = null;
    const control = event.target.closest('button,input[type=file]');
    if (!control || control.type === 'submit') return;
    event.preventDefault();
    if (!control.matches(`.${START_CLASS}`)) return wait(control);
    shown.name = shown.root.querySelector(`.${INPUT_CLASS}`).value;
    shown.screen = 'question';
    show(question);
    shown.root.querySelector(`.${HEADING_CLASS}`).focus();
  });
  wrapper.addEventListener('submit', (event) => {
    event.preventDefault();
    wait(event.submitter ?? shown.root.querySelector('[type=submit]'));
  });
  // A press on the screen (pointer down, not yet up) must end on the element it began on: were
  // the module to draw its own screen in between, the click would be lost (a Start that does
  // nothing). `pressEnded` tells the takeover when it may go on.
  wrapper.addEventListener('pointerdown', () => (shown.pressing = true));
  const ended = () =>
    // After the click, which follows pointerup in the same task.
    setTimeout(() => {
      shown.pressing = false;
      shown.released?.();
    });
  addEventListener('pointerup', ended, true);
  addEventListener('pointercancel', ended, true);
  if (!wrapper.isConnected) shadow.replaceChildren(wrapper);
  shadowOf(host);
  return shown;
}

/** Resolves once no press on a start screen is in progress (or after 10 s: a press held that
 *  long is no click). */
export function pressEnded(screens) {
  const pressed = screens.filter((shown) => shown?.pressing);
  const ends = pressed.map((shown) => new Promise((resolve) => (shown.released = resolve)));
  return Promise.race([Promise.all(ends), new Promise((resolve) => setTimeout(resolve, 10_000))]);
}

/** Which question a screen shows (its progress), '' on the intro. */
export const progress = (root) => root.querySelector('[role=progressbar]')?.getAttribute('aria-valuenow') ?? '';

/** The start screen the page's own HTML brought: a declarative shadow root from
 *  index.html, the WordPress plugin or the package's snippet, with the widget's styles, the
 *  intro per language (Start disabled and the data section hidden until it works) and
 *  question 1 in a template. Made to work at once, before load(), the way prerender() makes
 *  the fetched one work. One in another language than the reader's waits, inert, for
 *  prerender() to replace it; where prerender() declines (stored data: the reader's screen is
 *  another), it goes, as without one. Returns the working screen (`shown`, if any) and the
 *  name typed into any of them before this ran: the next screen starts with it. */
export function adoptStartScreen(host) {
  const starts = [...(host.shadowRoot?.querySelectorAll('[data-ct-start]') ?? [])];
  const name = starts.map((start) => start.querySelector(`.${INPUT_CLASS}`)?.value).find(Boolean);
  const mine = starts.find((start) => start.dataset.ctStart === language(host));
  for (const start of starts) if (start !== mine) start.inert = true;
  if (!mine) return { name };
  starts.forEach((start) => start !== mine && start.remove());
  // Run already by an older build's loader that could not hand it over: its template is gone,
  // and a fresh start screen (with the name) takes its place.
  if (!mine.querySelector('template')) return { name };
  const intro = mine.querySelector(`.${ROOT_CLASS}`);
  const question = mine.querySelector('template').content.firstElementChild;
  const shown = prerender(host, [intro, question], mine, name);
  if (!shown) {
    mine.remove();
    return { name };
  }
  intro.querySelector(`.${START_CLASS}`).disabled = false;
  intro.querySelector('details').hidden = false;
  return { shown, name };
}
