import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Hand-written (TypeORM does not model functions or triggers): capture of every business-table
 * change into audit_log with a keyed MAC per row, and the sealer that links finished entries into each
 * organisation's hash chain. Design, measured cost and limits: libs/database/src/audit/audit-trail.ts.
 *
 * A table added later is covered by `SELECT stardesk_audit_attach('<table>')` in its migration;
 * a test fails if a table with an org_id column has no capture trigger. Derived tables (`kpi_*`: the
 * KPI engine's facts and rollups, rebuilt from business rows) are not audited.
 */
export class AuditTriggers1795444281806 implements MigrationInterface {
  name = 'AuditTriggers1795444281806';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // HMAC-SHA256 with the pads the product's connections carry (audit-key.ts); a session without
    // them gets a MAC under an all-zero key, which `audit verify` (holding the real key) rejects.
    await queryRunner.query(`
      CREATE FUNCTION stardesk_audit_hmac(message text) RETURNS text LANGUAGE sql STABLE AS $fn$
        SELECT encode(sha256(
          decode(coalesce(nullif(current_setting('stardesk.audit_opad', true), ''), repeat('5c', 64)), 'hex') ||
          sha256(decode(coalesce(nullif(current_setting('stardesk.audit_ipad', true), ''), repeat('36', 64)), 'hex') ||
                 convert_to(message, 'UTF8'))), 'hex')
      $fn$`);

    // The canonical text of an entry, which row_mac covers. verify reads it through the same function.
    await queryRunner.query(`
      CREATE FUNCTION stardesk_audit_text(a audit_log) RETURNS text LANGUAGE sql STABLE AS $fn$
        SELECT concat_ws(E'\\n', a.id::text, a.org_id::text, a.tx_id::text,
          to_char(a.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
          coalesce(a.actor, ''), coalesce(a.operation, ''), a.entity, a.entity_id, a.action,
          coalesce(a.before::text, ''), coalesce(a.after::text, ''))
      $fn$`);

    // Row capture (UPDATE). Arguments: the organisation column, then the primary-key columns. No lock is
    // taken: concurrent writers of one organisation never wait for each other here.
    await queryRunner.query(`
      CREATE FUNCTION stardesk_audit_capture() RETURNS trigger LANGUAGE plpgsql AS $fn$
      DECLARE
        old_row jsonb;
        new_row jsonb;
        any_row jsonb;
        entry audit_log;
      BEGIN
        IF TG_OP <> 'INSERT' THEN old_row := to_jsonb(OLD); END IF;
        IF TG_OP <> 'DELETE' THEN new_row := to_jsonb(NEW); END IF;
        IF TG_OP = 'UPDATE' AND old_row = new_row THEN RETURN NULL; END IF;
        any_row := coalesce(new_row, old_row);
        entry.id := nextval(pg_get_serial_sequence('audit_log', 'id'));
        entry.org_id := (any_row ->> TG_ARGV[0])::uuid;
        entry.tx_id := pg_current_xact_id()::text::bigint;
        entry.occurred_at := clock_timestamp();
        entry.actor := nullif(current_setting('stardesk.actor', true), '');
        entry.operation := nullif(current_setting('stardesk.operation', true), '');
        entry.entity := TG_TABLE_NAME;
        SELECT string_agg(any_row ->> k.col, ':' ORDER BY k.ord) INTO entry.entity_id
          FROM unnest(TG_ARGV[1:TG_NARGS - 1]) WITH ORDINALITY AS k(col, ord);
        entry.action := TG_OP;
        entry.before := old_row;
        entry.after := new_row;
        entry.row_mac := stardesk_audit_hmac(stardesk_audit_text(entry));
        INSERT INTO audit_log SELECT entry.*;
        RETURN NULL;
      END
      $fn$`);

    // Set-based capture of INSERT and DELETE statements (transition tables): one INSERT … SELECT per
    // statement instead of one trigger call per row, which keeps bulk paths (imports, the demo seed)
    // affordable. Same entries, same MACs as the row trigger (used for UPDATE, which needs OLD and NEW).
    await queryRunner.query(`
      CREATE FUNCTION stardesk_audit_capture_rows() RETURNS trigger LANGUAGE plpgsql AS $fn$
      DECLARE
        changed jsonb[];
      BEGIN
        -- Each branch names only the transition table its trigger defines.
        IF TG_OP = 'INSERT' THEN
          SELECT array_agg(to_jsonb(n)) INTO changed FROM new_rows n;
        ELSE
          SELECT array_agg(to_jsonb(o)) INTO changed FROM old_rows o;
        END IF;
        IF changed IS NULL THEN RETURN NULL; END IF;
        INSERT INTO audit_log (id, org_id, chain_seq, tx_id, occurred_at, actor, operation, entity, entity_id, action, before, after, row_mac, hash)
        SELECT e.id, e.org_id, NULL, e.tx_id, e.occurred_at, e.actor, e.operation, e.entity, e.entity_id, e.action, e.before, e.after,
               stardesk_audit_hmac(stardesk_audit_text(ROW(e.id, e.org_id, NULL, e.tx_id, e.occurred_at, e.actor, e.operation, e.entity,
                                                           e.entity_id, e.action, e.before, e.after, '', NULL)::audit_log)),
               NULL
          FROM (SELECT nextval(pg_get_serial_sequence('audit_log', 'id')) AS id,
                       (c.row ->> TG_ARGV[0])::uuid AS org_id,
                       pg_current_xact_id()::text::bigint AS tx_id,
                       clock_timestamp() AS occurred_at,
                       nullif(current_setting('stardesk.actor', true), '')::varchar AS actor,
                       nullif(current_setting('stardesk.operation', true), '')::varchar AS operation,
                       TG_TABLE_NAME::varchar AS entity,
                       (SELECT string_agg(c.row ->> k.col, ':' ORDER BY k.ord)
                          FROM unnest(TG_ARGV[1:TG_NARGS - 1]) WITH ORDINALITY AS k(col, ord))::varchar AS entity_id,
                       TG_OP::varchar AS action,
                       CASE WHEN TG_OP = 'DELETE' THEN c.row END AS before,
                       CASE WHEN TG_OP = 'INSERT' THEN c.row END AS after
                  FROM unnest(changed) WITH ORDINALITY AS c(row, ord)
                 ORDER BY c.ord) e;
        RETURN NULL;
      END
      $fn$`);

    // TRUNCATE would remove rows without a trace: refused on every audited table.
    await queryRunner.query(`
      CREATE FUNCTION stardesk_audit_no_truncate() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        RAISE EXCEPTION 'TRUNCATE of % is not allowed: rows are removed one by one so the audit trail records them', TG_TABLE_NAME
          USING ERRCODE = 'insufficient_privilege';
      END
      $fn$`);

    // The sealer: links entries of finished transactions (tx_id below the oldest running one), in id
    // order, into each organisation's chain: hash = HMAC(previous hash, chain_seq, row_mac). Only the
    // sealer locks audit_chain_heads. Refuses without the key. Returns the number of entries sealed.
    await queryRunner.query(`
      CREATE FUNCTION stardesk_audit_seal(max_entries integer DEFAULT 50000) RETURNS integer LANGUAGE plpgsql AS $fn$
      DECLARE
        horizon bigint := pg_snapshot_xmin(pg_current_snapshot())::text::bigint;
        org uuid;
        entry record;
        seq bigint;
        prev text;
        sealed integer := 0;
      BEGIN
        IF coalesce(current_setting('stardesk.audit_ipad', true), '') = '' THEN
          RAISE EXCEPTION 'stardesk_audit_seal needs the audit key (run it through StarDesk)';
        END IF;
        -- One sealer at a time across all API processes and CLI commands; the others skip this round.
        IF NOT pg_try_advisory_xact_lock(hashtext('stardesk_audit_seal')) THEN RETURN 0; END IF;
        FOR org IN SELECT DISTINCT a.org_id FROM audit_log a WHERE a.chain_seq IS NULL AND a.tx_id < horizon ORDER BY 1 LOOP
          INSERT INTO audit_chain_heads (org_id, last_seq, last_hash) VALUES (org, 0, repeat('0', 64))
            ON CONFLICT (org_id) DO NOTHING;
          SELECT h.last_seq, h.last_hash INTO seq, prev FROM audit_chain_heads h WHERE h.org_id = org FOR UPDATE;
          FOR entry IN SELECT a.id, a.row_mac FROM audit_log a
                        WHERE a.org_id = org AND a.chain_seq IS NULL AND a.tx_id < horizon
                        ORDER BY a.id LIMIT max_entries - sealed LOOP
            seq := seq + 1;
            prev := stardesk_audit_hmac(prev || E'\\n' || seq::text || E'\\n' || entry.row_mac);
            UPDATE audit_log SET chain_seq = seq, hash = prev WHERE id = entry.id;
            sealed := sealed + 1;
          END LOOP;
          UPDATE audit_chain_heads SET last_seq = seq, last_hash = prev WHERE org_id = org;
          EXIT WHEN sealed >= max_entries;
        END LOOP;
        RETURN sealed;
      END
      $fn$`);

    // Entries are never changed (except being sealed once) nor removed by the product, except with the
    // organisation they belong to when the demo is re-created.
    await queryRunner.query(`
      CREATE FUNCTION stardesk_audit_guard() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        IF TG_OP = 'UPDATE' AND OLD.chain_seq IS NULL
           AND (to_jsonb(NEW) - 'chain_seq' - 'hash') = (to_jsonb(OLD) - 'chain_seq' - 'hash') THEN
          RETURN NEW;
        END IF;
        -- Re-creating the demo organisation (purgeOrganisation) removes its whole trail with it, and only it.
        IF TG_OP = 'DELETE' AND current_setting('stardesk.purge_org', true) = OLD.org_id::text THEN
          RETURN OLD;
        END IF;
        RAISE EXCEPTION 'audit_log is append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
      END
      $fn$`);
    await queryRunner.query(`CREATE TRIGGER audit_guard BEFORE UPDATE OR DELETE ON audit_log FOR EACH ROW EXECUTE FUNCTION stardesk_audit_guard()`);
    await queryRunner.query(`CREATE TRIGGER audit_guard_truncate BEFORE TRUNCATE ON audit_log FOR EACH STATEMENT EXECUTE FUNCTION stardesk_audit_guard()`);

    // Attaches the capture trigger to a table: organisation column `org_id` (`id` for organisations),
    // primary-key columns from the catalogue.
    await queryRunner.query(`
      CREATE FUNCTION stardesk_audit_attach(target regclass) RETURNS void LANGUAGE plpgsql AS $fn$
      DECLARE
        org_column text := CASE WHEN target = 'organisations'::regclass THEN 'id' ELSE 'org_id' END;
        key_columns text;
      BEGIN
        SELECT string_agg(quote_literal(att.attname), ', ' ORDER BY k.ord) INTO key_columns
          FROM pg_index i
          CROSS JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, ord)
          JOIN pg_attribute att ON att.attrelid = i.indrelid AND att.attnum = k.attnum
         WHERE i.indrelid = target AND i.indisprimary;
        EXECUTE format('DROP TRIGGER IF EXISTS audit_capture ON %s', target);
        EXECUTE format('DROP TRIGGER IF EXISTS audit_capture_insert ON %s', target);
        EXECUTE format('DROP TRIGGER IF EXISTS audit_capture_delete ON %s', target);
        EXECUTE format('DROP TRIGGER IF EXISTS audit_no_truncate ON %s', target);
        EXECUTE format('CREATE TRIGGER audit_capture AFTER UPDATE ON %s FOR EACH ROW EXECUTE FUNCTION stardesk_audit_capture(%L, %s)',
                       target, org_column, key_columns);
        EXECUTE format('CREATE TRIGGER audit_capture_insert AFTER INSERT ON %s REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION stardesk_audit_capture_rows(%L, %s)',
                       target, org_column, key_columns);
        EXECUTE format('CREATE TRIGGER audit_capture_delete AFTER DELETE ON %s REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION stardesk_audit_capture_rows(%L, %s)',
                       target, org_column, key_columns);
        EXECUTE format('CREATE TRIGGER audit_no_truncate BEFORE TRUNCATE ON %s FOR EACH STATEMENT EXECUTE FUNCTION stardesk_audit_no_truncate()', target);
      END
      $fn$`);
    await queryRunner.query(`
      SELECT stardesk_audit_attach(c.oid::regclass)
        FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = current_schema() AND c.relkind = 'r'
         AND (c.relname = 'organisations'
              OR (EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'org_id' AND NOT a.attisdropped)
                  AND c.relname NOT IN ('audit_log', 'audit_chain_heads', 'idempotency_keys') AND c.relname NOT LIKE 'kpi\\_%'))`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DO $do$ DECLARE t regclass; BEGIN
        FOR t IN SELECT tgrelid::regclass FROM pg_trigger WHERE tgname = 'audit_capture' LOOP
          EXECUTE format('DROP TRIGGER audit_capture ON %s', t);
          EXECUTE format('DROP TRIGGER audit_capture_insert ON %s', t);
          EXECUTE format('DROP TRIGGER audit_capture_delete ON %s', t);
          EXECUTE format('DROP TRIGGER audit_no_truncate ON %s', t);
        END LOOP;
      END $do$`);
    await queryRunner.query(`DROP FUNCTION stardesk_audit_attach(regclass)`);
    await queryRunner.query(`DROP TRIGGER audit_guard_truncate ON audit_log`);
    await queryRunner.query(`DROP TRIGGER audit_guard ON audit_log`);
    await queryRunner.query(`DROP FUNCTION stardesk_audit_guard()`);
    await queryRunner.query(`DROP FUNCTION stardesk_audit_seal(integer)`);
    await queryRunner.query(`DROP FUNCTION stardesk_audit_no_truncate()`);
    await queryRunner.query(`DROP FUNCTION stardesk_audit_capture_rows()`);
    await queryRunner.query(`DROP FUNCTION stardesk_audit_capture()`);
    await queryRunner.query(`DROP FUNCTION stardesk_audit_text(audit_log)`);
    await queryRunner.query(`DROP FUNCTION stardesk_audit_hmac(text)`);
  }
}
