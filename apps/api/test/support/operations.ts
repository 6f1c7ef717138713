import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
} from 'graphql';

/** One query or mutation of the committed schema, with a call that passes GraphQL validation. */
export interface SchemaOperation {
  kind: 'query' | 'mutation';
  name: string;
  document: string;
  /** Variables for every required argument (IDs set to `idValue`). */
  variables(idValue: string): Record<string, unknown>;
  /** Variables for every argument, optional ID arguments and ID fields of inputs included. */
  allIdVariables(idValue: string): Record<string, unknown>;
}

const SCHEMA_FILE = path.resolve(__dirname, '../../schema.gql');

/** Every operation of apps/api/schema.gql: the access matrix follows the schema, so new operations are covered. */
export function schemaOperations(): SchemaOperation[] {
  const schema = buildSchema(readFileSync(SCHEMA_FILE, 'utf8'));
  const operations: SchemaOperation[] = [];
  for (const [kind, type] of [['query', schema.getQueryType()], ['mutation', schema.getMutationType()]] as const) {
    for (const field of Object.values(type?.getFields() ?? {})) operations.push(operationOf(kind, field));
  }
  return operations.sort((a, b) => a.name.localeCompare(b.name));
}

function operationOf(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>): SchemaOperation {
  const args = field.args;
  const declarations = args.map((arg) => `$${arg.name}: ${arg.type.toString()}`).join(', ');
  const passes = args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const selection = isObjectType(getNamedType(field.type)) ? ' { __typename }' : '';
  const document = `${kind}${declarations ? `(${declarations})` : ''} { ${field.name}${passes ? `(${passes})` : ''}${selection} }`;
  const build = (idValue: string, everything: boolean): Record<string, unknown> => {
    const variables: Record<string, unknown> = {};
    for (const arg of args as GraphQLArgument[]) {
      if (isNonNullType(arg.type) || (everything && mentionsId(arg.type))) variables[arg.name] = valueOf(arg.type, idValue, everything);
    }
    return variables;
  };
  return { kind, name: field.name, document, variables: (id) => build(id, false), allIdVariables: (id) => build(id, true) };
}

function mentionsId(type: GraphQLInputType, depth = 0): boolean {
  const named = getNamedType(type);
  if (isScalarType(named)) return named.name === 'ID';
  if (isInputObjectType(named) && depth < 3) return Object.values(named.getFields()).some((field) => mentionsId(field.type, depth + 1));
  return false;
}

function valueOf(type: GraphQLInputType, idValue: string, everything: boolean, depth = 0): unknown {
  if (isNonNullType(type)) return valueOf(type.ofType, idValue, everything, depth);
  if (isListType(type)) return [valueOf(type.ofType, idValue, everything, depth)];
  if (isEnumType(type)) return type.getValues()[0]!.value;
  if (isInputObjectType(type)) {
    const value: Record<string, unknown> = {};
    for (const field of Object.values(type.getFields())) {
      if (isNonNullType(field.type) || (everything && depth < 3 && mentionsId(field.type))) value[field.name] = valueOf(field.type, idValue, everything, depth + 1);
    }
    return value;
  }
  switch (getNamedType(type).name) {
    case 'ID':
      return idValue;
    case 'Int':
    case 'Float':
      return 1;
    case 'Boolean':
      return false;
    case 'DateTime':
      return new Date().toISOString();
    default:
      return 'x';
  }
}
