import { graphql } from '../../gql';
import type { ResourceData } from '../../providers/adapter';

export const PRODUCT_LINE_FIELDS = graphql(`
  fragment ProductLineFields on ProductLine {
    id
    code
    nameZh
    nameEn
    position
    active
    version
  }
`);

export const productLinesData: ResourceData = {
  fragment: PRODUCT_LINE_FIELDS,
  toInput: (input) => ({
    ...input,
    position: Number(input.position ?? 0),
    active: input.active === undefined || input.active === null ? true : !!input.active,
  }),
};
