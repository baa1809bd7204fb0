"""The reverse proxies the live room is tested and timed behind: Caddy and nginx, each run from its
deploy/ file as a facilitator would copy it (comment lines aside), rewritten only where a test must
(loopback ports, a test certificate, state in a temporary folder), started and stopped by the caller.
Used by Tests/live/proxy_test.py (over HTTPS) and Benchmarks/proxy_load.py (Caddy over plain HTTP).
"""
import http.client
import os
import socket
import ssl
import subprocess
import time
import urllib.parse


class ProxyError(RuntimeError):
    """A deploy file that no longer reads as expected, or a proxy that would not start."""


DEPLOY = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "deploy")
SITE, UPSTREAM, PREFIX = "rooms.example.ac.uk", "127.0.0.1:8080", "/stirling/"

# Test-only global options in front of deploy/Caddyfile: no admin endpoint, no HTTP->HTTPS redirect
# server on :80, Caddy's CA and certificates in the temporary folder, the system trust store left alone.
CADDY_GLOBAL = """{
\tadmin off
\tauto_https disable_redirects
\tskip_install_trust
\tstorage file_system {
\t\troot %(state)s
\t}
}
"""

# The main configuration around deploy/nginx-workshop.conf (which sits in `http`, as a file in
# sites-enabled/ does): in the foreground, everything it writes in the temporary folder.
NGINX_MAIN = """daemon off;
worker_processes 1;
pid %(folder)s/nginx.pid;
error_log %(folder)s/error.log;
events {
    worker_connections 64;
}
http {
    access_log %(folder)s/access.log;
    client_body_temp_path %(folder)s/body;
    proxy_temp_path %(folder)s/proxy;
    fastcgi_temp_path %(folder)s/fastcgi;
    uwsgi_temp_path %(folder)s/uwsgi;
    scgi_temp_path %(folder)s/scgi;
    include %(folder)s/nginx-workshop.conf;
}
"""


def free_port():
    """A port free on loopback now (the kernel's choice; taken again by the server a moment later)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def deployed(name, changes):
    """deploy/NAME without its comment lines, each (old, new, count) in `changes` made: `old` must
    stand exactly `count` times, so a deploy file changed under the test fails it rather than
    testing something else."""
    with open(os.path.join(DEPLOY, name), encoding="utf-8") as file:
        text = "".join(line for line in file if not line.lstrip().startswith("#"))
    for old, new, count in changes:
        if text.count(old) != count:
            raise ProxyError("deploy/%s: expected %r %d times, found it %d times" % (name, old, count, text.count(old)))
        text = text.replace(old, new)
    return text


def caddy_config(folder, proxy, app, tls=True):
    """deploy/Caddyfile for a test: https://localhost:PROXY on 127.0.0.1 with Caddy's own CA, or
    with `tls` false http://127.0.0.1:PROXY (a load generator without TLS sends `Host: 127.0.0.1`)."""
    address = "https://localhost:%d {\n\tbind 127.0.0.1\n\ttls internal\n" % proxy if tls else \
        "http://127.0.0.1:%d {\n\tbind 127.0.0.1\n" % proxy
    site = deployed("Caddyfile", [("\n%s {\n" % SITE, "\n" + address, 1), (UPSTREAM, "127.0.0.1:%d" % app, 1)])
    config = os.path.join(folder, "Caddyfile")
    options = CADDY_GLOBAL if tls else CADDY_GLOBAL.replace("auto_https disable_redirects", "auto_https off")
    with open(config, "w", encoding="utf-8") as file:
        file.write(options % {"state": os.path.join(folder, "state")} + site)
    return ["caddy", "run", "--config", config, "--adapter", "caddyfile"]


def nginx_config(folder, proxy, app):
    """deploy/nginx-workshop.conf for this test: 127.0.0.1:PROXY with a self-signed certificate for
    localhost, its plain-HTTP server on another loopback port."""
    cert, key = os.path.join(folder, "cert.pem"), os.path.join(folder, "key.pem")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
                    "-keyout", key, "-out", cert, "-days", "1", "-subj", "/CN=localhost",
                    "-addext", "subjectAltName=DNS:localhost"], check=True, capture_output=True, timeout=30)
    site = deployed("nginx-workshop.conf", [
        ("/etc/letsencrypt/live/%s/fullchain.pem" % SITE, cert, 1),
        ("/etc/letsencrypt/live/%s/privkey.pem" % SITE, key, 1),
        ("    listen 443 ssl;\n    listen [::]:443 ssl;\n", "    listen 127.0.0.1:%d ssl;\n" % proxy, 1),
        ("    listen 80;\n    listen [::]:80;\n", "    listen 127.0.0.1:%d;\n" % free_port(), 1),
        ("server_name %s;" % SITE, "server_name localhost;", 2),
        (UPSTREAM, "127.0.0.1:%d" % app, 1)])
    with open(os.path.join(folder, "nginx-workshop.conf"), "w", encoding="utf-8") as file:
        file.write(site)
    config = os.path.join(folder, "nginx.conf")
    with open(config, "w", encoding="utf-8") as file:
        file.write(NGINX_MAIN % {"folder": folder})
    return ["nginx", "-p", folder + "/", "-c", config, "-e", os.path.join(folder, "error.log")]


class Proxy:
    """`caddy run` or `nginx` (in the foreground) on its configuration in `folder`, until `quit`."""

    def __init__(self, name, folder, proxy, app, tls=True):
        self.name = name
        command = caddy_config(folder, proxy, app, tls) if name == "caddy" else nginx_config(folder, proxy, app)
        # Caddy's home and XDG folders here too, so nothing of it is left outside the temporary folder.
        env = dict(os.environ, HOME=folder, XDG_DATA_HOME=folder, XDG_CONFIG_HOME=folder)
        self.log = open(os.path.join(folder, name + ".log"), "w", encoding="utf-8")
        self.process = subprocess.Popen(command, stdout=self.log, stderr=subprocess.STDOUT, env=env)
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise ProxyError("%s ended at once: %s" % (name, self.said(folder)))
            # Ready when a TLS handshake completes: Caddy listens before its internal CA has issued
            # the site's certificate, and until then a handshake ends in an internal-error alert.
            try:
                with socket.create_connection(("127.0.0.1", proxy), timeout=0.5) as raw:
                    if tls:
                        context = ssl.create_default_context()
                        context.check_hostname, context.verify_mode = False, ssl.CERT_NONE
                        context.wrap_socket(raw, server_hostname="localhost").close()
                    return
            except (OSError, ssl.SSLError):
                time.sleep(0.05)
        raise ProxyError("%s did not complete a TLS handshake on 127.0.0.1:%d within 15 s: %s" % (name, proxy, self.said(folder)))

    def said(self, folder):
        """The end of what it logged (nginx's errors go to error.log)."""
        text = ""
        for log in (self.log.name, os.path.join(folder, "error.log")):
            if os.path.exists(log):
                text += open(log, encoding="utf-8", errors="replace").read()
        return text[-2000:]

    def quit(self):
        # SIGTERM: Caddy stops; nginx's fast shutdown, which does not wait for open event streams.
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)
        self.log.close()


def request(url, method="GET", body=None):
    """(status, headers by lower-case name, text) of one request over HTTPS to the proxy, its certificate not checked
    (Caddy's own CA, or the test's own, signed it)."""
    parts = urllib.parse.urlsplit(url)
    connection = http.client.HTTPSConnection(parts.hostname, parts.port, timeout=10,
                                             context=ssl._create_unverified_context())
    headers = {"Content-Type": "application/x-www-form-urlencoded"} if body else {}
    connection.request(method, parts.path + ("?" + parts.query if parts.query else ""), body=body, headers=headers)
    response = connection.getresponse()
    headers = {name.lower(): value for name, value in response.getheaders()}
    result = (response.status, headers, response.read().decode("utf-8", "replace"))
    connection.close()
    return result
