import { expect, test } from '@jest/globals';
import { unknownRuleIds } from '../src/ruleIds.ts';

test('ignore-rules ids are checked against every rule the action can report', () => {
  expect(
    unknownRuleIds(['operation-summary', 'operation-id-changed', 'oas3-cookie-parameter-dropped', 'remote-validation']),
  ).toEqual([]);
  expect(unknownRuleIds(['operation-sumary', 'breaking'])).toEqual(['operation-sumary', 'breaking']);
});
