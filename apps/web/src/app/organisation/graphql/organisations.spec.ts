import { describe, expect, it } from 'vitest';
import { OrganisationsDocument as generated } from '../../../gql/graphql';
import { OrganisationsDocument } from './organisations';

describe('OrganisationsDocument', () => {
  it('is the document codegen generates from organisations.graphql', () => {
    expect(JSON.parse(JSON.stringify(OrganisationsDocument))).toEqual(JSON.parse(JSON.stringify(generated)));
  });
});
