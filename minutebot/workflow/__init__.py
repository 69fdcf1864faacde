"""What minutes and replies do: meetings, items, commands, invites, and the mail they cause."""
