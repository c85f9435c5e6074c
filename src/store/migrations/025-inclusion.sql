-- Issue 12: the inclusion answer a resident chose to give in "Ubah data diri" (women, youth, elderly, people with
-- disabilities), after an explicit opt-in at that question (the registration consent does not cover it).
-- NULL = not given (the default; never required). Otherwise a comma-separated subset of
-- 'perempuan,pemuda,lansia,disabilitas'; '' = given, none of these apply. Only ever read aggregated (RSVP reports).
ALTER TABLE residents ADD COLUMN inclusion TEXT;
-- When the resident opted in and answered (epoch ms); NULL with inclusion.
ALTER TABLE residents ADD COLUMN inclusion_at INTEGER;
