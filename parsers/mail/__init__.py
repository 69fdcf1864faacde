"""Mail decoding: raw bytes to headers, text, tables and attachments; what kind of mail it is."""
