// SRM Trainer loader: checks the browser, downloads the app, fonts and content with a real byte
// progress bar, starts the WebAssembly app on the canvas and exposes window.srm for tests and
// host pages. It also carries out what only the page can do: releasing keyboard focus, the
// clipboard, and opening links from the input event itself (a user gesture).
//
// [SECTION] Screens: loading, error, notice
// [SECTION] Downloads with byte progress
// [SECTION] Links opened from input events
// [SECTION] Deferred code
// [SECTION] Start
(function () {
  'use strict';
  var $ = function (id) { return document.getElementById(id); };
  var canvas = $('canvas');

  // ---------------------------------------------------------------------------
  // [SECTION] Screens: loading, error, notice
  // ---------------------------------------------------------------------------
  var failed = false;
  function fail(reason) {
    failed = true;
    $('error-reason').textContent = reason;
    $('loading').hidden = true;
    canvas.hidden = true;
    $('error').hidden = false;
    document.title = 'SRM Trainer could not start';
  }

  var noticeTimer = 0;
  function notice(text) {
    var el = $('notice');
    el.textContent = text;
    el.hidden = false;
    clearTimeout(noticeTimer);
    noticeTimer = setTimeout(function () { el.hidden = true; }, 6000);
  }

  // A cheap check; whether a WebGL2 context can really be created is known only when the app
  // creates its own, and it reports that failure itself (srm_start).
  function unsupportedReason() {
    if (typeof WebAssembly !== 'object' || typeof WebAssembly.instantiate !== 'function')
      return 'This browser does not support WebAssembly, or it is turned off.';
    if (typeof WebGL2RenderingContext === 'undefined')
      return 'This browser or device does not provide WebGL2, which SRM Trainer uses to draw.';
    return null;
  }

  // ---------------------------------------------------------------------------
  // [SECTION] Downloads with byte progress
  // ---------------------------------------------------------------------------
  var progress = { loaded: 0, total: 0, done: false };
  function showProgress() {
    var pct = progress.total ? Math.min(100, Math.round(progress.loaded * 100 / progress.total)) : 0;
    if (progress.done) pct = 100;
    $('progress-fill').style.width = pct + '%';
    $('progress').setAttribute('aria-valuenow', String(pct));
    $('progress-text').textContent = Math.round(progress.loaded / 1024) + ' KB of ' +
      Math.round(progress.total / 1024) + ' KB';
  }

  // The single-file build carries every file inside the page (base64 in a JSON data block), so
  // it works from file:// where fetch cannot read neighbouring files.
  var inlineFiles = null;
  (function () {
    var el = $('srm-inline');
    if (!el) return;
    try { inlineFiles = JSON.parse(el.textContent); } catch (e) { inlineFiles = null; }
  })();
  function fromBase64(text) {
    var raw = atob(text), out = new Uint8Array(raw.length);
    for (var i = 0; i < raw.length; ++i) out[i] = raw.charCodeAt(i);
    return out;
  }

  // Resolves to {ok, bytes} or {ok: false, reason}; counts bytes as they arrive.
  function download(path) {
    if (inlineFiles) {
      if (typeof inlineFiles[path] !== 'string') return Promise.resolve({ ok: false, reason: 'is missing from this single-file build' });
      var bytes = fromBase64(inlineFiles[path]);
      if (path !== 'qrcode.js') delete inlineFiles[path];   // read once: no second copy stays in the page
      progress.loaded += bytes.length; showProgress();
      return Promise.resolve({ ok: true, bytes: bytes });
    }
    return fetch(path, { cache: 'no-cache' }).then(function (response) {
      if (!response.ok) return { ok: false, reason: 'could not be downloaded (HTTP ' + response.status + ')' };
      if (!response.body || !response.body.getReader) {
        return response.arrayBuffer().then(function (buf) {
          progress.loaded += buf.byteLength; showProgress();
          return { ok: true, bytes: new Uint8Array(buf) };
        });
      }
      var reader = response.body.getReader(), chunks = [], size = 0;
      function pump() {
        return reader.read().then(function (step) {
          if (step.done) {
            var out = new Uint8Array(size), at = 0;
            chunks.forEach(function (c) { out.set(c, at); at += c.length; });
            return { ok: true, bytes: out };
          }
          chunks.push(step.value); size += step.value.length;
          progress.loaded += step.value.length; showProgress();
          return pump();
        });
      }
      return pump();
    }, function (error) {
      return { ok: false, reason: 'could not be downloaded (' + (error && error.message || 'network error') + ')' };
    });
  }

  // The app's module, compiled as soon as it has arrived, before app.js asks for it: resolves to
  // {ok, module} or {ok: false, reason}. (Compiled as it streamed in, with compileStreaming, the
  // page was measured spending 100 to 200 ms of CPU a few seconds after the start, when it should
  // be idle; `make bench`, idle.)
  function compileApp(path) {
    return download(path).then(function (r) {
      if (!r.ok) return r;
      return WebAssembly.compile(r.bytes).then(function (module) { return { ok: true, module: module }; }, function (error) {
        return { ok: false, reason: 'could not be started (' + (error && error.message || error) + ')' };
      });
    });
  }

  // A content pack (scripts/stage-site.py): each file as its path, a newline, its length in bytes
  // in decimal, a newline, then its bytes. Returns the files by path, as views into the pack's
  // bytes; splitting stops at the first entry that does not fit, so a file it did not reach is
  // missing. Every step moves forward and a header line is at most 512 bytes: linear in the size.
  function unpack(bytes) {
    var files = Object.create(null), at = 0, decoder = new TextDecoder();
    function line() {
      var end = bytes.indexOf(10, at);
      if (end < 0 || end - at > 512) return null;
      var text = decoder.decode(bytes.subarray(at, end));
      at = end + 1;
      return text;
    }
    while (at < bytes.length) {
      var path = line(), length = line();
      if (path === null || length === null || !/^\d{1,9}$/.test(length) || at + Number(length) > bytes.length) break;
      files[path] = bytes.subarray(at, at + Number(length));
      at += Number(length);
    }
    return files;
  }

  // The content files of the downloaded packs, each under its own path, in the manifest's order:
  // {path, ok, bytes} or {path, ok: false, reason}, the reason naming the pack.
  function contentFiles(packs, downloaded) {
    var out = [];
    packs.forEach(function (pack, i) {
      var r = downloaded[i], inside = r.ok ? unpack(r.bytes) : null;
      pack.files.forEach(function (path) {
        if (!r.ok) out.push({ path: path, ok: false, reason: 'is in ' + pack.path + ', which ' + r.reason });
        else if (!inside[path]) out.push({ path: path, ok: false, reason: 'is missing from ' + pack.path });
        else out.push({ path: path, ok: true, bytes: inside[path] });
      });
    });
    return out;
  }

  // ---------------------------------------------------------------------------
  // [SECTION] Links opened from input events
  // ---------------------------------------------------------------------------
  // Only https: and relative URLs are ever opened (window.srmSafeUrl, from mirror.js, which the
  // page loads first); anything else is refused with a notice.
  function openLink(node) {
    var url = window.srmSafeUrl(node.href);
    if (!url) { notice('This link was not opened: only https links are allowed (' + node.href + ').'); return; }
    window.open(url, '_blank', 'noopener,noreferrer');
  }
  function nodesWithRole(role, nodes) {
    nodes = nodes || (window.srm && window.srm.ready ? window.srm.linkNodes() : []);
    return nodes.filter(function (n) { return n.role === role; });
  }
  function linkNodes() { return nodesWithRole('link'); }
  function inside(n, e) {
    var r = n.rect;
    return e.offsetX >= r.x && e.offsetX < r.x + r.w && e.offsetY >= r.y && e.offsetY < r.y + r.h;
  }
  var pointerStart = null;
  canvas.addEventListener('pointerdown', function (e) { pointerStart = { x: e.offsetX, y: e.offsetY }; });
  canvas.addEventListener('pointerup', function (e) {
    if (e.button !== 0 || !pointerStart) return;
    var moved = Math.abs(e.offsetX - pointerStart.x) + Math.abs(e.offsetY - pointerStart.y) > 10;
    pointerStart = null;
    if (moved || !window.srm || !window.srm.ready) return;
    var nodes = window.srm.linkNodes();
    nodesWithRole('link', nodes).forEach(function (n) { if (inside(n, e)) openLink(n); });
    // A tap on a text box: a phone opens its on-screen keyboard only for a real input focused
    // within the tap itself, so the mirror's input for that box takes the focus and the typing
    // (accents and predictive text included) reaches the app through it.
    if (e.pointerType === 'touch' || e.pointerType === 'pen')
      nodesWithRole('textbox', nodes).forEach(function (n) { if (inside(n, e) && window.srmMirror) window.srmMirror.focusField(n.id); });
  });
  canvas.addEventListener('keydown', function (e) {
    if (e.key !== 'Enter' && e.key !== ' ') return;
    linkNodes().forEach(function (n) { if (/\bfocused\b/.test(n.state)) openLink(n); });
  });

  // ---------------------------------------------------------------------------
  // [SECTION] Deferred code
  // ---------------------------------------------------------------------------
  // The build splits the app (scripts/split-wasm.py): app.wasm holds the functions the home
  // page's first view runs, app.deferred.wasm the others. Until the deferred module is
  // instantiated, each of its functions is a placeholder in app.wasm; calling one makes app.js ask
  // Module.loadSplitModule for the module, synchronously. loadDeferredCode() fetches and compiles
  // it ahead of that: on the first input, or at start for a link that opens anything but the plain
  // home page. Once compiled (and the runtime is up) it is instantiated at once, so no placeholder
  // is called; a placeholder called earlier gets the file by a synchronous request instead, so the
  // app is right whatever the timing.
  var deferred = {
    file: null,           // {path, bytes} from the manifest; null when the app is one module
    app: null,            // the Emscripten Module object, once start() made it
    code: null,           // the promise loadDeferredCode() returns
    module: null,         // the compiled WebAssembly.Module
    instantiated: false,
    counted: false        // downloaded during the loading screen: its bytes are in the progress bar
  };

  function deferredFailure(reason) {
    return new Error('The application file ' + deferred.file.path + ' ' + reason + '.');
  }

  // The compiled deferred module, fetched and compiled once; null when the app is not split. A
  // failed download shows the page's error naming the file (and the promise rejects).
  function loadDeferredCode() {
    if (deferred.code) return deferred.code;
    var file = deferred.file;
    if (!file) return (deferred.code = Promise.resolve(null));
    var compiled;
    if (inlineFiles && typeof inlineFiles[file.path] === 'string') {
      compiled = WebAssembly.compile(fromBase64(inlineFiles[file.path]));
    } else {
      compiled = fetch(file.path, { cache: 'no-cache' }).then(function (response) {
        if (!response.ok) throw deferredFailure('could not be downloaded (HTTP ' + response.status + ')');
        var wasmType = /^application\/wasm/.test(response.headers.get('Content-Type') || '');
        return wasmType && WebAssembly.compileStreaming ? WebAssembly.compileStreaming(response)
                                                        : response.arrayBuffer().then(WebAssembly.compile);
      }, function (error) {
        throw deferredFailure('could not be downloaded (' + (error && error.message || 'network error') + ')');
      });
    }
    deferred.code = compiled.then(function (module) {
      deferred.module = module;
      if (deferred.counted) { progress.loaded += file.bytes; showProgress(); }
      if (deferred.app && deferred.app.asm) instantiateDeferred(deferred.app.asm);
      return module;
    }).catch(function (error) {
      var failure = /^The /.test(error.message) ? error : deferredFailure('could not be started: ' + error.message);
      fail(failure.message);
      throw failure;
    });
    return deferred.code;
  }

  // The deferred module's functions take the place of their placeholders in the app's table.
  // `primary` is what the module imports: app.wasm's exports (Module.asm).
  function instantiateDeferred(primary) {
    if (deferred.instantiated) return;
    var module = deferred.module || compileDeferredNow();
    new WebAssembly.Instance(module, { primary: primary });
    deferred.instantiated = true;
    if (inlineFiles) delete inlineFiles[deferred.file.path];   // no second copy stays in the page
  }

  // The fallback when a placeholder is called before the download finished: the bytes by a
  // synchronous request (a window cannot set responseType on one, so they come as a string of
  // x-user-defined characters, one per byte), compiled on the spot.
  function compileDeferredNow() {
    var path = deferred.file.path, bytes;
    console.warn('SRM Trainer: ' + path + ' was needed before its download finished; it is fetched synchronously.');
    if (inlineFiles && typeof inlineFiles[path] === 'string') {
      bytes = fromBase64(inlineFiles[path]);
    } else {
      var request = new XMLHttpRequest();
      try {
        request.open('GET', path, false);
        request.overrideMimeType('text/plain; charset=x-user-defined');
        request.send();
      } catch (e) {
        throw deferredFailure('could not be downloaded (' + (e && e.message || 'network error') + ')');
      }
      if (request.status !== 200) throw deferredFailure('could not be downloaded (HTTP ' + request.status + ')');
      var text = request.responseText;
      bytes = new Uint8Array(text.length);
      for (var i = 0; i < text.length; ++i) bytes[i] = text.charCodeAt(i) & 0xff;
    }
    return new WebAssembly.Module(bytes);
  }

  // app.js calls this from a placeholder, and then the real function: it must return with the
  // deferred module instantiated, or throw (after showing the error).
  function loadSplitModule(file, imports) {
    try {
      instantiateDeferred(imports.primary);
    } catch (e) {
      var failure = /^The /.test(e.message) ? e : deferredFailure('could not be started: ' + e.message);
      fail(failure.message);
      throw failure;
    }
  }

  function deferredCodeState() {
    return !deferred.file || deferred.instantiated ? 'ready' : deferred.code ? 'loading' : 'waiting';
  }

  // Any first input means the learner is about to leave the first view: fetch the rest now.
  function loadDeferredCodeOnFirstInput() {
    var targets = [[canvas, ['pointermove', 'pointerdown', 'touchstart', 'wheel', 'keydown']],
                   [$('srm-mirror'), ['focusin']], [document, ['paste']]];
    var options = { capture: true, passive: true };
    function onInput() {
      targets.forEach(function (t) { t[1].forEach(function (type) { t[0].removeEventListener(type, onInput, options); }); });
      loadDeferredCode().catch(function () { /* fail() has shown it */ });
    }
    targets.forEach(function (t) { t[1].forEach(function (type) { t[0].addEventListener(type, onInput, options); }); });
  }

  // A link that opens anything but the plain home page (any parameter the app acts on but lang),
  // a learning platform's launch, or a saved quiz run, progress or team stack to restore: the
  // first view needs the deferred code, so it downloads with the app and the app waits for it.
  // ---------------------------------------------------------------------------
  // [SECTION] Start
  // ---------------------------------------------------------------------------
  function withBytes(Module, bytes, fn) {
    var ptr = Module._malloc(bytes.length + 1);
    Module.HEAPU8.set(bytes, ptr);
    Module.HEAPU8[ptr + bytes.length] = 0;
    try { return fn(ptr, bytes.length); } finally { Module._free(ptr); }
  }
  var encoder = new TextEncoder();

  var qrEncoder = null;
  function loadQrEncoder() {
    if (!qrEncoder) qrEncoder = new Promise(function (resolve, reject) {
      var script = document.createElement('script');
      script.onload = function () { window.SrmQrCode ? resolve(window.SrmQrCode) : reject(); };
      script.onerror = reject;
      if (inlineFiles && typeof inlineFiles['qrcode.js'] === 'string') {
        script.textContent = new TextDecoder().decode(fromBase64(inlineFiles['qrcode.js']));
        document.body.appendChild(script);
        return window.SrmQrCode ? resolve(window.SrmQrCode) : reject();
      }
      script.src = 'qrcode.js';
      document.body.appendChild(script);
    });
    return qrEncoder;
  }

  // Progress lives in localStorage under versioned, namespaced keys: the progress code, the quiz
  // run in progress, the display choices, the team's stack (a worksheet code), and a backup of saved progress that could not be read. Storage can be
  // missing or refused (private modes, sandboxed iframes); the app then keeps progress in memory
  // and says so.
  var STORAGE_KEYS = { progress: 'srm-trainer.v1.progress', run: 'srm-trainer.v1.run', backup: 'srm-trainer.v1.progress-backup',
                       display: 'srm-trainer.v1.display', stack: 'srm-trainer.v1.stack' };
  // Inside a learning platform (web/lms.js) progress and the quiz run live in the platform. The
  // layer is fetched only where a platform can be: in a frame or a window another page opened
  // (where SCORM runtimes live), or with a platform's launch parameters in the link; it then
  // decides for itself whether one is there.
  var lms = null;
  var LMS_PARAMS = ['pass_mark', 'lrs_endpoint', 'lrs_auth', 'lrs_actor', 'lrs_config', 'endpoint', 'fetch', 'actor',
                    'registration', 'activityId'];
  function loadLmsLayer() {
    var query = new URLSearchParams(location.search);
    var framed = window.parent !== window || !!window.opener;
    if (window.srmLms || !(framed || LMS_PARAMS.some(function (p) { return query.has(p); }))) return Promise.resolve();
    return new Promise(function (resolve) {
      var script = document.createElement('script');
      if (inlineFiles && typeof inlineFiles['lms.js'] === 'string') {
        script.textContent = new TextDecoder().decode(fromBase64(inlineFiles['lms.js']));
        document.head.appendChild(script);
        return resolve();
      }
      script.src = 'lms.js';
      script.onload = resolve;
      script.onerror = function () { console.warn('lms.js could not be downloaded: no learning platform hears of this page.'); resolve(); };
      document.head.appendChild(script);
    });
  }
  function readStored(slot) {
    var kept = lms && lms.saved(slot);
    if (typeof kept === 'string') return kept;
    try { return window.localStorage.getItem(STORAGE_KEYS[slot]) || ''; } catch (e) { return ''; }
  }

  // A start that always recovers: when starting with saved data fails in any way (an abort, an
  // exception, a stack overflow), the saved data is set aside under SET_ASIDE_KEY, the page
  // reloads without it, and a banner says what happened and offers the data as a file. Without
  // saved data a failed start shows the error screen, never an endless "Loading...".
  var SET_ASIDE_KEY = 'srm-trainer.v1.set-aside';
  var SAVED_SLOTS = ['progress', 'run', 'display', 'stack'];
  function hasSavedData() {
    return SAVED_SLOTS.some(function (slot) { return readStored(slot) !== ''; });
  }
  function setAsideAndReload(reason) {
    try {
      var aside = { reason: String(reason && reason.message || reason).slice(0, 500), at: new Date().toISOString() };
      SAVED_SLOTS.forEach(function (slot) { aside[slot] = readStored(slot); });
      window.localStorage.setItem(SET_ASIDE_KEY, JSON.stringify(aside));
      SAVED_SLOTS.forEach(function (slot) { window.localStorage.removeItem(STORAGE_KEYS[slot]); if (lms) lms.store(slot, ''); });
    } catch (e) { return false; }
    location.reload();
    return true;
  }
  var RECOVERED_WORDS = {
    en: { text: 'Your saved progress could not be read, so SRM Trainer started without it. It was set aside in this browser: download it to keep it, or to send it with a bug report.',
          download: 'Download the set-aside data', dismiss: 'Dismiss' },
    fr: { text: 'Votre progression enregistrée n’a pas pu être lue\u202f: SRM Trainer a démarré sans elle. Elle a été mise de côté dans ce navigateur\u202f; téléchargez-la pour la garder ou pour la joindre à un signalement.',
          download: 'Télécharger les données mises de côté', dismiss: 'Fermer' }
  };
  function showRecovered() {
    var text = '';
    try { text = window.localStorage.getItem(SET_ASIDE_KEY) || ''; } catch (e) { return; }
    var aside = null;
    try { aside = JSON.parse(text); } catch (e) { aside = null; }
    if (!aside || aside.dismissed) return;
    var words = RECOVERED_WORDS[document.documentElement.lang] || RECOVERED_WORDS.en;
    $('recovered-text').textContent = words.text;
    $('recovered-download').textContent = words.download;
    $('recovered-dismiss').textContent = words.dismiss;
    $('recovered-download').onclick = function () {
      var url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
      var a = document.createElement('a');
      a.href = url; a.download = 'srm-trainer-set-aside.json'; a.hidden = true;
      document.body.appendChild(a); a.click(); a.remove();
      setTimeout(function () { URL.revokeObjectURL(url); }, 1000);
    };
    $('recovered-dismiss').onclick = function () {
      aside.dismissed = true;
      try { window.localStorage.setItem(SET_ASIDE_KEY, JSON.stringify(aside)); } catch (e) { /* shown again next time */ }
      $('recovered').hidden = true;
    };
    $('recovered').hidden = false;
  }

  // The interface language: ?lang=, else the one chosen in the app before, else the browser's
  // languages, else English. Content translations (content.<lang>.pack) are fetched for it alone.
  // The build lists the languages in the manifest (from CMakeLists.txt), English first.
  function chooseLanguage(languages) {
    var wanted = [new URLSearchParams(location.search).get('lang'),
                  new URLSearchParams(readStored('display')).get('lang')].concat(navigator.languages || [navigator.language]);
    for (var i = 0; i < wanted.length; ++i) {
      var tag = String(wanted[i] || '').toLowerCase().split('-')[0];
      if (languages.indexOf(tag) >= 0) return tag;
    }
    return languages[0];
  }
  var language = 'en';
  function forLanguage(file) {
    var m = /\.([a-z]{2})\.(json|pack)$/.exec(file.path);
    return !m || m[1] === language;
  }

  // ---------------------------------------------------------------------------
  // [SECTION] The first view
  // ---------------------------------------------------------------------------
  // A first visit to the plain home page (no link to a screen, nothing saved but display choices,
  // no learning platform) starts with what the home page shows (manifest.firstView): the build's
  // summary of the content and the first model cut down to the service the page draws. The app
  // asks for the content packs at the learner's first input (srmHost.loadRest) and holds its
  // frames, the input queued, until they are in.
  var DISPLAY_PARAMS = ['lang', 'theme', 'text', 'embed', 'parent_origin'];
  function firstViewOnly(manifest) {
    if (!manifest.firstView || (lms && lms.active)) return false;
    var keys = Array.from(new URLSearchParams(location.search).keys());
    if (keys.some(function (k) { return DISPLAY_PARAMS.indexOf(k) < 0; })) return false;
    return readStored('progress') === '' && readStored('run') === '' && readStored('stack') === '';
  }
  function summaryFor(manifest) {
    var name = language === manifest.languages[0] ? 'first-view.json' : 'first-view.' + language + '.json';
    return manifest.firstView.summaries.filter(function (f) { return f.path === name; })[0];
  }
  // Fetches the content packs, hands their files over and lets the app rebuild on the whole
  // catalog. A file that cannot be fetched becomes a content error the app shows, as at start.
  var rest = null, restStarted = false;
  var LOADING_REST = { en: 'Loading the quizzes and the other models\u2026', fr: 'Chargement des quiz et des autres mod\u00e8les\u2026' };
  function loadRest() {
    if (!rest || restStarted) return;
    restStarted = true;
    var Module = window.Module;
    // Said only when it takes a while, and taken back as soon as it is done.
    var words = LOADING_REST[language] || LOADING_REST.en;
    var slow = setTimeout(function () { notice(words); }, 400);
    // The deferred code comes with it (same first input): the rebuilt app may run any of it.
    var code = deferred.file && !deferred.instantiated ? loadDeferredCode() : null;
    Promise.all([Promise.all(rest.map(function (f) { return download(f.path); })), code]).then(function (both) {
      var results = both[0];
      clearTimeout(slow);
      if ($('notice').textContent === words) $('notice').hidden = true;
      Module._srm_begin_rest();
      contentFiles(rest, results).forEach(function (r) { addContentFile(Module, r); });
      rest = null;
      Module._srm_complete_content();
      performance.mark('srm-rest');
    }, function () { /* the deferred code failed: fail() has shown it */ });
  }
  // The app's WebGL2 context, made at start, while the files download and the wasm compiles: the
  // app asks the canvas for one with the same attributes (srm_start in main_web.cpp) and is handed
  // this one, ready. The canvas takes its place in the layout (unseen until the app has drawn) and
  // its drawing size first, so that neither waits for the app's first frame.
  function makeContext() {
    canvas.style.visibility = 'hidden';
    canvas.hidden = false;
    var box = canvas.getBoundingClientRect(), ratio = window.devicePixelRatio || 1;
    canvas.width = Math.max(1, Math.round(box.width * ratio));
    canvas.height = Math.max(1, Math.round(box.height * ratio));
    canvas.getContext('webgl2', { alpha: false, depth: false, stencil: false, antialias: false });
  }

  // One content file, {path, ok, bytes} or {path, ok: false, reason}, to the app.
  function addContentFile(Module, r) {
    var data = r.ok ? r.bytes : encoder.encode(r.reason);
    if (lms && r.ok) lms.addContent(r.path, data);
    withBytes(Module, encoder.encode(r.path), function (pathPtr) {
      withBytes(Module, data, function (p, n) { Module._srm_add_file(pathPtr, p, n, r.ok ? 1 : 0); });
    });
  }

  // The app script loads while the files download; the wasm compiles as it arrives, and the app
  // starts once the runtime is up and every file is in.
  function start(manifest) {
    language = chooseLanguage(manifest.languages);
    document.documentElement.lang = language;
    var packs = manifest.content.filter(forLanguage);
    // The first view fetches its own few files; the packs wait for the learner's first input.
    var single = [];
    var summary = firstViewOnly(manifest) && summaryFor(manifest);
    if (summary) {
      rest = packs;
      packs = [];
      single = manifest.firstView.content.filter(forLanguage).concat([summary]);
    }
    var strings = manifest.strings.filter(forLanguage);
    var all = manifest.app.concat(manifest.fonts, strings, packs, single);
    progress.total = all.reduce(function (sum, f) { return sum + f.bytes; }, 0);
    deferred.file = (manifest.deferred || [])[0] || null;
    var deferredAtStart = deferred.file && !summary;   // any page but the first view runs more than it
    if (deferredAtStart) { deferred.counted = true; progress.total += deferred.file.bytes; loadDeferredCode(); }
    showProgress();
    var get = function (list) { return Promise.all(list.map(function (f) { return download(f.path); })); };
    var app = Promise.all(manifest.app.map(function (f) { return compileApp(f.path); }));
    var downloads = Promise.all([app, get(manifest.fonts), get(packs), get(strings), get(single)]).then(function (r) {
      performance.mark('srm-downloaded');
      var alone = single.map(function (f, i) { return { path: f.path, ok: r[4][i].ok, bytes: r[4][i].bytes, reason: r[4][i].reason }; });
      return { fonts: r[1], content: contentFiles(packs, r[2]).concat(alone), strings: r[3] };
    }).then(function (r) { return lms ? lms.ready.then(function () { return r; }) : r; });
    makeContext();   // once every download has been asked for
    var files = null;
    var Module = {
      canvas: canvas,
      srmHost: {
        releaseFocus: function () { canvas.blur(); },
        loadRest: loadRest,
        fatal: fail,
        clipboardWrite: function (text) {
          if (navigator.clipboard) navigator.clipboard.writeText(text).catch(function () {});
        },
        // Events for a host page embedding the app; the app has already decided the origin.
        // The LMS layer hears them in the page first.
        postEvent: function (payload, origin) {
          var event = JSON.parse(payload);
          if (lms) lms.observe(event);
          if (window.parent === window || (lms && lms.keepsEvents())) return;
          try { window.parent.postMessage(event, origin); } catch (e) { /* a wrong origin is the host's loss */ }
        },
        store: function (slot, text) {
          if (lms && lms.store(slot, text)) return true;
          try {
            var key = STORAGE_KEYS[slot];
            if (!key) return false;
            if (text) window.localStorage.setItem(key, text); else window.localStorage.removeItem(key);
            return true;
          } catch (e) { return false; }
        },
        // The QR code of a workshop's join link: the npm qrcode encoder (qrcode.js, loaded on
        // first use) computes the module matrix, and the app draws it.
        makeQr: function (text) {
          loadQrEncoder().then(function (qr) {
            var m = qr.create(text, { errorCorrectionLevel: 'M' }).modules, bits = '';
            for (var i = 0; i < m.data.length; ++i) bits += m.data[i] ? '1' : '0';
            withBytes(Module, encoder.encode(text), function (t) {
              withBytes(Module, encoder.encode(bits), function (b) { Module._srm_set_qr(t, m.size, b); });
            });
          }, function () { notice('The QR code could not be made; the join link and room code still work.'); });
        },
        // The learner chose another language: reload in it (its content is fetched at start).
        switchLanguage: function (lang) {
          var url = new URL(location.href);
          url.searchParams.set('lang', lang);
          location.replace(url.href);
        },
        // A file the learner asked for (the room summary as CSV).
        download: function (name, text) {
          var url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
          var a = document.createElement('a');
          a.href = url; a.download = name; a.hidden = true;
          document.body.appendChild(a); a.click(); a.remove();
          setTimeout(function () { URL.revokeObjectURL(url); }, 1000);
        }
      },
      print: function (text) { console.log(text); },
      printErr: function (text) { console.warn(text); },
      onAbort: function (reason) {
        if (!window.srm.ready && hasSavedData() && setAsideAndReload(reason)) return;
        fail('The application stopped unexpectedly: ' + reason);
      },
      loadSplitModule: loadSplitModule,
      instantiateWasm: function (imports, done) {
        var module = null;
        app.then(function (r) {
          var wasm = r[0];
          if (!wasm.ok) throw new Error('The application file app.wasm ' + wasm.reason + '.');
          module = wasm.module;
          return WebAssembly.instantiate(module, imports);
        }).then(function (instance) { done(instance, module); }, function (e) {
          fail(/^The /.test(e.message) ? e.message : 'The application could not be started: ' + e.message);
        });
        return {};
      },
      onRuntimeInitialized: function () {
        // A page that loads everything at start also waits for the deferred code, so that no
        // placeholder is called before it is in (see [SECTION] Deferred code).
        Promise.all([downloads, deferredAtStart ? loadDeferredCode() : null]).then(function (r) {
          files = r[0];
          if (!files.fonts[0].ok) return fail('The font file ' + manifest.fonts[0].path + ' ' + files.fonts[0].reason + '.');
          try {
            if (deferred.module) instantiateDeferred(Module.asm);
            startApp();
          } catch (e) {
            if (!failed && hasSavedData() && setAsideAndReload(e)) return;
            fail('The application could not be started: ' + (e && e.message || e));
          }
        });
      }
    };
    // Hands the downloaded files, the link, the language and the saved data to the app and starts it.
    function startApp() {
        performance.mark('srm-runtime');
        withBytes(Module, encoder.encode(new Date().toISOString().slice(0, 10)), function (p) { Module._srm_set_today(p); });
        files.fonts.forEach(function (f, role) {
          if (f.ok) withBytes(Module, f.bytes, function (p, n) { Module._srm_add_font(role, p, n); });
        });
        // The glyphs the subset fonts hold, which the app rasterises; on the first view, only those
        // it can draw until the rest arrives.
        if (typeof manifest.glyphs === 'string') withBytes(Module, encoder.encode(manifest.glyphs), function (p) { Module._srm_set_glyphs(p); });
        var firstGlyphs = rest && manifest.firstView.glyphs && manifest.firstView.glyphs[language];
        if (typeof firstGlyphs === 'string') withBytes(Module, encoder.encode(firstGlyphs), function (p) { Module._srm_set_first_view_glyphs(p); });
        // The interface's words in the page's language; without them it speaks English.
        files.strings.forEach(function (r, i) {
          if (r.ok) withBytes(Module, r.bytes, function (p, n) { Module._srm_set_strings(p, n); });
          else console.warn('The interface text ' + strings[i].path + ' ' + r.reason + '; it is shown in English.');
        });
        if (rest) Module._srm_begin_first_view();
        files.content.forEach(function (r) { addContentFile(Module, r); });
        // The download promise still holds this object: empty it, so that none of the fetched
        // bytes (the fonts, content) outlive their copy in the app's memory.
        files.fonts = files.content = null;
        files = null;
        performance.mark('srm-content');   // content parsed and checked file by file
        withBytes(Module, encoder.encode(lms ? lms.appQuery(location.search) : location.search), function (p) { Module._srm_set_query(p); });
        withBytes(Module, encoder.encode(language), function (p) { Module._srm_set_language(p); });
        withBytes(Module, encoder.encode(location.href.split(/[?#]/)[0]), function (p) { Module._srm_set_page_address(p); });
        withBytes(Module, encoder.encode(readStored('progress')), function (p) { Module._srm_set_saved_progress(p); });
        withBytes(Module, encoder.encode(readStored('run')), function (p) { Module._srm_set_saved_run(p); });
        withBytes(Module, encoder.encode(readStored('display')), function (p) { Module._srm_set_saved_display(p); });
        withBytes(Module, encoder.encode(readStored('stack')), function (p) { Module._srm_set_saved_stack(p); });
        var dark = window.matchMedia('(prefers-color-scheme: dark)');
        Module._srm_set_system_dark(dark.matches ? 1 : 0);
        Module._srm_set_learning_platform(lms && lms.active ? 1 : 0);
        dark.addEventListener('change', function () { Module._srm_set_system_dark(dark.matches ? 1 : 0); });
        var motion = window.matchMedia('(prefers-reduced-motion: reduce)');
        Module._srm_set_reduced_motion(motion.matches ? 1 : 0);
        motion.addEventListener('change', function () { Module._srm_set_reduced_motion(motion.matches ? 1 : 0); });
        canvas.hidden = false;
        canvas.style.visibility = '';
        if (window.srmMirror) {
          var call = function (fn, id, text) {
            withBytes(Module, encoder.encode(id), function (p) {
              if (text === undefined) fn(p);
              else withBytes(Module, encoder.encode(text), function (t) { fn(p, t); });
            });
          };
          window.srmMirror.attach({
            focus: function (id) { call(Module._srm_focus, id); },
            activate: function (id) { call(Module._srm_activate, id); },
            setText: function (id, text) { call(Module._srm_set_text, id, text); },
            pressKey: function (id, key) { call(Module._srm_press_key, id, key); }
          });
        }
        if (Module._srm_start() !== 0 || failed) return;
        performance.mark('srm-started');
        $('loading').hidden = true;
        progress.done = true; showProgress();
        window.srm.ready = true;
        parentOrigin = window.srm.state().look.parent_origin || '';
        showRecovered();
        // Runs after the app's own first animation-frame callback: the first frame is drawn.
        requestAnimationFrame(function () { window.srm.firstFrameAt = performance.now(); });
        if (window.top === window) canvas.focus();
    }
    window.Module = Module;
    deferred.app = Module;
    loadDeferredCodeOnFirstInput();
    window.srm = {
      ready: false,
      loading: progress,
      // Before the app has started there is nothing to read: no nodes, and no state (null).
      semantics: function () { return window.srm.ready ? JSON.parse(Module.UTF8ToString(Module._srm_semantics_json())) : []; },
      state: function () { return window.srm.ready ? JSON.parse(Module.UTF8ToString(Module._srm_state_json())) : null; },
      // The links and text boxes alone, cheap enough for input handlers.
      linkNodes: function () { return window.srm.ready ? JSON.parse(Module.UTF8ToString(Module._srm_link_nodes_json())) : []; },
      wake: function () { Module._srm_wake(); },
      // The code the first view does not run (see "Deferred code"): 'waiting' until something
      // asks for it, 'loading', then 'ready' once instantiated (also when the app is one module).
      deferredCode: function () { return deferredCodeState(); }
    };
    // The app checks its canvas size only when woken: on resize and on pixel-ratio changes.
    if (typeof ResizeObserver === 'function') new ResizeObserver(function () { if (window.srm.ready) Module._srm_wake(); }).observe(canvas);
    (function watchPixelRatio() {
      var query = window.matchMedia('(resolution: ' + window.devicePixelRatio + 'dppx)');
      var onChange = function () { query.removeEventListener('change', onChange); if (window.srm.ready) Module._srm_wake(); watchPixelRatio(); };
      query.addEventListener('change', onChange);
    })();
    // Messages from the host page: only from parent_origin, only the documented shape.
    // The origin is checked first and cheaply: the parent origin is read once, when the app starts.
    var parentOrigin = '';
    var hostMessages = window.srm.hostMessages = { answered: 0, ignored: 0 };   // so tests wait on a count, not a delay
    window.addEventListener('message', function (e) {
      var allowed = parentOrigin;
      var d = e.data;
      if (!allowed || e.origin !== allowed || !d || typeof d !== 'object' || d.source !== 'srm-host' || d.version !== 1 || d.type !== 'ping') {
        hostMessages.ignored++;
        return;
      }
      hostMessages.answered++;
      e.source.postMessage({ source: 'srm-trainer', version: 1, type: 'ready' }, allowed);
    });
    document.addEventListener('paste', function (e) {
      if (document.activeElement !== canvas || !window.srm.ready) return;
      var text = (e.clipboardData && e.clipboardData.getData('text/plain')) || '';
      withBytes(Module, encoder.encode(text), function (p) { Module._srm_paste(p); });
      e.preventDefault();
    });
    var script = document.createElement('script');
    if (inlineFiles && typeof inlineFiles['app.js'] === 'string') {
      script.textContent = new TextDecoder().decode(fromBase64(inlineFiles['app.js']));
    } else {
      script.src = 'app.js';
      script.onerror = function () { fail('The application script app.js could not be downloaded.'); };
    }
    document.body.appendChild(script);
  }

  var reason = unsupportedReason();
  if (reason) return fail(reason);
  // The build writes the list of files to fetch, with their sizes, into the page itself.
  var manifestElement = $('srm-manifest');
  var manifest = null;
  try { manifest = JSON.parse(manifestElement ? manifestElement.textContent : ''); } catch (e) { manifest = null; }
  if (!manifest || !manifest.languages || !manifest.app || !manifest.fonts || !manifest.strings || !manifest.content ||
      !manifest.content.every(function (pack) { return Array.isArray(pack.files); }))
    return fail('This copy of the page has no file list; it was not produced by the build.');
  loadLmsLayer().then(function () {
    lms = window.srmLms || null;
    start(manifest);
  });
})();
