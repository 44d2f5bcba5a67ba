// cmi5 for SRM Trainer's LMS layer (lms.js loads it, after vendor/cmi5.js, the @xapi/cmi5 client,
// only when the platform's launch link carries the cmi5 parameters). The client fetches the auth
// token and the launch data and sends the statements; this decides which and when, in the order
// the cmi5 profile requires: initialized, then answered per question, passed or failed, completed,
// and terminated when the page closes (sent with keepalive so that it survives the unload).
(function () {
  'use strict';
  var CMI5_CATEGORY = 'https://w3id.org/xapi/cmi5/context/categories/cmi5';
  var INTERACTION = 'http://adlnet.gov/expapi/activities/cmi.interaction';

  function uuid() {
    var b = crypto.getRandomValues(new Uint8Array(16)), h = '';
    b[6] = (b[6] & 0x0f) | 0x40; b[8] = (b[8] & 0x3f) | 0x80;
    for (var i = 0; i < 16; ++i) h += (b[i] + 0x100).toString(16).slice(1) + (i === 3 || i === 5 || i === 7 || i === 9 ? '-' : '');
    return h;
  }
  function duration(ms) { return 'PT' + Math.round(Math.max(0, ms) / 10) / 100 + 'S'; }

  function start(query, helpers) {
    var cmi5 = new window.Cmi5();
    var queue = Promise.resolve(), pending = 0;
    var send = function (what, fn) {
      ++pending;
      queue = queue.then(fn).catch(function (e) { console.warn('SRM Trainer: the cmi5 ' + what + ' statement was not recorded', e); })
        .then(function () { --pending; });
    };
    return cmi5.initialize().then(function () {
      var data = cmi5.getLaunchData() || {};
      var normal = data.launchMode === 'Normal';
      var mastery = typeof data.masteryScore === 'number' ? data.masteryScore : null;
      var lang = document.documentElement.lang === 'fr' ? 'fr-FR' : 'en-US';
      var startedAt = Date.now(), sent = {}, terminated = false;
      if (!query.get('quiz') && normal) { sent.completed = true; send('completed', function () { return cmi5.complete(); }); }
      return {
        version: 'cmi5',
        passMark: mastery,
        quizStarted: function () {},
        answered: function (it) {
          var definition = { type: INTERACTION, interactionType: it.type };
          if (it.key) definition.correctResponsesPattern = [helpers.format(it.type, it.key, false)];
          if (it.description) definition.description = {}, definition.description[lang] = it.description.slice(0, 1000);
          var response = helpers.format(it.type, it.response, false);
          var period = { start: new Date(it.at - it.latency), end: new Date(it.at) };
          send('answered', function () {
            return cmi5.interaction(encodeURIComponent(it.quiz), encodeURIComponent(it.question), response, definition, it.correct, period);
          });
        },
        // The platform's mastery score decides pass or fail when it gives one (the cmi5 rule).
        completed: function (scaled, passed) {
          if (!normal) return;
          if (mastery !== null) passed = scaled >= mastery - 1e-9;
          var score = { scaled: Math.round(scaled * 10000) / 10000, raw: Math.round(scaled * 10000) / 100, min: 0, max: 100 };
          if (passed && !sent.passed) { sent.passed = true; send('passed', function () { return cmi5.pass(score); }); }
          if (!passed && !sent.passed && !sent.failed) { sent.failed = true; send('failed', function () { return cmi5.fail(score); }); }
          if (!sent.completed) { sent.completed = true; send('completed', function () { return cmi5.complete(); }); }
        },
        finish: function () {
          if (terminated) return;
          terminated = true;
          var params = cmi5.getLaunchParameters();
          var context = JSON.parse(JSON.stringify(data.contextTemplate || {}));
          context.registration = params.registration;
          context.contextActivities = context.contextActivities || {};
          context.contextActivities.category = [{ id: CMI5_CATEGORY }];
          var statement = {
            id: uuid(), actor: typeof params.actor === 'string' ? JSON.parse(params.actor) : params.actor,
            verb: { id: 'http://adlnet.gov/expapi/verbs/terminated', display: { 'en-US': 'terminated' } },
            object: { objectType: 'Activity', id: params.activityId },
            result: { duration: duration(Date.now() - startedAt) }, context: context, timestamp: new Date().toISOString()
          };
          var endpoint = String(params.endpoint).replace(/\/?$/, '/');
          var post = function () {
            return fetch(endpoint + 'statements', {
              method: 'POST', keepalive: true, body: JSON.stringify(statement),
              headers: { 'Content-Type': 'application/json', 'X-Experience-API-Version': '1.0.3', Authorization: 'Basic ' + cmi5.getAuthToken() }
            }).catch(function () { /* the platform marks the session abandoned */ });
          };
          // Last, after any statement still on its way (a page that stays open delivers them).
          if (pending) queue = queue.then(post); else post();
        }
      };
    });
  }

  window.srmLmsReporters = window.srmLmsReporters || {};
  window.srmLmsReporters.cmi5 = start;
})();
