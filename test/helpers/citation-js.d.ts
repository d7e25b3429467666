// @citation-js/core 0.8 (the last line on Node 20: 0.9 asks for Node 22.12) ships no types: what the tests use of it.
declare module '@citation-js/core' {
	export class Cite {
		constructor(data: unknown);
		data: unknown[];
		format(format: string, options?: unknown): string;
	}
	export const plugins: {config: {get(name: string): unknown}};
}
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-csl';
