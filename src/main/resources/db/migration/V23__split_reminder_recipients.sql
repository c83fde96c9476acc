-- A reminder's recipients were kept as one English line, "To: a, b; Cc: c", and shown as such on the
-- Vietnamese reminders page. They are now kept apart, as addresses only, and the page labels them
-- from its message bundle.
ALTER TABLE reminder ADD COLUMN copied_to text NOT NULL DEFAULT '';

UPDATE reminder
SET copied_to  = coalesce(substring(recipients FROM '; Cc: (.*)$'), ''),
    recipients = coalesce(substring(recipients FROM '^To: (.*?)(; Cc: .*)?$'), recipients)
WHERE recipients LIKE 'To: %';
