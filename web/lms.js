// SRM Trainer in a learning platform. When the page runs inside an LMS this reports there what the
// learner does: it finds a SCORM 2004 (API_1484_11) or SCORM 1.2 (API) runtime in the parent
// frames or the opener, or cmi5 launch parameters in the link (lms-cmi5.js, with the @xapi/cmi5
// library), or a learning record store named by the host (lms-xapi.js). It listens to the app's
// events in this page, keeps the learner's place in the platform's suspend data, and terminates
// when the page closes. Outside a platform it does nothing. docs/lms.md says what goes where.
//
// The loader asks it: ready (a promise: the platform is initialised), appQuery() (the link for the
// app, without the platform's own parameters), saved()/store() (progress and the quiz run live in
// the platform), addContent() (the quiz files, for the interactions) and observe() (app events).
//
// [SECTION] Launch parameters and the pass mark
// [SECTION] Interactions from the app's events
// [SECTION] SCORM 1.2 and 2004
// [SECTION] The layer the loader sees
(function () {
  'use strict';
  var query = new URLSearchParams(location.search);

  // ---------------------------------------------------------------------------
  // [SECTION] Launch parameters and the pass mark
  // ---------------------------------------------------------------------------
  // Parameters the platform or the host adds to the link; the app never sees them.
  var CMI5_PARAMS = ['endpoint', 'fetch', 'actor', 'registration', 'activityId'];
  var LAYER_PARAMS = ['pass_mark', 'lrs_endpoint', 'lrs_auth', 'lrs_actor', 'lrs_config'].concat(CMI5_PARAMS);

  // A pass mark is a share from 0 to 1; anything else is ignored.
  function share(text) {
    if (text === null || text === undefined || !/^(0(\.\d{1,4})?|1(\.0{1,4})?)$/.test(String(text).trim())) return null;
    return Number(text);
  }
  var linkPassMark = share(query.get('pass_mark'));

  // ---------------------------------------------------------------------------
  // [SECTION] Interactions from the app's events
  // ---------------------------------------------------------------------------
  // The app's question_answered event carries the question id and the response in the core's
  // terms (choice indices, owner indices per item or row, the order given, one array a part; for a
  // line, the layers above it), with the question's type, its prompt as shown and the correct
  // response (question_type, prompt, correct_response, same shape as response; a line adds its
  // right range, correct_range). Events without them (an older app) fall back on the quiz file the
  // app loaded, which knows neither generated questions nor a matrix's key.
  var OWNERS = ['customer', 'provider', 'shared', 'not-applicable'];
  var SHORT_IDS = 'abcdefghijklmnopqrstuvwxyz0123456789';
  var INTERACTION_TYPES = { single: 'choice', multiple: 'choice', 'true-false': 'true-false', ordering: 'sequencing',
                            classify: 'matching', matrix: 'matching', scenario: 'other', line: 'numeric' };
  var quizzes = {};   // quiz id -> { pass_mark, title, questions: { id -> question } }
  var MAX_QUIZ_FILE = 1 << 20;

  function addContent(path, bytes) {
    if (!/^quizzes\/[a-z0-9-]+(\.[a-z]{2})?\.json$/.test(path) || bytes.length > MAX_QUIZ_FILE) return;
    var quiz;
    try { quiz = JSON.parse(new TextDecoder().decode(bytes)); } catch (e) { return; }
    if (!quiz || typeof quiz.id !== 'string' || !Array.isArray(quiz.questions)) return;
    var questions = {};
    quiz.questions.forEach(function (q) { if (q && typeof q.id === 'string') questions[q.id] = q; });
    quizzes[quiz.id] = { pass_mark: share(quiz.pass_mark), title: String(quiz.title || quiz.id), questions: questions };
  }

  // The correct response in the shape of the app's response, or null when it cannot be known here.
  function keyOf(q) {
    switch (q && q.type) {
    case 'single': return typeof q.key === 'number' ? [q.key] : null;
    case 'multiple': return Array.isArray(q.key) ? q.key.slice() : null;
    case 'true-false': return typeof q.key === 'boolean' ? [q.key ? 0 : 1] : null;
    case 'ordering': return Array.isArray(q.order) ? q.order.map(function (_, i) { return i; }) : null;
    case 'classify': return Array.isArray(q.items) ? q.items.map(function (item) { return OWNERS.indexOf(item.owner); }) : null;
    case 'scenario':
      if (!Array.isArray(q.questions)) return null;
      var parts = q.questions.map(keyOf);
      return parts.some(function (p) { return p === null; }) ? null : parts;
    default: return null;
    }
  }

  function shortId(i) { return typeof i === 'number' && i >= 0 && i < SHORT_IDS.length ? SHORT_IDS.charAt(i) : 'x'; }

  // Values of one response as the standard's tokens: {type, tokens} where tokens is a list of ids,
  // a boolean (true-false), a list of [source, target] pairs (matching) or a number (numeric).
  function tokensOf(type, values) {
    if (!Array.isArray(values)) return null;
    if (type === 'numeric') return typeof values[0] === 'number' ? values[0] : null;
    if (type === 'true-false') return values.length ? values[0] === 0 : null;
    if (type === 'matching') return values.map(function (owner, i) { return [shortId(i), OWNERS[owner] || 'unplaced']; });
    return values.map(shortId);
  }

  // One interaction per answer, independent of the standard; the reporters format it.
  function interactionOf(event, answeredAt, shownAt) {
    var quiz = quizzes[event.quiz] || { questions: {} };
    var q = quiz.questions[event.question] || null;
    var kind = typeof event.question_type === 'string' ? event.question_type : q ? q.type : '';
    var type = INTERACTION_TYPES[kind] || 'other';
    var key = Array.isArray(event.correct_response) ? event.correct_response : keyOf(q);
    var interaction = { quiz: event.quiz, question: String(event.question), type: type, correct: event.correct === true,
                        score: typeof event.score === 'number' ? event.score : 0,
                        description: typeof event.prompt === 'string' ? event.prompt : q ? String(q.prompt || '') : '',
                        at: answeredAt, latency: Math.max(0, answeredAt - shownAt) };
    if (type === 'other') {
      var partTypes = q && Array.isArray(q.questions) ? q.questions.map(function (p) { return INTERACTION_TYPES[p.type] || 'other'; }) : [];
      var parts = function (values) {
        if (!Array.isArray(values)) return null;
        if (!values.every(Array.isArray)) return [{ type: 'choice', tokens: tokensOf('choice', values) }];
        return values.map(function (v, i) { return { type: partTypes[i] || 'choice', tokens: tokensOf(partTypes[i] || 'choice', v) }; });
      };
      interaction.response = parts(event.response);
      interaction.key = key ? parts(key) : null;
    } else if (type === 'numeric') {
      var range = event.correct_range;
      interaction.response = tokensOf(type, event.response);
      interaction.key = Array.isArray(range) && range.length === 2 && range.every(Number.isInteger) ? range.slice() : key ? tokensOf(type, key) : null;
    } else {
      interaction.response = tokensOf(type, event.response);
      interaction.key = key ? tokensOf(type, key) : null;
    }
    return interaction;
  }

  // The SCORM 2004 and xAPI form of tokens ("a[,]b", "a[.]customer", "true", a range "2[:]3"), and
  // the SCORM 1.2 form ("a,b", "a.c", "t", a range's low end "2"); a scenario's parts read
  // "1=a 2=b,c" in both.
  function format(type, tokens, scorm12) {
    var list = scorm12 ? ',' : '[,]', pair = scorm12 ? '.' : '[.]';
    if (tokens === null || tokens === undefined) return '';
    if (type === 'numeric') return Array.isArray(tokens) ? (scorm12 ? String(tokens[0]) : tokens[0] + '[:]' + tokens[1]) : String(tokens);
    if (type === 'other') return tokens.map(function (p, i) { return (i + 1) + '=' + format(p.type, p.tokens, true); }).join(' ');
    if (type === 'true-false') return scorm12 ? (tokens ? 't' : 'f') : String(tokens);
    if (type === 'matching') return tokens.map(function (p) { return p[0] + pair + (scorm12 ? p[1].charAt(0) : p[1]); }).join(list);
    return tokens.join(list);
  }

  // ---------------------------------------------------------------------------
  // [SECTION] SCORM 1.2 and 2004
  // ---------------------------------------------------------------------------
  // The runtime is an object called API (1.2) or API_1484_11 (2004) in a parent frame or in the
  // opener's frames; frames from another origin throw on access and are skipped.
  function findApi(name) {
    var seek = function (win) {
      for (var depth = 0; win && depth < 100; ++depth) {
        try { if (win[name]) return win[name]; } catch (e) { /* another origin */ }
        if (win.parent === win) break;
        win = win.parent;
      }
      return null;
    };
    var api = seek(window);
    if (!api && window.opener) api = seek(window.opener);
    var init = name === 'API' ? 'LMSInitialize' : 'Initialize';
    return api && typeof api[init] === 'function' ? api : null;   // a page's own "API" object is not a runtime
  }

  function pad(n, width) { var s = String(Math.floor(n)); while (s.length < width) s = '0' + s; return s; }
  var SCORM = {
    '1.2': {
      names: { init: 'LMSInitialize', get: 'LMSGetValue', set: 'LMSSetValue', commit: 'LMSCommit', finish: 'LMSFinish' },
      suspendLimit: 4096, textLimit: 255,
      status: 'cmi.core.lesson_status', exit: 'cmi.core.exit', suspend: 'cmi.suspend_data', sessionTime: 'cmi.core.session_time',
      score: 'cmi.core.score', exitSuspend: 'suspend', exitDone: '', wrong: 'wrong',
      passMark: function (get) { var m = parseFloat(get('cmi.student_data.mastery_score')); return isFinite(m) ? m / 100 : null; },
      duration: function (seconds) {
        return pad(seconds / 3600, 4) + ':' + pad(seconds % 3600 / 60, 2) + ':' + pad(seconds % 60, 2) + '.' + pad(seconds * 100 % 100, 2);
      },
      clock: function (ms) { var d = new Date(ms); return pad(d.getHours(), 2) + ':' + pad(d.getMinutes(), 2) + ':' + pad(d.getSeconds(), 2); },
      started: function (set, get, hasQuiz) {
        var status = get('cmi.core.lesson_status');
        if (status === 'not attempted' || status === '') set('cmi.core.lesson_status', hasQuiz ? 'incomplete' : 'completed');
      },
      finished: function (set, scaled, passed) {
        set('cmi.core.score.min', '0'); set('cmi.core.score.max', '100');
        set('cmi.core.score.raw', String(Math.round(scaled * 10000) / 100));
        set('cmi.core.lesson_status', passed ? 'passed' : 'failed');
      }
    },
    '2004': {
      names: { init: 'Initialize', get: 'GetValue', set: 'SetValue', commit: 'Commit', finish: 'Terminate' },
      suspendLimit: 64000, textLimit: 4000,
      exit: 'cmi.exit', suspend: 'cmi.suspend_data', sessionTime: 'cmi.session_time',
      exitSuspend: 'suspend', exitDone: 'normal', wrong: 'incorrect',
      passMark: function (get) { var m = share(get('cmi.scaled_passing_score')); return m; },
      duration: function (seconds) { return 'PT' + Math.floor(seconds / 3600) + 'H' + Math.floor(seconds % 3600 / 60) + 'M' + (Math.round(seconds % 60 * 100) / 100) + 'S'; },
      clock: function (ms) { return new Date(ms).toISOString().slice(0, 19); },
      started: function (set, get, hasQuiz) {
        var status = get('cmi.completion_status');
        if (status !== 'completed') set('cmi.completion_status', hasQuiz ? 'incomplete' : 'completed');
      },
      finished: function (set, scaled, passed) {
        set('cmi.score.min', '0'); set('cmi.score.max', '100');
        set('cmi.score.raw', String(Math.round(scaled * 10000) / 100));
        set('cmi.score.scaled', String(Math.round(scaled * 10000) / 10000));
        set('cmi.success_status', passed ? 'passed' : 'failed');
        set('cmi.completion_status', 'completed');
      }
    }
  };

  // A reporter for one SCORM runtime: {version, saved, passMark, quizStarted, answered, completed, store, finish}.
  function scormReporter(api, version) {
    var std = SCORM[version], n = std.names;
    var call = function (fn, a, b) { try { return String(api[fn](a, b)); } catch (e) { return ''; } };
    var get = function (key) { return call(n.get, key); };
    var set = function (key, value) { return call(n.set, key, value) === 'true'; };
    var commitPending = false;
    // Everything written in one frame (an answer and the saved run) goes out in one commit.
    var commit = function () {
      if (commitPending) return;
      commitPending = true;
      Promise.resolve().then(function () { commitPending = false; if (!finished) call(n.commit, ''); });
    };
    var startedAt = Date.now(), finished = false;
    if (call(n.init, '') !== 'true') return null;
    var saved = { progress: '', run: '' };
    try {
      var data = JSON.parse(get(std.suspend) || '{}');
      if (data && typeof data.p === 'string') saved.progress = data.p;
      if (data && typeof data.r === 'string') saved.run = data.r;
    } catch (e) { /* suspend data from something else: start afresh */ }
    var hasQuiz = !!query.get('quiz');
    std.started(set, get, hasQuiz);
    set(std.exit, std.exitSuspend);
    commit();
    var limit = function (text, max) { return text.length > max ? text.slice(0, max) : text; };
    return {
      version: version,
      saved: saved,
      passMark: std.passMark(get),
      quizStarted: function () { set(std.exit, std.exitSuspend); commit(); },
      answered: function (it) {
        var i = parseInt(get('cmi.interactions._count'), 10) || 0, base = 'cmi.interactions.' + i + '.';
        var scorm12 = version === '1.2';
        var type = scorm12 && it.type === 'other' ? 'performance' : it.type;
        set(base + 'id', scorm12 ? limit(it.question.replace(/[^\w.-]/g, '_'), 255)
                                 : 'urn:srm-trainer:quiz:' + it.quiz + ':' + it.question.replace(/\s/g, '_'));
        set(base + 'type', type);
        if (it.key) set(base + 'correct_responses.0.pattern', limit(format(it.type, it.key, scorm12), std.textLimit));
        set(base + (scorm12 ? 'student_response' : 'learner_response'), limit(format(it.type, it.response, scorm12), std.textLimit));
        set(base + 'result', it.correct ? 'correct' : std.wrong);
        set(base + 'weighting', '1');
        set(base + (scorm12 ? 'time' : 'timestamp'), std.clock(it.at));
        set(base + 'latency', std.duration(it.latency / 1000));
        if (!scorm12 && it.description) set(base + 'description', limit(it.description, 250));
        commit();
      },
      completed: function (scaled, passed) {
        std.finished(set, scaled, passed);
        set(std.exit, std.exitDone);
        commit();
      },
      // The progress code and the quiz run as one JSON text; a run that would not fit is dropped
      // (the learner then restarts that quiz) so that the progress code always fits.
      store: function (slot, text) {
        saved[slot] = text;
        var both = JSON.stringify({ p: saved.progress, r: saved.run });
        if (both.length > std.suspendLimit) both = JSON.stringify({ p: saved.progress });
        if (both.length > std.suspendLimit) both = '{}';
        set(std.suspend, both);
        commit();
      },
      finish: function () {
        if (finished) return;
        set(std.sessionTime, std.duration((Date.now() - startedAt) / 1000));
        call(n.commit, '');
        finished = true;
        call(n.finish, '');
      }
    };
  }

  // ---------------------------------------------------------------------------
  // [SECTION] The layer the loader sees
  // ---------------------------------------------------------------------------
  var readyResolve, ready = new Promise(function (resolve) { readyResolve = resolve; });
  var scorm2004 = findApi('API_1484_11'), scorm12 = scorm2004 ? null : findApi('API');
  // SCORM: synchronous, set now (null when the runtime refuses to initialise); cmi5 and xAPI: when ready.
  var reporter = scorm2004 || scorm12 ? scormReporter(scorm2004 || scorm12, scorm2004 ? '2004' : '1.2') : null;
  var cmi5 = !reporter && CMI5_PARAMS.every(function (p) { return query.get(p); });
  var xapi = !reporter && !cmi5 && !!(query.get('lrs_endpoint') || query.get('lrs_config'));
  var active = !!(reporter || cmi5 || xapi);
  var parentOriginGiven = !!query.get('parent_origin');

  function loadScript(src) {
    return new Promise(function (resolve, reject) {
      var script = document.createElement('script');
      script.src = src; script.onload = resolve; script.onerror = reject;
      document.head.appendChild(script);
    });
  }

  if (cmi5 || xapi) {
    var scripts = cmi5 ? ['vendor/cmi5.js', 'lms-cmi5.js'] : ['lms-xapi.js'];
    scripts.reduce(function (p, src) { return p.then(function () { return loadScript(src); }); }, Promise.resolve())
      .then(function () { return window.srmLmsReporters[cmi5 ? 'cmi5' : 'xapi'](query, { format: format }); })
      .then(function (r) { reporter = r; }, function (e) { console.warn('SRM Trainer: the learning record store could not be reached', e); })
      .then(readyResolve);
  } else {
    readyResolve();
  }

  // The quiz being taken and when its current question was shown (for each answer's latency).
  var shownAt = Date.now();
  function passMark(quizId) {
    if (linkPassMark !== null) return linkPassMark;
    if (reporter && reporter.passMark !== null && reporter.passMark !== undefined) return reporter.passMark;
    var quiz = quizzes[quizId];
    return quiz && quiz.pass_mark !== null ? quiz.pass_mark : null;
  }

  function observe(event) {
    if (!reporter || !event || event.source !== 'srm-trainer') return;
    var now = Date.now();
    if (event.type === 'quiz_started') {
      shownAt = now;
      reporter.quizStarted(event);
    } else if (event.type === 'question_answered') {
      reporter.answered(interactionOf(event, now, shownAt));
      shownAt = now;
    } else if (event.type === 'quiz_completed' && event.score && typeof event.score.scaled === 'number') {
      var mark = passMark(event.quiz), scaled = Math.max(0, Math.min(1, event.score.scaled));
      reporter.completed(scaled, mark === null ? event.passed === true : scaled >= mark - 1e-9, event);
    }
  }

  var closed = false;
  function close() {
    if (closed || !reporter) return;
    closed = true;
    reporter.finish();
  }
  window.addEventListener('pagehide', close);
  window.addEventListener('beforeunload', close);

  window.srmLms = {
    active: active,
    ready: ready,
    standard: function () { return reporter ? reporter.version : active ? 'starting' : 'none'; },
    // The app's link: without the platform's own parameters; with this page's origin as the
    // parent origin when none is given, so that the app sends its learner events to this layer.
    appQuery: function (search) {
      if (!active) return search;
      var params = new URLSearchParams(search);
      LAYER_PARAMS.forEach(function (p) { params.delete(p); });
      if (!parentOriginGiven && /^https?:/.test(location.origin)) params.set('parent_origin', location.origin);
      var text = params.toString();
      return text ? '?' + text : '';
    },
    // Events stay in this page unless the host itself asked for them with parent_origin.
    keepsEvents: function () { return active && !parentOriginGiven; },
    saved: function (slot) { return reporter && reporter.saved && slot in reporter.saved ? reporter.saved[slot] : null; },
    store: function (slot, text) {
      if (!reporter || !reporter.saved || !(slot in reporter.saved)) return false;
      reporter.store(slot, text);
      return true;
    },
    addContent: function (path, bytes) { if (active) addContent(path, bytes); },
    observe: observe,
    finish: close
  };
})();
