-- Every work-queue page (and the start page) looks up its cases by process instance id, and so does every task a
-- coach opens or claims (CaseworkAccess): without this index each of those reads the whole referral_case table.
-- Measured in docs/performance.md.
CREATE INDEX ix_referral_case_process_instance ON referral_case (process_instance_id);
