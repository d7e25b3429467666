import type {McpServer} from '@modelcontextprotocol/sdk/server/mcp.js';
import type {z} from 'zod';
import {sanitizeLine, sanitizeText} from '../output/sanitize.js';
import {errorMessage} from '../text.js';
import type {McpContext} from './context.js';
import {ToolError} from './tool-error.js';

/*
 * One tool of `papers mcp`: its name, what an agent reads of it, its schemas and what it does. Every answer is text
 * and structuredContent; every failure, whatever threw it, is a tool error in one line, and the server goes on.
 */

export type ToolSpec<I extends z.ZodRawShape, O extends z.ZodRawShape> = {
	name: string;
	title: string;
	description: string;
	input: I;
	output: O;
	/** It changes the user's lists, notes or tags: refused unless started with --allow-write. */
	writes?: boolean;
	/** It may ask Hugging Face (or arXiv) when nothing is kept. */
	openWorld?: boolean;
	/** It takes something away (a paper from a list). */
	destructive?: boolean;
	run: (args: z.infer<z.ZodObject<I>>, context: McpContext) => Promise<{text: string; data: z.infer<z.ZodObject<O>>}>;
};

export function addTool<I extends z.ZodRawShape, O extends z.ZodRawShape>(
	server: McpServer,
	context: McpContext,
	spec: ToolSpec<I, O>,
): void {
	server.registerTool(
		spec.name,
		{
			title: spec.title,
			description: spec.description,
			inputSchema: spec.input as z.ZodRawShape,
			outputSchema: spec.output as z.ZodRawShape,
			annotations: {
				title: spec.title,
				readOnlyHint: !spec.writes,
				...(spec.writes ? {destructiveHint: Boolean(spec.destructive), idempotentHint: true} : {}),
				openWorldHint: Boolean(spec.openWorld),
			},
		},
		async (args: unknown) => {
			try {
				if (spec.writes && !context.allowWrite)
					throw new ToolError(
						`${spec.name} changes your papers: papers mcp was started without --allow-write (add it to the server's arguments)`,
					);
				const {text, data} = await spec.run(args as z.infer<z.ZodObject<I>>, context);
				return {content: [{type: 'text' as const, text: sanitizeText(text)}], structuredContent: data as Record<string, unknown>};
			} catch (error) {
				if (!(error instanceof ToolError)) context.say(`${spec.name}: ${errorMessage(error)}`);
				return {content: [{type: 'text' as const, text: sanitizeLine(errorMessage(error))}], isError: true};
			}
		},
	);
}
