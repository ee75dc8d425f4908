-- The key of the opened "nieuwe hulpbron" form: a double submit, on any node, finds the hulpbron it already made
-- instead of making a second one. NULL for hulpbronnen made otherwise (demo data, imports); NULLs do not collide.
ALTER TABLE hulpbron ADD COLUMN form_key VARCHAR(64);
ALTER TABLE hulpbron ADD CONSTRAINT uq_hulpbron_form_key UNIQUE (form_key);
