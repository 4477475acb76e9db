-- 005: reserved for another branch's migration (programme setup / security). This placeholder
-- only keeps the numbers consecutive on the plans-editors branch; drop it when the real 005 merges.
SELECT 1;
