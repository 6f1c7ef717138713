import { graphql } from '../../../gql';

export const AdminOutletsDocument = graphql(`
  query AdminOutlets($filter: OutletFilter) {
    outlets(filter: $filter) {
      id
      code
      name
      kind
      city
      address
      coverage
      regionId
      regionName
      active
      version
    }
    regions {
      id
      name
    }
  }
`);

export const CreateOutletDocument = graphql(`
  mutation CreateOutlet($input: CreateOutletInput!) {
    createOutlet(input: $input) {
      id
    }
  }
`);

export const UpdateOutletDocument = graphql(`
  mutation UpdateOutlet($input: UpdateOutletInput!) {
    updateOutlet(input: $input) {
      id
      version
    }
  }
`);

export const AdminProductsDocument = graphql(`
  query AdminProducts($filter: ProductFilter) {
    products(filter: $filter) {
      id
      model
      name
      category
      warrantyMonths
      hazardous
      active
      version
    }
  }
`);

export const CreateProductDocument = graphql(`
  mutation CreateProduct($input: CreateProductInput!) {
    createProduct(input: $input) {
      id
    }
  }
`);

export const UpdateProductDocument = graphql(`
  mutation UpdateProduct($input: UpdateProductInput!) {
    updateProduct(input: $input) {
      id
      version
    }
  }
`);

export const AdminSparePartsDocument = graphql(`
  query AdminSpareParts {
    spareParts {
      id
      partNo
      name
      price
      unitCost
      stock {
        outletId
        outletCode
        quantity
      }
    }
    outlets {
      id
      code
      name
    }
  }
`);

export const CreateSparePartDocument = graphql(`
  mutation CreateSparePart($input: CreateSparePartInput!) {
    createSparePart(input: $input) {
      id
    }
  }
`);

export const ReceiveStockDocument = graphql(`
  mutation ReceiveStock($input: ReceiveStockInput!) {
    receiveStock(input: $input) {
      id
    }
  }
`);
