"""All mail I/O: IMAP and Maildir intake, SMTP and Maildir outbox, composition, iMIP invites, OAuth2."""
