"""`matcher serve`: the web app for applicants, recruiters and rules authors.

Built on the same engine, data and reports as the CLI (Starlette, Jinja2, a little
plain JavaScript, no CDN). `create_app(WebConfig(...))` is the ASGI application.
"""
