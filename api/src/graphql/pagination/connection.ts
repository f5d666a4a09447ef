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
  /**
   * The cursor of the i-th node, made when asked: a 1,000-row BI page asks only `endCursor`,
   * and encoding every row's cursor was a twentieth of its time in Node.
   */
  cursor: (index: number) => string;
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

    private page: Page<T>;

    /** Made only when asked: most clients read `nodes`. */
    @Field(() => [Edge])
    get edges(): Edge[] {
      return this.page.nodes.map((node, i) => ({ cursor: this.page.cursor(i), node }));
    }

    @Field(() => PageInfo)
    pageInfo: PageInfo;

    private count: () => Promise<number>;

    @Field(() => Int, { description: 'Rows matching the filter that the caller may see' })
    totalCount(): Promise<number> {
      return this.count();
    }

    static from(page: Page<T>): ConnectionType {
      const connection = new ConnectionType();
      connection.page = page;
      connection.nodes = page.nodes;
      connection.pageInfo = page.pageInfo;
      connection.count = page.count;
      return connection;
    }
  }

  return ConnectionType;
}
