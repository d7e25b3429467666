/** A failure the agent can act on, said as it is (an unknown id, a bad date): a tool error, never a crash. */
export class ToolError extends Error {}
