-- Needs reminders sent by e-mail (issue 6): the focal points' addresses an e-mailed reminder went to.
-- Null for a reminder that was only recorded. Generated from the EF Core model (GenerateCreateScript).

ALTER TABLE needs_reminders ADD sent_to text[];
