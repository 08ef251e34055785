import type { EventContext } from './context.ts';

/**
 * Links to lines of a definition file in the repository, at the commit this run looked at (a pull request's head,
 * since GITHUB_SHA is the test merge commit there). Undefined outside a workflow.
 */
export function lineLinks(
  event: EventContext | undefined,
  file: string | undefined,
): ((line: number) => string) | undefined {
  if (!event || file === undefined) return undefined;
  const sha = event.pullRequest?.headSha ?? event.sha;
  const base = `${event.serverUrl}/${event.repo.owner}/${event.repo.repo}/blob/${sha}/${file.split('/').map(encodeURIComponent).join('/')}`;
  return (line) => `${base}#L${line}`;
}
