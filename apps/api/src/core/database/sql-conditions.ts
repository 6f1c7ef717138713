/**
 * Builds the WHERE clause of a list query from optional filters, numbering the placeholders:
 * `new SqlConditions('d.org_id', orgId).when(statuses?.length, (p) => \`d.status = ANY(${p}::varchar[])\`, statuses)`.
 * The organisation always comes first, so no list can forget it.
 */
export class SqlConditions {
  readonly params: unknown[];
  private readonly conditions: string[];

  constructor(orgColumn: string, orgId: string) {
    this.params = [orgId];
    this.conditions = [`${orgColumn} = $1`];
  }

  /** Adds `condition` with `value` as its parameter when `applies` is truthy. */
  when(applies: unknown, condition: (placeholder: string) => string, value: unknown): this {
    if (!applies) return this;
    this.params.push(value);
    this.conditions.push(condition(`$${this.params.length}`));
    return this;
  }

  /** Adds a condition without a parameter when `applies` is truthy. */
  whenRaw(applies: unknown, condition: string): this {
    if (applies) this.conditions.push(condition);
    return this;
  }

  get where(): string {
    return this.conditions.join(' AND ');
  }
}
