// SRM Trainer accessibility mirror: the current screen's semantic nodes (the same ones the app
// records for tests) kept as real, visually hidden HTML after every frame that changes them:
// headings, paragraphs, buttons, radio groups, checkboxes, links, text boxes, progress, sliders,
// and tables (the responsibility matrix; a matrix question, whose rows hold their owner radios in
// columns). A radio group is one Tab stop (roving tabindex on the app's "tabstop" radio); the arrow
// keys check the neighbour and move there, and Enter presses the page's default button ("Check
// answer"). Screen readers read and operate this page; focusing or
// activating an element here focuses or activates the same widget on the canvas, whose focus
// ring follows. The app's announcements go to an aria-live region.
//
// window.srmMirror = { attach(app), sync(nodes), announce(text), focusField(id) }, where app = { focus(id),
// activate(id), setText(id, text), pressKey(id, key) } forwards to the wasm (loader.js wires it up).
(function () {
  'use strict';
  var root = null, live = null, app = null;
  var following = false;        // true while focus moves here to follow the app's own focus
  var elements = new Map();     // node id -> {node, el (the focusable or text element), box (what is placed)}
  var structure = '';           // ids and roles in order: the DOM is rebuilt only when this changes
  var current = [];             // the nodes of the last sync, in order

  function attach(host) {
    app = host;
    root = document.getElementById('srm-mirror');
    live = document.getElementById('srm-live');
  }

  var SLIDER_KEYS = ['ArrowUp', 'ArrowDown', 'Home', 'End'];

  function has(state, flag) { return (' ' + (state || '') + ' ').indexOf(' ' + flag + ' ') >= 0; }
  // The one link check of the page (loader.js uses it too): https: URLs and plain relative paths
  // pass. Anything a browser would read differently from how it looks is refused: spaces and
  // control characters (stripped before the scheme is read, so " javascript:" runs script),
  // backslashes ("/\\host" is another host) and a leading "//" (another host, any scheme).
  function safeHref(href) {
    if (typeof href !== 'string' || !href || href.length > 2048) return null;
    // eslint-disable-next-line no-control-regex -- control characters are what this refuses
    if (/[\u0000-\u0020\u007f\\]/.test(href) || href.indexOf('//') === 0) return null;
    if (!/^[a-z][a-z0-9+.-]*:/i.test(href)) return href;
    try { return new URL(href).protocol === 'https:' ? href : null; } catch (e) { return null; }
  }
  window.srmSafeUrl = safeHref;
  // A radio's group: its id without the last part (quiz.choice.2 -> quiz.choice).
  function groupOf(id) { return id.slice(0, id.lastIndexOf('.')); }

  // Keys on a radio: an arrow checks the next or previous radio of the group (wrapping round) and
  // focuses it, as in a native radio group; Enter presses the default button once it is enabled.
  var steps = { ArrowUp: -1, ArrowLeft: -1, ArrowDown: 1, ArrowRight: 1 };
  function radioKey(e, id) {
    if (e.key === 'Enter') {
      var button = current.filter(function (n) { return has(n.state, 'default') && !has(n.state, 'disabled'); })[0];
      if (button) { e.preventDefault(); app.activate(button.id); }
      return;
    }
    var step = steps[e.key];
    if (!step) return;
    e.preventDefault();
    var ids = current.filter(function (n) { return n.role === 'radio' && groupOf(n.id) === groupOf(id); })
      .map(function (n) { return n.id; });
    var next = ids[(ids.indexOf(id) + step + ids.length) % ids.length];
    var entry = elements.get(next);
    if (!entry || entry.el.disabled) return;
    app.activate(next);
    following = true;
    entry.el.focus({ preventScroll: true });
    following = false;
  }

  // ---------------------------------------------------------------------------
  // Elements, one per node
  // ---------------------------------------------------------------------------
  function create(n) {
    var el, box;
    switch (n.role) {
      case 'heading': el = document.createElement('h' + Math.min(3, Math.max(1, n.level || 2))); break;
      case 'button': case 'tab': case 'combobox': case 'option': case 'cell':
        el = document.createElement('button');
        el.type = 'button';
        if (n.role === 'option') el.setAttribute('role', 'option');
        if (n.role === 'combobox') el.setAttribute('aria-haspopup', 'listbox');
        el.addEventListener('click', function () { app.activate(n.id); });
        break;
      case 'radio': case 'checkbox':
        box = document.createElement('label');
        el = document.createElement('input');
        el.type = n.role;
        if (n.role === 'radio') {
          el.name = 'srm-' + groupOf(n.id);
          el.addEventListener('keydown', function (e) { radioKey(e, n.id); });
        }
        // A click toggles the native box at once; the app decides and the next sync shows it.
        el.addEventListener('click', function (e) { e.preventDefault(); app.activate(n.id); });
        box.appendChild(el);
        box.appendChild(document.createElement('span'));
        break;
      case 'link':
        el = document.createElement('a');
        el.target = '_blank';
        el.rel = 'noopener noreferrer';
        break;
      case 'textbox':
        el = document.createElement(has(n.state, 'multiline') ? 'textarea' : 'input');
        if (el.tagName === 'INPUT') el.type = 'text';
        el.addEventListener('input', function () { app.setText(n.id, el.value); });
        break;
      case 'progress':
        el = document.createElement('div');
        el.setAttribute('role', n.value ? 'progressbar' : 'img');
        break;
      case 'img':
        el = document.createElement('div');
        el.setAttribute('role', 'img');
        break;
      case 'slider':
        // The keys a slider takes go to the app's widget, which moves and reports its new value.
        el = document.createElement('div');
        el.setAttribute('role', 'slider');
        el.setAttribute('aria-orientation', 'vertical');
        el.tabIndex = 0;
        el.addEventListener('keydown', function (e) {
          if (SLIDER_KEYS.indexOf(e.key) < 0 || e.altKey || e.ctrlKey || e.metaKey) return;
          e.preventDefault();
          app.pressKey(n.id, e.key);
        });
        break;
      case 'rowheader': el = document.createElement('th'); el.scope = 'row'; break;
      case 'columnheader': el = document.createElement('th'); el.scope = 'col'; break;
      case 'table': el = document.createElement('caption'); break;
      default: el = document.createElement('p');
    }
    // A reader (or a tap on a text box) moving focus here moves the app's focus; focus this page
    // moves itself to follow the app must not echo back, or it would reset a press in flight.
    el.addEventListener('focus', function () { if (!following) app.focus(n.id); });
    return { node: n, el: el, box: box || el, role: n.role };
  }

  // Brings an element's text and state up to date with its node.
  function update(entry, n, roving) {
    var el = entry.el;
    entry.node = n;
    var disabled = has(n.state, 'disabled');
    switch (n.role) {
      case 'radio': case 'checkbox':
        entry.box.lastChild.textContent = n.label;
        el.checked = has(n.state, 'checked');
        el.disabled = disabled;
        if (n.role === 'radio' && roving.has(groupOf(n.id))) el.tabIndex = has(n.state, 'tabstop') ? 0 : -1;
        break;
      case 'link': {
        var href = safeHref(n.href);
        el.textContent = n.label;
        if (href) el.href = href; else el.removeAttribute('href');
        break;
      }
      case 'textbox':
        el.setAttribute('aria-label', n.label);
        if (el.value !== (n.value || '') && document.activeElement !== el) el.value = n.value || '';
        break;
      case 'progress':
        el.setAttribute('aria-label', n.label);
        if (n.value) {
          el.setAttribute('aria-valuemin', '0');
          el.setAttribute('aria-valuemax', '100');
          el.setAttribute('aria-valuenow', n.value);
          el.setAttribute('aria-valuetext', n.label);
        }
        break;
      case 'img': el.setAttribute('aria-label', n.label); break;
      case 'slider':
        el.setAttribute('aria-label', n.label);
        el.setAttribute('aria-valuemin', String(n.min));
        el.setAttribute('aria-valuemax', String(n.max));
        if (typeof n.now === 'number') el.setAttribute('aria-valuenow', String(n.now)); else el.removeAttribute('aria-valuenow');
        el.setAttribute('aria-valuetext', n.value || '');
        if (disabled) el.setAttribute('aria-disabled', 'true'); else el.removeAttribute('aria-disabled');
        break;
      case 'button': case 'tab': case 'combobox': case 'option': case 'cell':
        el.textContent = n.label;
        if (n.role === 'tab' || n.role === 'cell') el.setAttribute('aria-pressed', has(n.state, 'selected') ? 'true' : 'false');
        if (n.role === 'option') el.setAttribute('aria-selected', has(n.state, 'selected') ? 'true' : 'false');
        if (disabled) el.setAttribute('aria-disabled', 'true'); else el.removeAttribute('aria-disabled');
        break;
      default: el.textContent = n.label;
    }
  }

  // ---------------------------------------------------------------------------
  // Layout: radio groups, option lists and tables around their nodes
  // ---------------------------------------------------------------------------
  function build(nodes) {
    var out = document.createDocumentFragment();
    var lastText = '', group = null, groupKey = '', table = null, row = null;
    nodes.forEach(function (n) {
      var entry = elements.get(n.id);
      var inRow = row && n.role === 'radio';   // a grid's radio goes in its owner's column
      var key = n.role === 'radio' && !inRow ? 'radio:' + groupOf(n.id) : n.role === 'option' ? 'options' : '';
      if (key !== groupKey) { group = null; groupKey = key; }
      if (key && !group) {
        group = document.createElement('div');
        group.setAttribute('role', n.role === 'radio' ? 'radiogroup' : 'listbox');
        group.setAttribute('aria-label', n.role === 'radio' ? (lastText || 'Choices') : 'Options');
        out.appendChild(group);
      }
      var inTable = inRow || n.role === 'table' || n.role === 'columnheader' || n.role === 'rowheader' || n.role === 'cell';
      if (!inTable) { table = null; row = null; }
      if (n.role === 'table') {
        table = document.createElement('table');
        table.appendChild(entry.box);
        table.appendChild(document.createElement('thead')).appendChild(document.createElement('tr'));
        table.appendChild(document.createElement('tbody'));
        out.appendChild(table);
      } else if (table && n.role === 'columnheader') {
        table.tHead.rows[0].appendChild(entry.box);
      } else if (table && n.role === 'rowheader') {
        row = table.tBodies[0].appendChild(document.createElement('tr'));
        row.appendChild(entry.box);
      } else if (inRow) {
        row.appendChild(document.createElement('td')).appendChild(entry.box);
      } else if (row && n.role === 'cell') {
        var column = Number(n.value) || row.cells.length;
        while (row.cells.length < column) row.appendChild(document.createElement('td'));
        row.appendChild(document.createElement('td')).appendChild(entry.box);
      } else {
        (group || out).appendChild(entry.box);
      }
      if (n.role === 'text' || n.role === 'heading') lastText = n.label;
    });
    root.textContent = '';
    root.appendChild(out);
  }

  function sync(nodes) {
    if (!root) return;
    var seen = new Set();
    current = nodes;
    // Groups whose radios rove: the app names one Tab stop among them.
    var roving = new Set(nodes.filter(function (n) { return n.role === 'radio' && has(n.state, 'tabstop'); })
      .map(function (n) { return groupOf(n.id); }));
    nodes.forEach(function (n) {
      var entry = elements.get(n.id);
      if (!entry || entry.role !== n.role) { entry = create(n); elements.set(n.id, entry); }
      update(entry, n, roving);
      seen.add(n.id);
    });
    elements.forEach(function (entry, id) { if (!seen.has(id)) elements.delete(id); });
    // The "Your stack" worksheet prints from this HTML (style.css), not from the canvas.
    root.toggleAttribute('data-print', nodes.some(function (n) { return n.id.indexOf('stack.') === 0; }));
    var shape = nodes.map(function (n) { return n.id + ':' + n.role; }).join('|');
    var active = document.activeElement;
    var hadFocus = active && root.contains(active);
    if (shape !== structure) {
      structure = shape;
      build(nodes);
      // The certificate's sheet is what the print style sheet shows (web/style.css).
      var printable = false;
      nodes.forEach(function (n) {
        var sheet = n.id.indexOf('certificate.sheet.') === 0;
        elements.get(n.id).box.classList.toggle('printable', sheet);
        printable = printable || sheet;
      });
      document.body.classList.toggle('srm-printable', printable);
    }
    // The app moved its focus (a new page, "Next question"): follow it here if the reader was here.
    var focused = nodes.filter(function (n) { return has(n.state, 'focused'); })[0];
    if (hadFocus && focused) {
      var target = elements.get(focused.id);
      if (target && document.activeElement !== target.el) {
        following = true;
        target.el.focus({ preventScroll: true });
        following = false;
      }
    }
  }

  // Polite announcements; the same text twice is announced twice.
  function announce(text) {
    if (!live) return;
    live.textContent = '';
    setTimeout(function () { live.textContent = text; }, 50);
  }

  // Puts the keyboard focus in the mirrored text box of a widget (see loader.js: touch typing).
  function focusField(id) {
    var entry = elements.get(id);
    if (entry && entry.role === 'textbox') entry.el.focus({ preventScroll: true });
  }

  window.srmMirror = { attach: attach, sync: sync, announce: announce, focusField: focusField };
})();
