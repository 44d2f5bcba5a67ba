// xAPI without a learning platform, for SRM Trainer's LMS layer (lms.js loads it only when the
// host names a learning record store). The host gives the LRS in the link (lrs_endpoint, lrs_auth,
// lrs_actor) or in a JSON file next to the site (lrs_config=lrs.json: {endpoint, auth, actor});
// nothing of it is in the bundle. Each answer sends an "answered" statement and each finished
// quiz a "completed" one with the score and success; progress stays in the browser as without it.
(function () {
  'use strict';
  var VERBS = { answered: 'http://adlnet.gov/expapi/verbs/answered', completed: 'http://adlnet.gov/expapi/verbs/completed' };
  var INTERACTION = 'http://adlnet.gov/expapi/activities/cmi.interaction';
  var ASSESSMENT = 'http://adlnet.gov/expapi/activities/assessment';
  var MAX_CONFIG = 16384;

  // The LRS settings, from the config file when one is named, else from the link.
  function settings(query) {
    var file = query.get('lrs_config');
    if (file) {
      if (!/^[\w-]{1,64}\.json$/.test(file)) return Promise.reject(new Error('lrs_config names a .json file next to the site'));
      return fetch(file, { cache: 'no-cache' }).then(function (r) { return r.text(); }).then(function (text) {
        if (text.length > MAX_CONFIG) throw new Error('the LRS config is too large');
        return JSON.parse(text);
      });
    }
    var who = query.get('lrs_actor') || '';
    return Promise.resolve({ endpoint: query.get('lrs_endpoint'), auth: query.get('lrs_auth'),
                             actor: /@/.test(who) ? { mbox: 'mailto:' + who } : { name: who || 'SRM Trainer learner' } });
  }

  // An actor needs an identifier: an e-mail, or a name on this site as an account.
  function agent(actor) {
    var a = { objectType: 'Agent' };
    if (actor && typeof actor.name === 'string') a.name = actor.name.slice(0, 200);
    if (actor && typeof actor.mbox === 'string' && /^mailto:[^\s@]+@[^\s@]+$/.test(actor.mbox)) a.mbox = actor.mbox;
    else a.account = { homePage: location.origin + location.pathname, name: a.name || 'learner' };
    return a;
  }

  function uuid() {
    var b = crypto.getRandomValues(new Uint8Array(16)), h = '';
    b[6] = (b[6] & 0x0f) | 0x40; b[8] = (b[8] & 0x3f) | 0x80;
    for (var i = 0; i < 16; ++i) h += (b[i] + 0x100).toString(16).slice(1) + (i === 3 || i === 5 || i === 7 || i === 9 ? '-' : '');
    return h;
  }

  function start(query, helpers) {
    return settings(query).then(function (config) {
      if (!config || !/^https:\/\/|^http:\/\/(127\.0\.0\.1|localhost)[:/]/.test(String(config.endpoint || '')))
        throw new Error('the LRS endpoint must be an https address');
      var endpoint = String(config.endpoint).replace(/\/?$/, '/');
      var actor = agent(config.actor);
      var lang = document.documentElement.lang === 'fr' ? 'fr-FR' : 'en-US';
      var site = location.origin + location.pathname.replace(/[^/]*$/, '');
      var quizStartedAt = Date.now();
      var queue = Promise.resolve();
      var send = function (statement) {
        statement.id = uuid(); statement.actor = actor; statement.timestamp = new Date().toISOString();
        queue = queue.then(function () {
          return fetch(endpoint + 'statements', {
            method: 'POST', body: JSON.stringify(statement),
            headers: { 'Content-Type': 'application/json', 'X-Experience-API-Version': '1.0.3', Authorization: String(config.auth || '') }
          });
        }).catch(function (e) { console.warn('SRM Trainer: a statement did not reach the LRS', e); });
      };
      var quizActivity = function (quiz) {
        return { objectType: 'Activity', id: site + 'quiz/' + encodeURIComponent(quiz), definition: { type: ASSESSMENT } };
      };
      var seconds = function (ms) { return 'PT' + Math.round(Math.max(0, ms) / 10) / 100 + 'S'; };
      return {
        version: 'xapi',
        passMark: null,
        quizStarted: function () { quizStartedAt = Date.now(); },
        answered: function (it) {
          var definition = { type: INTERACTION, interactionType: it.type };
          if (it.key) definition.correctResponsesPattern = [helpers.format(it.type, it.key, false)];
          if (it.description) definition.description = {}, definition.description[lang] = it.description.slice(0, 1000);
          send({
            verb: { id: VERBS.answered, display: { 'en-US': 'answered' } },
            object: { objectType: 'Activity', id: site + 'quiz/' + encodeURIComponent(it.quiz) + '/question/' + encodeURIComponent(it.question), definition: definition },
            result: { response: helpers.format(it.type, it.response, false), success: it.correct, duration: seconds(it.latency) },
            context: { contextActivities: { parent: [quizActivity(it.quiz)] } }
          });
        },
        completed: function (scaled, passed, event) {
          send({
            verb: { id: VERBS.completed, display: { 'en-US': 'completed' } },
            object: quizActivity(event.quiz),
            result: { score: { scaled: Math.round(scaled * 10000) / 10000, raw: Math.round(scaled * 10000) / 100, min: 0, max: 100 },
                      success: passed, completion: true, duration: seconds(Date.now() - quizStartedAt) }
          });
        },
        finish: function () {}
      };
    });
  }

  window.srmLmsReporters = window.srmLmsReporters || {};
  window.srmLmsReporters.xapi = start;
})();
