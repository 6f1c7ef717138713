import type { Type } from '@nestjs/common';
import { Field, Int, ObjectType } from '@nestjs/graphql';
import { PageInfo } from './page-info.model';

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Page<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount: number;
}

/**
 * The Relay-style connection of a record type: `class DeliveryConnection extends Connection(Delivery) {}`
 * gives `DeliveryConnection { edges { cursor node } pageInfo totalCount }` and `DeliveryEdge`.
 */
export function Connection<T>(node: Type<T>): Type<Page<T>> {
  @ObjectType(`${node.name}Edge`)
  class EdgeType {
    @Field()
    cursor!: string;

    @Field(() => node)
    node!: T;
  }

  @ObjectType({ isAbstract: true })
  class ConnectionType {
    @Field(() => [EdgeType])
    edges!: Edge<T>[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int)
    totalCount!: number;
  }
  return ConnectionType;
}
