"""Every word the bot sends: Jinja2 templates, `<lang>/<name>.{subject,txt,html}`, shipped as package data."""
