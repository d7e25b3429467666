import {Client} from '@modelcontextprotocol/sdk/client/index.js';
import {StdioClientTransport} from '@modelcontextprotocol/sdk/client/stdio.js';
import {closedAfterEach} from './api-server.js';
import {CLI} from './run-cli.js';

/*
 * A real MCP client (the SDK's own) talking to the built binary over stdio, as Claude Desktop or Cursor start it:
 * `node dist/cli.js mcp`, with the environment a test gives it.
 */

export type McpRun = {
	client: Client;
	/** What the server wrote on stderr so far. */
	stderr: () => string;
	/** Calls a tool: its text, its structured answer, and whether it was a tool error. */
	call: (name: string, args?: Record<string, unknown>) => Promise<{text: string; data: Record<string, unknown>; isError: boolean}>;
	close: () => Promise<void>;
};

/** Servers started by a file's tests, each closed after its test. */
export const mcpServers = () =>
	closedAfterEach((env: NodeJS.ProcessEnv, args: readonly string[] = [], prefix: readonly string[] = []) => startMcp(env, args, prefix));

/** `prefix`: a command to run it under (setpriv, to run it as nobody). */
export async function startMcp(env: NodeJS.ProcessEnv, args: readonly string[] = [], prefix: readonly string[] = []): Promise<McpRun> {
	const transport = new StdioClientTransport({
		command: prefix[0] ?? process.execPath,
		args: [...(prefix.length ? [...prefix.slice(1), process.execPath] : []), CLI, 'mcp', ...args],
		env: {...(process.env as Record<string, string>), NO_COLOR: '1', ...(env as Record<string, string>)},
		stderr: 'pipe',
	});
	let stderr = '';
	transport.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
	const client = new Client({name: 'papers-tests', version: '1.0.0'});
	await client.connect(transport);
	return {
		client,
		stderr: () => stderr,
		async call(name, toolArgs = {}) {
			const result = await client.callTool({name, arguments: toolArgs});
			const content = result.content as Array<{type: string; text?: string}>;
			return {
				text: content.map((c) => c.text ?? '').join('\n'),
				data: (result.structuredContent ?? {}) as Record<string, unknown>,
				isError: result.isError === true,
			};
		},
		close: () => client.close(),
	};
}
