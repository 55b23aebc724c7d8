'use strict';
// n8n-core keeps instance settings (an encryption key) in $N8N_USER_FOLDER/.n8n: use a
// throw-away folder so tests never touch the developer's own n8n, and keep the engine quiet.
const fs = require('fs');
const os = require('os');
const path = require('path');

if (!process.env.N8N_TEST_USER_FOLDER) {
	process.env.N8N_TEST_USER_FOLDER = fs.mkdtempSync(path.join(os.tmpdir(), 'n8n-engine-tests-'));
}
process.env.N8N_USER_FOLDER = process.env.N8N_TEST_USER_FOLDER;
process.env.N8N_LOG_LEVEL = 'silent';
process.env.N8N_DIAGNOSTICS_ENABLED = 'false';
