#!/usr/bin/python3
"""The SMTP server of the sending tests: aiosmtpd (Debian's python3-aiosmtpd)
saving every accepted message into a maildir, with the behaviours the
tests need that `python3 -m aiosmtpd -c aiosmtpd.handlers.Mailbox` lacks:
STARTTLS or implicit TLS with a throwaway certificate, AUTH (PLAIN, LOGIN,
XOAUTH2) against one user, a temporary failure of the first N messages,
a permanent refusal of some recipients at RCPT, and a connection dropped
after the message was stored but before the 250 reply (the "in doubt"
case). Started by tests/support/SmtpTestServer on a free loopback port.
"""
import argparse
import asyncio
import base64
import mailbox
import ssl

from aiosmtpd.smtp import MISSING, SMTP, AuthResult, LoginPassword


class Handler:
    def __init__(self, args):
        self.box = mailbox.Maildir(args.maildir, create=True)
        self.tempfail = args.tempfail_first
        self.reject = args.reject_rcpt
        self.drop = args.drop_after_data

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if self.reject and self.reject in address:
            return "550 5.1.1 <%s>: Recipient address rejected: User unknown" % address
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        if self.tempfail > 0:
            self.tempfail -= 1
            return "451 4.7.1 Greylisted, please try again later"
        self.box.add(envelope.original_content or envelope.content)
        if self.drop:
            # Stored, but the client never hears the 250.
            server.transport.abort()
        return "250 2.0.0 Ok: queued"


class Server(SMTP):
    """Adds XOAUTH2, the SASL mechanism of Gmail and Outlook."""

    async def auth_XOAUTH2(self, _, args):
        if len(args) == 1:
            blob = await self.challenge_auth("")
            if blob is MISSING:
                return AuthResult(success=False, handled=False)
        else:
            blob = base64.b64decode(args[1])
        parts = dict(p.split("=", 1) for p in blob.decode().split("\x01") if "=" in p)
        token = parts.get("auth", "")
        token = token[len("Bearer "):] if token.startswith("Bearer ") else token
        ok = (parts.get("user"), token) == (server_args.user, server_args.password)
        return AuthResult(success=ok, handled=False)


def authenticator(server, session, envelope, mechanism, auth_data):
    ok = isinstance(auth_data, LoginPassword) and auth_data.login.decode() == server_args.user \
        and auth_data.password.decode() == server_args.password
    # handled=False: aiosmtpd answers 535 itself (True would leave the client waiting).
    return AuthResult(success=ok, handled=False)


def main():
    global server_args
    p = argparse.ArgumentParser()
    p.add_argument("--port", type=int, required=True)
    p.add_argument("--maildir", required=True)
    p.add_argument("--tlscert")
    p.add_argument("--tlskey")
    p.add_argument("--smtps", action="store_true", help="implicit TLS instead of STARTTLS")
    p.add_argument("--user")
    p.add_argument("--password")
    p.add_argument("--tempfail-first", type=int, default=0)
    p.add_argument("--reject-rcpt")
    p.add_argument("--drop-after-data", action="store_true")
    server_args = p.parse_args()

    context = None
    if server_args.tlscert:
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(server_args.tlscert, server_args.tlskey)
    handler = Handler(server_args)
    params = dict(hostname="smtp.outreach.test", ident="Outreach test SMTP")
    if server_args.user:
        params.update(authenticator=authenticator, auth_required=True,
                      auth_require_tls=bool(context) and not server_args.smtps)
    if context and not server_args.smtps:
        params.update(tls_context=context, require_starttls=True)

    loop = asyncio.new_event_loop()
    server = loop.run_until_complete(loop.create_server(
        lambda: Server(handler, **params), "127.0.0.1", server_args.port,
        ssl=context if server_args.smtps else None))
    print("listening on 127.0.0.1:%d" % server_args.port, flush=True)
    try:
        loop.run_forever()
    finally:
        server.close()


server_args = None
if __name__ == "__main__":
    main()
