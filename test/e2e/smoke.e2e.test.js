'use strict';
// End-to-end smoke test of the real-n8n driver (test/e2e/n8n.js), independent of this package's own
// nodes: it runs n8n's built-in nodes, and a tiny fake community package (one declarative node and
// one credential, written to a temp folder below) that calls an HTTP server started here on 127.0.0.1.
//
// The first run installs n8n 2.40.7 (~4-6 min, cached afterwards under ~/.cache).

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const http = require('node:http');
const { ensureN8n, createInstance, nodeOutput, runError, chain } = require('./n8n');

jest.setTimeout(15 * 60_000);

const FAKE_PKG = 'n8n-nodes-e2e-fake';

/** Writes a minimal community package: package.json with an `n8n` block, plain-JS dist/. */
function writeFakePackage(dir) {
  fs.mkdirSync(path.join(dir, 'dist', 'nodes', 'FakeEcho'), { recursive: true });
  fs.mkdirSync(path.join(dir, 'dist', 'credentials'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({
    name: FAKE_PKG,
    version: '0.0.1',
    main: 'index.js',
    keywords: ['n8n-community-node-package'],
    n8n: {
      n8nNodesApiVersion: 1,
      credentials: ['dist/credentials/FakeEchoApi.credentials.js'],
      nodes: ['dist/nodes/FakeEcho/FakeEcho.node.js'],
    },
  }, null, 2));
  fs.writeFileSync(path.join(dir, 'dist', 'credentials', 'FakeEchoApi.credentials.js'), `'use strict';
class FakeEchoApi {
  constructor() {
    this.name = 'fakeEchoApi';
    this.displayName = 'Fake Echo API';
    this.properties = [
      { displayName: 'API Key', name: 'apiKey', type: 'string', typeOptions: { password: true }, default: '' },
      { displayName: 'Base URL', name: 'baseUrl', type: 'string', default: '' },
    ];
    this.authenticate = { type: 'generic', properties: { headers: { Authorization: '=Bearer {{$credentials.apiKey}}' } } };
  }
}
module.exports = { FakeEchoApi };
`);
  fs.writeFileSync(path.join(dir, 'dist', 'nodes', 'FakeEcho', 'FakeEcho.node.js'), `'use strict';
class FakeEcho {
  constructor() {
    this.description = {
      displayName: 'Fake Echo',
      name: 'fakeEcho',
      icon: 'fa:bolt',
      group: ['transform'],
      version: 1,
      description: 'Gets a thing from the fake API',
      defaults: { name: 'Fake Echo' },
      inputs: ['main'],
      outputs: ['main'],
      credentials: [{ name: 'fakeEchoApi', required: true }],
      requestDefaults: { baseURL: '={{$credentials.baseUrl}}', headers: { Accept: 'application/json' } },
      properties: [
        {
          displayName: 'Operation', name: 'operation', type: 'options', noDataExpression: true, default: 'get',
          options: [{
            name: 'Get', value: 'get', action: 'Get a thing',
            routing: { request: { method: 'GET', url: '=/things/{{$parameter.thingId}}' } },
          }],
        },
        { displayName: 'Thing ID', name: 'thingId', type: 'string', default: '' },
      ],
    };
  }
}
module.exports = { FakeEcho };
`);
}

describe('real n8n driver (smoke)', () => {
  let n8n;
  let api;
  let apiUrl;
  const requests = [];
  let tmp;

  beforeAll(async () => {
    ensureN8n(); // installs on first use (progress on stderr)

    api = http.createServer((req, res) => {
      requests.push({ method: req.method, url: req.url, authorization: req.headers.authorization });
      const m = /^\/things\/([^/?]+)$/.exec(req.url);
      if (req.method === 'GET' && m && m[1] !== 'missing') {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ id: m[1], name: `thing ${m[1]}`, source: 'fake-api' }));
        return;
      }
      res.writeHead(404, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ message: 'not found' }));
    });
    await new Promise((r) => api.listen(0, '127.0.0.1', r));
    apiUrl = `http://127.0.0.1:${api.address().port}`;

    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'n8n-fake-pkg-'));
    writeFakePackage(tmp);
    n8n = await createInstance({ packageDir: tmp });
  });

  afterAll(async () => {
    if (n8n) await n8n.cleanup();
    if (api) await new Promise((r) => api.close(r));
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('copies the package into the user folder (not a symlink)', () => {
    const target = path.join(n8n.dir, '.n8n', 'nodes', 'node_modules', FAKE_PKG);
    expect(fs.lstatSync(target).isSymbolicLink()).toBe(false);
    expect(fs.existsSync(path.join(target, 'dist', 'nodes', 'FakeEcho', 'FakeEcho.node.js'))).toBe(true);
    const manifest = JSON.parse(fs.readFileSync(path.join(n8n.dir, '.n8n', 'nodes', 'package.json'), 'utf8'));
    expect(manifest.dependencies[FAKE_PKG]).toBe('0.0.1');
  });

  it('imports credentials and workflows in one call each', async () => {
    const c = await n8n.importCredentials([
      { id: 'credFakeEcho001', name: 'Fake Echo account', type: 'fakeEchoApi', data: { apiKey: 'fake-key-123', baseUrl: apiUrl } },
    ]);
    expect(c.code).toBe(0);
    const w = await n8n.importWorkflows([
      {
        id: 'wfSmokeSet00001',
        name: 'Smoke: built-in nodes',
        nodes: [
          { name: 'Start', type: 'n8n-nodes-base.manualTrigger', typeVersion: 1 },
          {
            name: 'Set',
            type: 'n8n-nodes-base.set',
            typeVersion: 3.4,
            parameters: { mode: 'raw', jsonOutput: '{"hello":"world","answer":42}' },
          },
          { name: 'Done', type: 'n8n-nodes-base.noOp', typeVersion: 1 },
        ],
        connections: chain('Start', 'Set', 'Done'),
      },
      {
        id: 'wfSmokeFake0001',
        name: 'Smoke: fake community node',
        nodes: [
          { name: 'Start', type: 'n8n-nodes-base.manualTrigger', typeVersion: 1 },
          {
            name: 'Fake Echo',
            type: `${FAKE_PKG}.fakeEcho`,
            typeVersion: 1,
            parameters: { operation: 'get', thingId: 'abc-1' },
            credentials: { fakeEchoApi: { id: 'credFakeEcho001', name: 'Fake Echo account' } },
          },
        ],
        connections: chain('Start', 'Fake Echo'),
      },
      {
        id: 'wfSmokeFail0001',
        name: 'Smoke: failing node',
        nodes: [
          { name: 'Start', type: 'n8n-nodes-base.manualTrigger', typeVersion: 1 },
          {
            name: 'Fake Echo',
            type: `${FAKE_PKG}.fakeEcho`,
            typeVersion: 1,
            parameters: { operation: 'get', thingId: 'missing' },
            credentials: { fakeEchoApi: { id: 'credFakeEcho001', name: 'Fake Echo account' } },
          },
        ],
        connections: chain('Start', 'Fake Echo'),
      },
    ]);
    expect(w.stdout).toMatch(/Successfully imported 3 workflows/);
  });

  it('executes a workflow of built-in nodes', async () => {
    const r = await n8n.execute('wfSmokeSet00001');
    expect(runError(r.run)).toBeNull();
    expect(r.code).toBe(0);
    expect(nodeOutput(r.run, 'Set')).toEqual([{ hello: 'world', answer: 42 }]);
    expect(nodeOutput(r.run, 'Done')).toEqual([{ hello: 'world', answer: 42 }]);
  });

  it('loads the community package and runs its declarative node against a local server', async () => {
    requests.length = 0;
    const r = await n8n.execute('wfSmokeFake0001');
    expect(runError(r.run)).toBeNull();
    expect(r.code).toBe(0);
    expect(nodeOutput(r.run, 'Fake Echo')).toEqual([{ id: 'abc-1', name: 'thing abc-1', source: 'fake-api' }]);
    expect(requests).toEqual([{ method: 'GET', url: '/things/abc-1', authorization: 'Bearer fake-key-123' }]);
    // the imported credential is stored encrypted, and the key does not leak into n8n's output
    expect(r.stdout).not.toContain('fake-key-123');
  });

  it('reports a failing node through the exit code and runError', async () => {
    const r = await n8n.execute('wfSmokeFail0001');
    expect(r.code).not.toBe(0);
    expect(r.run).not.toBeNull();
    const err = runError(r.run);
    expect(err).not.toBeNull();
    expect(JSON.stringify(err)).toMatch(/404|not found|resource you are requesting/i);
  });

  it('throws with the stderr tail when a CLI call fails', async () => {
    await expect(n8n.importWorkflows([{ id: 'wfSmokeBad00001', name: 'bad', nodes: [{ name: 'x', type: 'n8n-nodes-base.noOp' }], connections: 'nope' }]))
      .rejects.toThrow(/n8n import:workflow exited with 1/);
  });

  it('serves a published webhook workflow from a long-running n8n, with an owner set up', async () => {
    await n8n.importWorkflows([{
      id: 'wfSmokeHook0001',
      name: 'Smoke: webhook',
      nodes: [
        {
          name: 'Webhook',
          type: 'n8n-nodes-base.webhook',
          typeVersion: 2,
          webhookId: '5d0c8f61-6f2b-4a55-9a39-2a4f0e1f5a11',
          parameters: { httpMethod: 'GET', path: 'smoke-hook', responseMode: 'lastNode', options: {} },
        },
        {
          name: 'Set',
          type: 'n8n-nodes-base.set',
          typeVersion: 3.4,
          parameters: { mode: 'raw', jsonOutput: '={{ JSON.stringify({ pong: true, q: $json.query.q }) }}' },
        },
      ],
      connections: chain('Webhook', 'Set'),
    }]);
    await n8n.publishWorkflows(['wfSmokeHook0001']);
    const { freePort } = require('./n8n');
    const server = await n8n.start({ port: await freePort() });
    try {
      expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
      const hook = await server.webhook('smoke-hook?q=42');
      expect(hook.status).toBe(200);
      expect(hook.body).toEqual({ pong: true, q: '42' });

      const owner = await server.setupOwner();
      expect(owner.created).toBe(true);
      const wf = await server.rest('GET', '/rest/workflows/wfSmokeFake0001');
      expect(wf.status).toBe(200);
      expect(wf.body.data.nodes.map((n) => n.type)).toContain(`${FAKE_PKG}.fakeEcho`);
      const again = await server.setupOwner(); // second time: logs in instead
      expect(again.created).toBe(false);
    } finally {
      await server.stop();
    }
  });
});
