// A recording learning record store on loopback for the cmi5 test: it plays the platform's part of
// a cmi5 launch (the fetch URL hands out an auth token; LMS.LaunchData holds the launch mode,
// mastery score and context template) and records every statement it receives, in order.
// problems(statement) checks one with Learning Locker's xAPI validator (npm xapi-validation).
import http from 'node:http';
import { createRequire } from 'node:module';
import { randomUUID } from 'node:crypto';

const validate = createRequire(import.meta.url)('@learninglocker/xapi-validation').default;
const MAX_BODY = 1 << 20;

export async function startRecordingLrs() {
  const statements = [], waiters = [];
  let launchData = null;
  const token = Buffer.from('learner:secret').toString('base64');
  const cors = {
    'Access-Control-Allow-Origin': '*', 'Access-Control-Allow-Methods': 'GET, POST, PUT, OPTIONS',
    'Access-Control-Allow-Headers': 'Authorization, Content-Type, X-Experience-API-Version',
  };
  const reply = (res, status, body) => {
    res.writeHead(status, { ...cors, 'Content-Type': 'application/json', 'X-Experience-API-Version': '1.0.3' });
    res.end(body === undefined ? '' : JSON.stringify(body));
  };
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    let body = '';
    req.on('data', (chunk) => { if (body.length < MAX_BODY) body += chunk; });
    req.on('end', () => {
      if (req.method === 'OPTIONS') return reply(res, 204);
      if (url.pathname === '/fetch' && req.method === 'POST') return reply(res, 200, { 'auth-token': token });
      if (req.headers.authorization !== 'Basic ' + token) return reply(res, 401, { error: 'no auth token' });
      if (url.pathname === '/xapi/activities/state' && url.searchParams.get('stateId') === 'LMS.LaunchData') return reply(res, 200, launchData);
      if (url.pathname === '/xapi/agents/profile') return reply(res, 404, { error: 'no preferences' });
      if (url.pathname === '/xapi/statements' && (req.method === 'POST' || req.method === 'PUT')) {
        const got = [].concat(JSON.parse(body));
        statements.push(...got);
        for (const w of waiters.splice(0)) w();
        return reply(res, 200, got.map((s) => s.id));
      }
      return reply(res, 404, { error: 'not here' });
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${server.address().port}`;
  return {
    statements,
    endpoint: base + '/xapi/',
    auth: 'Basic ' + token,
    forget: () => statements.splice(0),
    // The launch parameters for one AU, as a platform appends them to the AU's URL.
    launch(activityId, masteryScore) {
      const session = randomUUID();
      launchData = {
        contextTemplate: { contextActivities: { grouping: [{ objectType: 'Activity', id: activityId }] },
                           extensions: { 'https://w3id.org/xapi/cmi5/context/extensions/sessionid': session } },
        launchMode: 'Normal', launchMethod: 'AnyWindow', masteryScore, moveOn: 'CompletedAndPassed',
      };
      return new URLSearchParams({
        endpoint: base + '/xapi/', fetch: base + '/fetch', registration: randomUUID(), activityId,
        actor: JSON.stringify({ objectType: 'Agent', name: 'A learner', account: { homePage: 'https://lms.example.org', name: 'learner-1' } }),
      }).toString();
    },
    // Resolves once the statements received so far satisfy `done` (checked on each arrival).
    waitFor(done) {
      return new Promise((resolve) => {
        const check = () => (done(statements) ? resolve() : waiters.push(check));
        check();
      });
    },
    problems: (statement) => validate(statement).map((w) => `${w.path.join('.')}: ${w.message}`),
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
