-- A fingerprint of what was referred under an idempotency key: the same key with a different referral is refused
-- instead of silently answering the first case.
ALTER TABLE referral_case ADD COLUMN request_hash VARCHAR(64);
