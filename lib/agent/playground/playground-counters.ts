// The two per-conversation counters composeReply needs, computed from the playground's own
// turns (nothing is stored): AI replies in the last hour, and the current run of agent replies
// that did not resolve the customer's question.

export type CountedTurn = { role: 'customer' | 'business'; at?: string; unresolved?: boolean };

export function playgroundCounters(turns: readonly CountedTurn[], now: Date): { repliesInLastHour: number; unresolvedTurns: number } {
  const hourAgo = now.getTime() - 3_600_000;
  const agentTurns = turns.filter((turn) => turn.role === 'business');
  const repliesInLastHour = agentTurns.filter((turn) => (turn.at ? Date.parse(turn.at) : now.getTime()) >= hourAgo).length;
  let unresolvedTurns = 0;
  for (let index = agentTurns.length - 1; index >= 0 && agentTurns[index]!.unresolved; index--) unresolvedTurns++;
  return { repliesInLastHour, unresolvedTurns };
}
