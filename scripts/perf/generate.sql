-- The set-based loader behind scripts/perf/generate.sh. Run by psql with the variables
--   schema, contacts (N), ws_name, api_key, verify (0|1), vacuum (0|1)
-- It creates one new workspace, its admin API key, N contacts with their identities, ~0.5 notes and
-- ~1 conversation per contact, then VACUUM ANALYZEs (or ANALYZEs) the tables. Progress goes to stderr
-- (\warn); the last two lines on stdout are WORKSPACE_ID=... and API_KEY=....
\set ON_ERROR_STOP on
\set QUIET on
SET search_path = :"schema", public;
SET synchronous_commit = off;
SET work_mem = '256MB';
SET maintenance_work_mem = '512MB';
SET client_min_messages = warning;
-- Every row is consistent by construction (and checked with --verify), so the per-row foreign key triggers
-- are skipped during the load: 4+ million RI checks would cost more than the inserts themselves.
SET session_replication_role = replica;

\ir generate-vocab.sql

-- A UUIDv7-shaped id for a moment: 48 bits of Unix milliseconds, version 7, the rest random.
CREATE FUNCTION pg_temp.uuid7(ts timestamptz) RETURNS uuid LANGUAGE sql VOLATILE AS $$
  SELECT encode(set_bit(set_bit(overlay(uuid_send(gen_random_uuid())
         PLACING substring(int8send((extract(epoch FROM ts) * 1000)::bigint) FROM 3) FROM 1 FOR 6), 52, 1), 53, 1),
         'hex')::uuid
$$;
-- A name as it appears in an email address or handle: lower-case ASCII letters and digits only.
CREATE FUNCTION pg_temp.slug(t text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT regexp_replace(translate(lower(t),
         'àáâãäåāăąæçćčďèéêëēėęěğìíîïıīłñńňòóôõöøōőœŕřśšşșťțùúûüūůűųýÿźżžß',
         'aaaaaaaaaacccdeeeeeeeegiiiiiilnnnooooooooorrssssttuuuuuuuuyyzzzs'), '[^a-z0-9]', '', 'g')
$$;

SELECT count(*) AS n_first FROM gen_first_names \gset
SELECT count(*) AS n_last FROM gen_last_names \gset
SELECT count(*) AS n_companies FROM gen_companies \gset
SELECT count(*) AS n_notes FROM gen_note_texts \gset
SELECT count(*) AS n_summaries FROM gen_conversation_summaries \gset

------------------------------------------------------------------------------------------------ workspace + key
SELECT clock_timestamp() AS t0, pg_temp.uuid7(now()) AS ws_id \gset
INSERT INTO workspaces (id, name, created_at) VALUES (:'ws_id', :'ws_name', now());
INSERT INTO api_keys (workspace_id, id, name, principal, scopes, key_hash, rate_limit_per_minute, created_at)
VALUES (:'ws_id', pg_temp.uuid7(now()), 'perf admin', 'agent:perf',
        ARRAY['api_keys:write', 'contact_notes:delete', 'contact_notes:read', 'contact_notes:write', 'contacts:block',
              'contacts:delete', 'contacts:read', 'contacts:read_all', 'contacts:write', 'lists:read', 'lists:write',
              'settings:write', 'workspaces:write'],
        sha256(convert_to(:'api_key', 'UTF8')), NULL, now());
SELECT format('workspace %s (%s) and its API key created', :'ws_id', :'ws_name') AS msg \gset
\warn :msg

------------------------------------------------------------------------------------------------ contacts
SELECT clock_timestamp() AS t0 \gset
INSERT INTO contacts (workspace_id, id, first_name, last_name, email, phone, company_name, avatar_url, tags,
                      metadata, external_id, source, channels, blocked, do_not_disturb, bot_active,
                      conversation_count, last_conversation_at, last_activity, created_at, updated_at, version)
SELECT :'ws_id'::uuid,
       pg_temp.uuid7(s.created_at),
       fn.v,
       ln.v,
       CASE WHEN s.email_r < 0.95 THEN
           CASE WHEN s.fmt_r < 0.40 THEN pg_temp.slug(fn.v) || '.' || coalesce(pg_temp.slug(ln.v) || '.', '')
                WHEN s.fmt_r < 0.55 THEN pg_temp.slug(fn.v) || '_' || coalesce(pg_temp.slug(ln.v), '')
                WHEN s.fmt_r < 0.70 THEN left(pg_temp.slug(fn.v), 1) || coalesce(pg_temp.slug(ln.v), pg_temp.slug(fn.v))
                WHEN s.fmt_r < 0.85 THEN pg_temp.slug(fn.v) || coalesce(pg_temp.slug(ln.v), '')
                ELSE pg_temp.slug(fn.v)
           END || s.n || '@' ||   -- the name part has no digits, so "|| n" alone makes every address unique
           CASE WHEN s.has_company AND s.domain_r < 0.35 THEN pg_temp.slug(co.v) || '.com'
                ELSE (ARRAY['gmail.com', 'gmail.com', 'gmail.com', 'yahoo.com', 'outlook.com', 'hotmail.com',
                            'icloud.com', 'gmx.de', 'web.de', 'orange.fr', 'libero.it', 'yandex.ru', 'qq.com',
                            'naver.com', 'proton.me', 'mail.com'])[1 + s.m % 16]
           END
       END,
       -- ~60% have a phone, unique: every number carries n + 2,000,000 as its last 7 digits, and country codes
       -- are prefix-free, so no two contacts share one.
       CASE WHEN s.phone_r < 0.60 THEN
           CASE WHEN s.country_r < 0.30 THEN '+1' || (ARRAY['201', '212', '305', '312', '415', '512', '617', '646',
                                                           '702', '713', '808', '917'])[1 + s.m % 12]
                WHEN s.country_r < 0.42 THEN '+447' || (40 + s.m % 60)
                WHEN s.country_r < 0.54 THEN '+4915' || (1 + s.m % 7) || (s.m % 10)
                WHEN s.country_r < 0.64 THEN '+336' || (s.m % 10)
                WHEN s.country_r < 0.76 THEN '+55' || (ARRAY['11', '21', '31', '41', '51', '61', '71', '81'])[1 + s.m % 8]
                                            || '9' || (1 + s.m % 9)
                WHEN s.country_r < 0.88 THEN '+919' || lpad((s.m % 100)::text, 2, '0')
                WHEN s.country_r < 0.94 THEN '+8190' || (1 + s.m % 9)
                ELSE '+346' || (s.m % 10)
           END || (s.n + 2000000)
       END,
       CASE WHEN s.has_company THEN co.v END,
       CASE WHEN s.avatar_r < 0.20 THEN 'https://avatars.example.com/u/' || s.n || '.png' END,
       CASE WHEN s.tag_count = 0 THEN '{}'::text[] ELSE
           -- Zipf-like: k = floor(51^u) has P(k) ~ 1/k, so tag 1 is on ~18% of draws and tag 50 on ~0.5%.
           ARRAY(SELECT t.v FROM (SELECT DISTINCT floor(exp(random() * ln(51)))::int AS k
                                  FROM generate_series(1, s.tag_count)) z
                 JOIN gen_tags t ON t.i = z.k ORDER BY z.k)
       END,
       CASE WHEN s.meta_r < 0.70 THEN
           jsonb_build_object('plan', (ARRAY['free', 'free', 'free', 'starter', 'starter', 'pro', 'pro', 'business',
                                             'enterprise'])[1 + s.m % 9],
                              'seats', CASE WHEN s.m % 9 < 3 THEN 1 ELSE 1 + (s.m * 7) % 250 END)
           ELSE '{}'::jsonb
       END,
       CASE WHEN s.ext_r < 0.30 THEN
           CASE s.m % 3 WHEN 0 THEN 'sf-' || lpad(s.n::text, 9, '0')
                        WHEN 1 THEN 'hs_' || s.n
                        ELSE 'cus_' || to_hex(s.n::bigint * 7919 + 1000000) END
       END,
       CASE WHEN s.src_r < 0.35 THEN 'widget'
            WHEN s.src_r < 0.60 THEN 'import'
            WHEN s.src_r < 0.85 THEN 'chatbot-' || (1 + s.m % 12)
            WHEN s.src_r < 0.95 THEN 'api'
            ELSE 'email' END,
       CASE WHEN s.chan_r < 0.15 THEN
                jsonb_build_array(jsonb_build_object('type', 'telegram', 'value', '@' || pg_temp.slug(fn.v) || '_' || s.n))
            WHEN s.chan_r < 0.20 THEN
                jsonb_build_array(jsonb_build_object('type', 'instagram',
                                                     'value', pg_temp.slug(fn.v) || '.' || s.n || '.ig'),
                                  jsonb_build_object('type', 'telegram', 'value', '@' || initcap(pg_temp.slug(fn.v)) || s.n))
            ELSE '[]'::jsonb END,
       s.blocked_r < 0.02,
       s.dnd_r < 0.03,
       s.bot_r < 0.90,
       s.conv_count,
       s.last_conv,
       coalesce(s.last_conv, s.created_at),
       s.created_at,
       s.created_at,
       1
FROM (SELECT n, created_at, fi, li, ci, has_last, has_company, email_r, fmt_r, domain_r, phone_r, country_r, m,
             avatar_r, tag_count, meta_r, ext_r, src_r, chan_r, blocked_r, dnd_r, bot_r, conv_count,
             CASE WHEN conv_count > 0 THEN created_at + random() * (now() - created_at) END AS last_conv
      FROM (SELECT n,
                   -- over two years, more of them recent (a growing business)
                   now() - (1 - sqrt(random())) * interval '730 days' AS created_at,
                   1 + floor(random() * :n_first)::int AS fi,
                   1 + floor(random() * :n_last)::int AS li,
                   1 + floor(power(random(), 2) * :n_companies)::int AS ci,   -- some companies have many contacts
                   random() < 0.97 AS has_last,
                   random() < 0.50 AS has_company,
                   random() AS email_r, random() AS fmt_r, random() AS domain_r, random() AS phone_r,
                   random() AS country_r, floor(random() * 1000000)::int AS m, random() AS avatar_r,
                   (ARRAY[0, 0, 0, 1, 1, 1, 2, 2, 3, 4])[1 + floor(random() * 10)::int] AS tag_count,
                   random() AS meta_r, random() AS ext_r, random() AS src_r, random() AS chan_r,
                   random() AS blocked_r, random() AS dnd_r, random() AS bot_r,
                   -- 40% none, 35% one, 15% two, 5% three, 5% five: 1.05 on average
                   (ARRAY[0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 3, 5])[1 + floor(random() * 20)::int]
                       AS conv_count
            FROM generate_series(1, :contacts) AS n
            OFFSET 0) r
      ORDER BY created_at   -- time-ordered ids and timestamps: the btree indexes fill from the right
      OFFSET 0) s
JOIN gen_first_names fn ON fn.i = s.fi
LEFT JOIN gen_last_names ln ON ln.i = s.li AND s.has_last   -- 3% without a last name
JOIN gen_companies co ON co.i = s.ci;
SELECT format('%-24s %10s rows %8s s', 'contacts', :'ROW_COUNT',
              round(extract(epoch FROM clock_timestamp() - :'t0'::timestamptz)::numeric, 1)) AS msg \gset
\warn :msg

------------------------------------------------------------------------------------------------ identities
SELECT clock_timestamp() AS t0 \gset
INSERT INTO contact_identities (workspace_id, kind, value, contact_id)
SELECT * FROM (
    SELECT workspace_id, 'email' AS kind, email AS value, id FROM contacts
    WHERE workspace_id = :'ws_id' AND email IS NOT NULL
    UNION ALL
    SELECT workspace_id, 'phone', phone, id FROM contacts WHERE workspace_id = :'ws_id' AND phone IS NOT NULL
    UNION ALL
    SELECT workspace_id, 'external_id', external_id, id FROM contacts
    WHERE workspace_id = :'ws_id' AND external_id IS NOT NULL
    UNION ALL
    SELECT c.workspace_id, ch ->> 'type', lower(ch ->> 'value'), c.id
    FROM contacts c CROSS JOIN LATERAL jsonb_array_elements(c.channels) ch
    WHERE c.workspace_id = :'ws_id' AND c.channels <> '[]'::jsonb
) i
ORDER BY kind, value;   -- the primary key's order: its btree fills from the right
SELECT format('%-24s %10s rows %8s s', 'contact_identities', :'ROW_COUNT',
              round(extract(epoch FROM clock_timestamp() - :'t0'::timestamptz)::numeric, 1)) AS msg \gset
\warn :msg

------------------------------------------------------------------------------------------------ notes
-- 0-3 notes per contact (70% / 15% / 10% / 5%: 0.5 on average), chosen by a random byte of the contact's id.
SELECT clock_timestamp() AS t0 \gset
INSERT INTO contact_notes (workspace_id, id, contact_id, content, author, created_at)
SELECT x.workspace_id, pg_temp.uuid7(x.at), x.contact_id, nt.v, 'agent:' || x.agent, x.at
FROM (SELECT c.workspace_id, c.id AS contact_id,
             c.created_at + random() * (now() - c.created_at) AS at,
             1 + floor(random() * :n_notes)::int AS ti,
             1 + floor(random() * 40)::int AS agent
      FROM contacts c
      CROSS JOIN LATERAL generate_series(1, CASE WHEN get_byte(uuid_send(c.id), 15) < 179 THEN 0
                                                 WHEN get_byte(uuid_send(c.id), 15) < 217 THEN 1
                                                 WHEN get_byte(uuid_send(c.id), 15) < 243 THEN 2
                                                 ELSE 3 END) k
      WHERE c.workspace_id = :'ws_id'
      OFFSET 0) x
JOIN gen_note_texts nt ON nt.i = x.ti;
SELECT format('%-24s %10s rows %8s s', 'contact_notes', :'ROW_COUNT',
              round(extract(epoch FROM clock_timestamp() - :'t0'::timestamptz)::numeric, 1)) AS msg \gset
\warn :msg

------------------------------------------------------------------------------------------------ conversations
-- conversation_count of them per contact; the last one ends exactly at the contact's last_conversation_at, the
-- others before it, so count and latest moment agree with the contact row.
SELECT clock_timestamp() AS t0 \gset
INSERT INTO contact_conversations (workspace_id, id, contact_id, channel, started_at, last_message_at, message_count,
                                   summary, created_at, updated_at)
SELECT y.workspace_id, 'conv_' || replace(pg_temp.uuid7(y.started_at)::text, '-', ''), y.contact_id,
       (ARRAY['widget', 'widget', 'widget', 'email', 'email', 'whatsapp', 'telegram', 'instagram', 'messenger',
              'sms'])[y.ch],
       y.started_at, y.last_message_at, y.messages,
       CASE WHEN y.si <= :n_summaries THEN cs.v END,
       y.started_at, y.last_message_at
FROM (SELECT x.*, greatest(x.created_at, x.last_message_at - random() * interval '3 days') AS started_at
      FROM (SELECT c.workspace_id, c.id AS contact_id, c.created_at,
                   CASE WHEN k = c.conversation_count THEN c.last_conversation_at
                        ELSE c.created_at + random() * (c.last_conversation_at - c.created_at) END AS last_message_at,
                   1 + floor(random() * 10)::int AS ch,
                   1 + floor(power(random(), 2) * 60)::int AS messages,
                   1 + floor(random() * (:n_summaries + 4))::int AS si   -- ~20% without a summary
            FROM contacts c CROSS JOIN LATERAL generate_series(1, c.conversation_count) k
            WHERE c.workspace_id = :'ws_id' AND c.conversation_count > 0
            OFFSET 0) x
      OFFSET 0) y
LEFT JOIN gen_conversation_summaries cs ON cs.i = y.si;
SELECT format('%-24s %10s rows %8s s', 'contact_conversations', :'ROW_COUNT',
              round(extract(epoch FROM clock_timestamp() - :'t0'::timestamptz)::numeric, 1)) AS msg \gset
\warn :msg

RESET session_replication_role;

------------------------------------------------------------------------------------------------ statistics
SELECT clock_timestamp() AS t0 \gset
\if :vacuum
VACUUM (ANALYZE) workspaces, api_keys, contacts, contact_identities, contact_notes, contact_conversations;
SELECT 'VACUUM (ANALYZE)' AS what \gset
\else
ANALYZE workspaces, api_keys, contacts, contact_identities, contact_notes, contact_conversations;
SELECT 'ANALYZE' AS what \gset
\endif
SELECT format('%-24s %10s      %8s s', :'what', '', round(extract(epoch FROM clock_timestamp() - :'t0'::timestamptz)::numeric, 1)) AS msg \gset
\warn :msg

------------------------------------------------------------------------------------------------ checks
\if :verify
SELECT clock_timestamp() AS t0 \gset
SELECT format('verify: contacts=%s identities=%s (expected %s) notes=%s conversations=%s; '
              'orphan identities=%s, contacts with inconsistent conversation summary=%s, distinct tags=%s',
              (SELECT count(*) FROM contacts WHERE workspace_id = :'ws_id'),
              (SELECT count(*) FROM contact_identities WHERE workspace_id = :'ws_id'),
              (SELECT count(email) + count(phone) + count(external_id) + sum(jsonb_array_length(channels))
               FROM contacts WHERE workspace_id = :'ws_id'),
              (SELECT count(*) FROM contact_notes WHERE workspace_id = :'ws_id'),
              (SELECT count(*) FROM contact_conversations WHERE workspace_id = :'ws_id'),
              (SELECT count(*) FROM contact_identities i
               WHERE i.workspace_id = :'ws_id'
                 AND NOT EXISTS (SELECT FROM contacts c WHERE c.workspace_id = i.workspace_id AND c.id = i.contact_id)),
              (SELECT count(*) FROM contacts c
               LEFT JOIN (SELECT contact_id, count(*) AS n, max(coalesce(last_message_at, started_at)) AS last
                          FROM contact_conversations WHERE workspace_id = :'ws_id' GROUP BY contact_id) v
                      ON v.contact_id = c.id
               WHERE c.workspace_id = :'ws_id'
                 AND (c.conversation_count <> coalesce(v.n, 0)
                      OR c.last_conversation_at IS DISTINCT FROM v.last
                      OR c.last_activity < coalesce(v.last, c.created_at))),
              (SELECT count(DISTINCT t) FROM contacts, unnest(tags) t WHERE workspace_id = :'ws_id')) AS msg \gset
\warn :msg
\endif

\set QUIET off
\pset tuples_only on
\pset format unaligned
SELECT 'WORKSPACE_ID=' || :'ws_id';
SELECT 'API_KEY=' || :'api_key';
