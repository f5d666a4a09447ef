import { type ClassType, Field, Int, ObjectType } from 'type-graphql';

@ObjectType()
export class PageInfo {
  @Field()
  hasNextPage: boolean;

  @Field()
  hasPreviousPage: boolean;

  @Field(() => String, { nullable: true })
  startCursor: string | null;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

export interface Page<T> {
  nodes: T[];
  cursors: string[];
  pageInfo: PageInfo;
  /** Counted only when the client asks for totalCount. */
  count: () => Promise<number>;
}

export interface ConnectionShape<T> {
  nodes: T[];
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
  totalCount(): Promise<number>;
}

/** Builds the `XConnection` and `XEdge` object types for a node type. */
export function Connection<T extends object>(Node: ClassType<T>, name = Node.name) {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field()
    cursor: string;

    @Field(() => Node)
    node: T;
  }

  @ObjectType(`${name}Connection`)
  class ConnectionType implements ConnectionShape<T> {
    @Field(() => [Node])
    nodes: T[];

    @Field(() => [Edge])
    edges: Edge[];

    @Field(() => PageInfo)
    pageInfo: PageInfo;

    private count: () => Promise<number>;

    @Field(() => Int, { description: 'Rows matching the filter that the caller may see' })
    totalCount(): Promise<number> {
      return this.count();
    }

    static from(page: Page<T>): ConnectionType {
      const connection = new ConnectionType();
      connection.nodes = page.nodes;
      connection.edges = page.nodes.map((node, i) => ({ cursor: page.cursors[i] ?? '', node }));
      connection.pageInfo = page.pageInfo;
      connection.count = page.count;
      return connection;
    }
  }

  return ConnectionType;
}
