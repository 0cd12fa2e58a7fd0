-- A stand-in for the three things of the Citus extension that sql/citus/schema.sql uses, so the
-- script runs on plain PostgreSQL (Citus itself is not installable here). It keeps Citus's
-- metadata table's name and the columns the tests read, and refuses what Citus refuses when a
-- table is distributed (documented rules, https://docs.citusdata.com "Distributing tables" /
-- "Table management"): a primary key or unique constraint without the distribution column,
-- co-location with a table that is not distributed. Foreign keys are checked afterwards by the
-- test against pg_constraint (Citus checks them when they are added).

CREATE TABLE pg_dist_partition (
  logicalrelid regclass PRIMARY KEY,
  partmethod "char" NOT NULL,  -- 'h' hash-distributed, 'n' reference table
  partkey text,                -- the distribution column's name (Citus keeps a Var node here)
  colocationid integer NOT NULL
);

CREATE FUNCTION create_reference_table(table_name regclass) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO pg_dist_partition VALUES (table_name, 'n', NULL, 0);
END $$;

CREATE FUNCTION create_distributed_table(table_name regclass, distribution_column text,
                                         distribution_type text DEFAULT 'hash', colocate_with text DEFAULT 'default',
                                         shard_count integer DEFAULT NULL) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  bad name;
  grp integer;
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_attribute WHERE attrelid = table_name AND attname = distribution_column AND NOT attisdropped) THEN
    RAISE EXCEPTION 'column "%" of relation "%" does not exist', distribution_column, table_name;
  END IF;
  SELECT c.conname INTO bad FROM pg_constraint c
   WHERE c.conrelid = table_name AND c.contype IN ('p', 'u')
     AND NOT EXISTS (SELECT 1 FROM pg_attribute a
                      WHERE a.attrelid = table_name AND a.attname = distribution_column AND a.attnum = ANY (c.conkey))
   LIMIT 1;
  IF bad IS NOT NULL THEN
    RAISE EXCEPTION 'cannot distribute relation "%": constraint "%" does not include the distribution column "%"',
      table_name, bad, distribution_column;
  END IF;
  IF colocate_with = 'default' THEN
    grp := (SELECT coalesce(max(colocationid), 0) + 1 FROM pg_dist_partition);
  ELSE
    SELECT colocationid INTO grp FROM pg_dist_partition WHERE logicalrelid = colocate_with::regclass AND partmethod = 'h';
    IF grp IS NULL THEN
      RAISE EXCEPTION 'cannot colocate tables % and %: % is not a distributed table', table_name, colocate_with, colocate_with;
    END IF;
  END IF;
  INSERT INTO pg_dist_partition VALUES (table_name, 'h', distribution_column, grp);
END $$;
