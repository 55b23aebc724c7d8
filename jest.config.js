// `npm test` builds the package, then runs both projects: the nodes in n8n's engine in-process
// (fast), and the same package loaded into a real n8n driven through its CLI (slow).
const common = {
	testEnvironment: 'node',
	setupFiles: ['<rootDir>/test/setup-env.js'],
};

module.exports = {
	projects: [
		{ ...common, displayName: 'engine', testMatch: ['<rootDir>/test/**/*.test.js'], testPathIgnorePatterns: ['/node_modules/', '\\.e2e\\.test\\.js$'] },
		{ ...common, displayName: 'e2e', testMatch: ['<rootDir>/test/e2e/**/*.e2e.test.js'] },
	],
	testTimeout: 30000,
};
