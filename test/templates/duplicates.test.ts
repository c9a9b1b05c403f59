// Regression (QA pass): inserting the same template twice silently wrote a second
// NetworkPolicy with the same namespace and name.
import { describe, expect, it } from 'vitest';
import { duplicatePolicies, getTemplate, insertTemplate } from '../../src/model/templates/index.ts';

describe('duplicatePolicies', () => {
  const template = getTemplate('default-deny-ingress')!;
  const rendered = template.render({ namespace: 'shop' });

  it('finds the policies of a template that the workspace already has', () => {
    const once = insertTemplate('', template.id, { namespace: 'shop' }).text;
    expect(duplicatePolicies('', rendered)).toEqual([]);
    expect(duplicatePolicies(once, rendered)).toEqual(['shop/default-deny-ingress']);
  });

  it('does not flag the same policy name in another namespace', () => {
    const once = insertTemplate('', template.id, { namespace: 'shop' }).text;
    expect(duplicatePolicies(once, template.render({ namespace: 'other' }))).toEqual([]);
  });
});
