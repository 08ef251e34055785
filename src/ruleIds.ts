import { apiPropertiesDriftRules } from './drift/apiProperties.ts';
import { driftRules } from './drift/rules.ts';
import { validationRules } from './validation/index.ts';

/** Rule ids produced outside the two catalogues: the service's own validation, and the OpenAPI 3 conversion. */
const OTHER_RULE = /^(remote-validation|oas3-[a-z0-9-]+)$/;

/** The ids in `ignore-rules` that no rule has: a typo there would silently ignore nothing. */
export function unknownRuleIds(ids: readonly string[]): string[] {
  const known = new Set([
    ...validationRules.map((r) => r.id),
    ...driftRules.map((r) => r.id),
    ...apiPropertiesDriftRules.map((r) => r.id),
  ]);
  return ids.filter((id) => !known.has(id) && !OTHER_RULE.test(id));
}
