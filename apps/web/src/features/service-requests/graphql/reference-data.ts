import { graphql } from '../../../gql';

export const OutletsDocument = graphql(`
  query Outlets {
    outlets {
      id
      code
      name
      kind
      city
      regionName
    }
  }
`);

export const ProductsDocument = graphql(`
  query Products {
    products {
      id
      model
      name
      category
      warrantyMonths
    }
  }
`);
