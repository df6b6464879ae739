// The takeover: what the reader did on a start screen goes to the module as it mounts the host.
import { FALLBACK_CLASS, INPUT_CLASS, SCREEN_ATTRIBUTE } from '../generated/facts.js';
import { control, controlKey, progress } from './start-screen.js';

/** Hands what the reader did on `shown` over to the module: returns the name typed and the
 *  answer chosen (or '' once Start was clicked), which `mount` passes to the module — never
 *  through the page's DOM, where the page's scripts could read the name. Focus, the open
 *  section and a waiting click follow once the module has drawn the same screen. */
export function handOver(host, shown) {
  const { root, screen } = shown;
  const waiting = shown.waiting ?? shown.pressed;
  const name = root.querySelector(`.${INPUT_CLASS}`)?.value ?? shown.name;
  const answer = screen === 'question' ? root.querySelector(':checked')?.value ?? '' : undefined;
  const at = progress(root);
  const shadow = host.shadowRoot;
  const focused = shown.focused ?? controlKey(shadow.activeElement);
  const open = root.querySelector('details')?.open;
  const observer = new MutationObserver(() => {
    const drawn = shadow.querySelector(`[${SCREEN_ATTRIBUTE}],.${FALLBACK_CLASS}`);
    if (!drawn) return;
    observer.disconnect();
    // Another screen, or another question (stored data after all, another tab's draft):
    // nothing here applies to it.
    if (drawn.getAttribute(SCREEN_ATTRIBUTE) !== screen || progress(drawn) !== at) return;
    const details = drawn.querySelector('details');
    if (open && details) details.open = true;
    control(drawn, focused)?.focus();
    control(drawn, waiting)?.click();
  });
  observer.observe(shadow, { childList: true, subtree: true });
  return [name || undefined, answer];
}
