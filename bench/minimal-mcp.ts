// The floor for `papers mcp`'s start: the smallest server the official SDK makes, one tool, over stdio.
import {McpServer} from '@modelcontextprotocol/sdk/server/mcp.js';
import {StdioServerTransport} from '@modelcontextprotocol/sdk/server/stdio.js';
import {z} from 'zod';

const server = new McpServer({name: 'minimal', version: '1.0.0'});
server.registerTool('echo', {description: 'Says its text back.', inputSchema: {text: z.string()}}, async ({text}) => ({
	content: [{type: 'text', text}],
}));
await server.connect(new StdioServerTransport());
