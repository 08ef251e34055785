import type { Rule } from '../rule.ts';
import { documentRules } from './document.ts';
import { extensionRules } from './extensions.ts';
import { hostRules } from './host.ts';
import { infoRules } from './info.ts';
import { operationRules } from './operations.ts';
import { referenceRules } from './references.ts';
import { securityRules } from './security.ts';
import { syntaxRules } from './syntax.ts';

/** Every rule, in the order they run; the document gate comes first. */
export const rules: readonly Rule[] = [
  ...documentRules,
  ...syntaxRules,
  ...infoRules,
  ...hostRules,
  ...operationRules,
  ...securityRules,
  ...referenceRules,
  ...extensionRules,
];
