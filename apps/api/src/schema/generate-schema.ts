import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { RESOLVERS } from '../feature-modules';

/**
 * Writes apps/api/schema.gql from the code-first resolvers without a database or a running server;
 * the web client is generated from this file and CI fails when the committed copy is stale.
 */
async function generateSchema(): Promise<void> {
  const app = await NestFactory.create(GraphQLSchemaBuilderModule, { logger: false });
  await app.init();
  const schema = await app.get(GraphQLSchemaFactory).create(RESOLVERS);
  const target = path.resolve(__dirname, '../../schema.gql');
  writeFileSync(target, printSchema(lexicographicSortSchema(schema)) + '\n');
  await app.close();
  console.log(`GraphQL schema written to ${path.relative(process.cwd(), target)}`);
}

void generateSchema();
