// Runs in the measured page from document start (Playwright addInitScript), in both pages alike.
// It reports, through the CDP binding window.__benchReport, performance.now() timestamps
// (0 = navigation start) for:
//   intro  the Start button is visible, unobscured and clickable (pages with an intro only)
//   first  question 1's first radio label is visible, unobscured and clickable
//   next   after arm(): a different question's first radio label is ready (the walk)
// "Ready" = the <label> of the first input[type=radio] has a box, passes checkVisibility
// (visibility and opacity), its centre is inside the viewport, elementFromPoint(centre) is the
// label or inside it (nothing covers it, pointer-events apply) and the input is not disabled.
// The condition is checked after every DOM mutation batch (MutationObserver on the document and,
// once it exists, on the widget's open shadow root) and once per animation frame, so the time is
// the moment the DOM + style + layout are there, not rounded up to the next frame. `paint` is
// the first task after the following frame (requestAnimationFrame, then a message): the frame
// that shows it has been produced by then.
// The page's trusted clicks are recorded (event.timeStamp, same clock) so that the walk measures
// from the click on Next and the intro from the click on Start.
(cfg) => {
  if (window.top !== window || window.__bench) return;
  const report = (msg) => window.__benchReport(JSON.stringify(msg));
  let state = cfg.startSelector ? 'intro' : 'first';
  let prevKey = null;
  let lastClick = null;
  let observedShadow = null;

  addEventListener('click', (e) => { if (e.isTrusted) lastClick = e.timeStamp; }, true);
  // A press and release on two different elements (ours: pressed on the start screen, released
  // on the module's, which the loader then clicks for the reader) fire no click: then the time
  // runs from the press (earlier than a click's, so it counts against us).
  let lastPress = null;
  addEventListener('pointerdown', (e) => { if (e.isTrusted) lastPress = e.timeStamp; }, true);

  const root = () => {
    const host = cfg.hostSelector && document.querySelector(cfg.hostSelector);
    return host && host.shadowRoot ? host.shadowRoot : document;
  };

  function clickablePoint(el, r) {
    if (!el || !el.isConnected) return null;
    const box = el.getBoundingClientRect();
    if (box.width <= 0 || box.height <= 0) return null;
    if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return null;
    const x = box.left + box.width / 2;
    const y = box.top + box.height / 2;
    if (x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) return null;
    const hit = r.elementFromPoint(x, y);
    if (!hit || !(hit === el || el.contains(hit))) return null;
    return { x, y };
  }

  function firstRadio(r) {
    const input = r.querySelector('input[type=radio]');
    if (!input || input.disabled) return null;
    const label = input.closest('label') || (input.id && r.querySelector(`label[for="${CSS.escape(input.id)}"]`));
    return label ? { input, label } : null;
  }

  /** Tells questions apart: the radio group's name, and its fieldset's text where one group
   *  name serves every question (ours, which patches the next question into the same form). */
  function questionKey(input) {
    return `${input.name}|${input.closest('fieldset')?.textContent ?? ''}`;
  }

  function afterPaint(done) {
    requestAnimationFrame(() => {
      const ch = new MessageChannel();
      ch.port1.onmessage = () => done(performance.now());
      ch.port2.postMessage(0);
    });
  }

  function check() {
    if (state === 'idle') return;
    const r = root();
    if (r !== document && observedShadow !== r) {
      observedShadow = r;
      observer.observe(r, { childList: true, subtree: true, attributes: true, characterData: true });
    }
    if (state === 'intro') {
      const btn = r.querySelector(cfg.startSelector);
      const at = btn && !btn.disabled && clickablePoint(btn, r);
      if (!at) return;
      state = 'first';
      report({ type: 'intro', t: performance.now(), x: at.x, y: at.y });
      return;
    }
    const radio = firstRadio(r);
    if (!radio || (state === 'next' && questionKey(radio.input) === prevKey)) return;
    const at = clickablePoint(radio.label, r);
    if (!at) return;
    const t = performance.now();
    const type = state;
    state = 'idle';
    afterPaint((paint) => report({ type, t, paint, click: lastClick ?? lastPress, key: questionKey(radio.input) }));
  }

  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
  // Poll once per frame only while waiting, so an idle page gets no extra frames.
  let polling = false;
  const frame = () => {
    check();
    if (state === 'idle') polling = false;
    else requestAnimationFrame(frame);
  };
  const poll = () => {
    if (!polling) {
      polling = true;
      requestAnimationFrame(frame);
    }
  };
  poll();

  window.__bench = {
    /** Wait for the next question: any first radio of another question than the current one. */
    arm() {
      const radio = firstRadio(root());
      prevKey = radio ? questionKey(radio.input) : null;
      lastClick = null;
      lastPress = null;
      state = 'next';
      poll();
      return prevKey;
    },
    /** Centre of an element (selector, index) after scrolling it into view if needed. */
    point(selector, index = 0) {
      const r = root();
      const el = r.querySelectorAll(selector)[index];
      if (!el) return null;
      let box = el.getBoundingClientRect();
      if (box.top < 0 || box.bottom > innerHeight) {
        el.scrollIntoView({ block: 'center' });
        box = el.getBoundingClientRect();
      }
      return { x: box.left + box.width / 2, y: box.top + box.height / 2, count: r.querySelectorAll(selector).length };
    },
    checked() {
      return !!root().querySelector('input[type=radio]:checked');
    },
  };
}
