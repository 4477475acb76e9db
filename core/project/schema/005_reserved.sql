-- 005: number reserved for another branch's migration; on branch programme-setup this empty file
-- only keeps the numbering consecutive. Delete it at merge when the real 005 arrives.
SELECT 1;
